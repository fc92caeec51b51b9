package vn.camket.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import vn.camket.analysis.SyllableModel;
import vn.camket.analysis.Tokens;
import vn.camket.model.Clause;
import vn.camket.model.ParsedPlan;
import vn.camket.model.Target;
import vn.camket.model.TaskRow;
import vn.camket.parse.AgencyDirectory;
import vn.camket.parse.CorpusParser;
import vn.camket.parse.PlanParser;
import vn.camket.pdf.PlanSource;
import vn.camket.text.PageStarts;
import vn.camket.text.SourceText;

/**
 * Builds the index from a corpus folder: parses every plan, learns the syllable model from the
 * parsed text, writes the records into a new generation folder, and publishes it.
 */
public final class IndexBuilder {
    /** What a build did: the folder published, the plans indexed, the records, the files skipped. */
    public record Report(Path generation, int plans, int records, List<String> problems) {}

    /** The folder of the index root where OCR'd pages are kept, so a rebuild reads no page again. */
    public static final String OCR_CACHE = "ocr-cache";

    private final PlanParser parser;
    private final AgencyDirectory agencies;
    /** Texts made from PDFs during the build, by file name: stored with the plan, with where each page begins. */
    private final java.util.Map<String, SourceText> madeTexts = new java.util.concurrent.ConcurrentHashMap<>();

    public IndexBuilder(PlanParser parser, AgencyDirectory agencies) {
        this.parser = parser;
        this.agencies = agencies;
    }

    public static IndexBuilder withDefaults() {
        return new IndexBuilder(PlanParser.withDefaults(), AgencyDirectory.load());
    }

    public Report build(Path corpus, IndexStore store, Consumer<Path> progress) throws IOException {
        return build(corpus, store, progress, Analysis.VIETNAMESE);
    }

    /** Builds with the given analysis (the baseline exists to be measured against). */
    public Report build(Path corpus, IndexStore store, Consumer<Path> progress, Analysis analysis) throws IOException {
        List<Path> files = CorpusParser.planFiles(corpus);
        // a PDF's text is made from its pages (OCR kept beside the index); the source view shows that text
        PlanSource source = PlanSource.withDefaults(store.root().resolve(OCR_CACHE));
        CorpusParser.Result parsed = new CorpusParser(parser, file -> {
            SourceText t = source.load(file);
            if (PlanSource.isPdf(file)) madeTexts.put(t.source(), t);
            return t;
        }).parse(files, progress);
        return publish(parsed.plans(), learnModel(parsed.plans()), store, analysis, corpus, parsed.problems());
    }

    /** Writes parsed plans (read from a corpus, or generated) into a new generation of the store and publishes it. */
    public Report publish(List<ParsedPlan> plans, SyllableModel model, IndexStore store, Analysis analysis, Path corpus,
                          List<String> problems) throws IOException {
        Path gen = store.newGeneration();
        int records;
        try {
            model.write(gen.resolve(IndexStore.MODEL_FILE));
            Files.writeString(gen.resolve(IndexStore.ANALYSIS_FILE), analysis.name() + "\n");
            // the suggestions are made beside the records' writing (they read only the parsed plans)
            var suggestions = java.util.concurrent.CompletableFuture.runAsync(() -> writeSuggestions(gen, plans));
            try (Directory dir = FSDirectory.open(gen.resolve("lucene"))) {
                records = write(dir, plans, analysis.indexAnalyzer(model), corpus);
            } finally {
                joinQuietly(suggestions);
            }
            suggestions.join();
        } catch (IOException | RuntimeException e) {
            IndexStore.deleteTree(gen);
            throw e;
        }
        store.publish(gen);
        return new Report(gen, plans.size(), records, problems);
    }

    /** Writes plans and records into a directory (also used for in-memory evaluation indexes). */
    public int write(Directory dir, List<ParsedPlan> plans, org.apache.lucene.analysis.Analyzer analyzer, Path corpus) throws IOException {
        FacetsConfig config = IndexFields.facetsConfig();
        RecordDocuments docs = new RecordDocuments(agencies);
        IndexWriterConfig iwc = new IndexWriterConfig(analyzer);
        iwc.setOpenMode(IndexWriterConfig.OpenMode.CREATE);
        iwc.setRAMBufferSizeMB(128);
        java.util.concurrent.atomic.AtomicInteger records = new java.util.concurrent.atomic.AtomicInteger();
        // analysis (folding, OCR repair) is most of the cost: plans are written by one thread per core
        int threads = Math.max(1, Math.min(plans.size(), Runtime.getRuntime().availableProcessors()));
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
        try (IndexWriter w = new IndexWriter(dir, iwc)) {
            List<java.util.concurrent.Future<Document>> jobs = new java.util.ArrayList<>();
            for (ParsedPlan p : plans) {
                jobs.add(pool.submit(() -> {
                    records.addAndGet(writeRecords(w, p, docs, config));
                    return planDocument(p, docs, corpus);
                }));
            }
            List<Document> planDocs = new java.util.ArrayList<>();
            for (var job : jobs) {
                try {
                    planDocs.add(job.get());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted while indexing", e);
                } catch (java.util.concurrent.ExecutionException e) {
                    if (e.getCause() instanceof IOException io) throw io;
                    if (e.getCause() instanceof RuntimeException re) throw re;
                    throw new IOException(e.getCause());
                }
            }
            // the plans' documents after all records: segments of records only then hold every
            // record field and facet for every document, which Lucene reads without a per-document
            // "has it?" look-up (dense norms and doc values) on every match it scores or counts
            for (Document d : planDocs) w.addDocument(d);
            w.commit();
        } finally {
            pool.shutdownNow();
        }
        return records.get();
    }

    private Document planDocument(ParsedPlan p, RecordDocuments docs, Path corpus) {
        SourceText made = madeTexts.get(p.plan().source());
        String text = made != null ? String.join("\n", made.lines()) + "\n"
                : corpus == null ? "" : readQuietly(corpus.resolve(p.plan().source()));
        List<PageStarts.Start> pages = made != null ? PageStarts.of(made) : List.of();
        return docs.plan(p.plan(), text, p.restoredSource(), pages, made != null ? made.boxes() : List.of());
    }

    private int writeRecords(IndexWriter w, ParsedPlan p, RecordDocuments docs, FacetsConfig config) throws IOException {
        int records = 0;
        for (Clause c : indexedClauses(p)) {
            w.addDocument(config.build(docs.clause(c, p.plan(), p.clauses())));
            records++;
        }
        for (TaskRow t : p.tasks()) { w.addDocument(config.build(docs.task(t, p.plan()))); records++; }
        for (Target t : p.targets()) { w.addDocument(config.build(docs.target(t, p.plan()))); records++; }
        return records;
    }

    private void writeSuggestions(Path gen, List<ParsedPlan> plans) {
        try {
            Suggestions.write(gen.resolve(Suggestions.FILE), suggestionSource(plans));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Waits for a task without its failure (a failure of the writing is the one reported then). */
    private static void joinQuietly(java.util.concurrent.CompletableFuture<?> task) {
        task.handle((ok, failed) -> null).join();
    }

    /** A plan's clauses as indexed: a target read from a body clause is that clause, indexed once, as the target. */
    public static List<Clause> indexedClauses(ParsedPlan p) {
        java.util.Set<String> targetLines = new java.util.HashSet<>();
        for (Target t : p.targets()) targetLines.add(t.lines()[0] + "-" + t.lines()[1]);
        return p.clauses().stream().filter(c -> !targetLines.contains(c.lines()[0] + "-" + c.lines()[1])).toList();
    }

    /** Names people search by (agencies, provinces, pillars) weighted high, and recurring phrases of clean text. */
    private java.util.Map<String, Integer> suggestionSource(List<ParsedPlan> plans) {
        List<String> texts = new java.util.ArrayList<>();
        for (ParsedPlan p : plans) {
            for (Clause c : p.clauses()) texts.add(c.text());
            for (TaskRow t : p.tasks()) texts.add(t.task());
            for (Target t : p.targets()) texts.add(t.indicator());
        }
        // recurring phrases show as well in a sample of a very large corpus, at a fraction of the cost
        int step = Math.max(1, texts.size() / 100_000);
        List<String> sample = step == 1 ? texts
                : java.util.stream.IntStream.range(0, texts.size() / step).mapToObj(i -> texts.get(i * step)).toList();
        java.util.Map<String, Integer> weighted = new java.util.HashMap<>(Suggestions.phrases(sample));
        for (var a : agencies.all()) weighted.merge(a.name(), 50, Math::max);
        for (var pr : vn.camket.parse.ProvinceDirectory.load().all()) weighted.merge(pr.name(), 50, Math::max);
        for (var th : vn.camket.parse.ThemeClassifier.load().themes()) weighted.merge(th.labelVi(), 40, Math::max);
        return Suggestions.dedupe(weighted);
    }

    public static SyllableModel learnModel(List<ParsedPlan> plans) {
        SyllableModel.Builder b = SyllableModel.builder();
        for (ParsedPlan p : plans) {
            String src = p.plan().source();
            for (Clause c : p.clauses()) b.add(src, Tokens.folded(c.text())).addPrinted(c.text());
            for (TaskRow t : p.tasks()) b.add(src, Tokens.folded(t.task())).addPrinted(t.task());
            for (Target t : p.targets()) b.add(src, Tokens.folded(t.indicator())).addPrinted(t.indicator());
        }
        return b.build();
    }

    private static String readQuietly(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }
}
