package vn.camket.eval;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import vn.camket.io.JsonLines;
import vn.camket.model.Target;
import vn.camket.model.TaskRow;
import vn.camket.parse.Agency;
import vn.camket.parse.AgencyDirectory;
import vn.camket.parse.ProvinceDirectory;
import vn.camket.text.Fold;

/**
 * Scores extracted task rows and targets against a gold folder ({@code tasks-NNN.tsv},
 * {@code targets-NNN.tsv}). A gold row matches an extracted row of the same source file when its
 * folded {@code task_start} (or {@code indicator_start}) occurs in the folded extracted text; each
 * extracted row serves one gold row, taken in document order.
 */
public final class ExtractionEvaluator {

    /** Counts for one plan or for all. */
    public static final class Score {
        public int gold, extracted, matched, leadRight, deadlineRight, goldTargets, matchedTargets;

        void add(Score s) {
            gold += s.gold; extracted += s.extracted; matched += s.matched; leadRight += s.leadRight;
            deadlineRight += s.deadlineRight; goldTargets += s.goldTargets; matchedTargets += s.matchedTargets;
        }

        public double recall() { return ratio(matched, gold); }
        public double precision() { return ratio(matched, extracted); }
        public double leadAccuracy() { return ratio(leadRight, matched); }
        public double deadlineAccuracy() { return ratio(deadlineRight, matched); }
        public double targetRecall() { return ratio(matchedTargets, goldTargets); }

        private static double ratio(int a, int b) { return b == 0 ? Double.NaN : (double) a / b; }
    }

    public Map<String, Score> evaluate(Path outDir, Path goldDir, PrintStream mismatches) throws IOException {
        return evaluate(JsonLines.read(outDir.resolve("tasks.jsonl"), TaskRow.class),
                JsonLines.read(outDir.resolve("targets.jsonl"), Target.class), goldDir, mismatches);
    }

    /** As {@link #evaluate(Path, Path, PrintStream)}, on records in memory. */
    public Map<String, Score> evaluate(List<TaskRow> tasks, List<Target> targets, Path goldDir, PrintStream mismatches) throws IOException {
        Map<String, List<CSVRecord>> goldTasks = readGold(goldDir, "tasks-");
        Map<String, List<CSVRecord>> goldTargets = readGold(goldDir, "targets-");
        Set<String> docs = new TreeSet<>(goldTasks.keySet());
        docs.addAll(goldTargets.keySet());
        Map<String, Score> scores = new LinkedHashMap<>();
        for (String doc : docs) {
            Score s = new Score();
            List<TaskRow> mine = tasks.stream().filter(t -> doc.equals(t.source())).toList();
            List<CSVRecord> gold = goldTasks.getOrDefault(doc, List.of());
            if (goldTasks.containsKey(doc)) {
                s.gold = gold.size();
                s.extracted = mine.size();
                int[] match = match(gold.stream().map(g -> g.get("task_start")).toList(),
                        mine.stream().map(TaskRow::task).toList());
                for (int g = 0; g < gold.size(); g++) {
                    CSVRecord gr = gold.get(g);
                    if (match[g] < 0) {
                        if (mismatches != null) mismatches.println("  missed task " + doc + " " + gr.get("group") + "/" + gr.get("row") + ": " + gr.get("task_start"));
                        continue;
                    }
                    s.matched++;
                    TaskRow t = mine.get(match[g]);
                    if (sameAgencies(gr.get("lead"), t.lead())) s.leadRight++;
                    else if (mismatches != null) mismatches.println("  lead " + doc + " " + gr.get("group") + "/" + gr.get("row") + ": gold [" + gr.get("lead") + "] got " + t.lead());
                    if (t.deadline() != null && gr.get("deadline_norm").equals(t.deadline().normalized())) s.deadlineRight++;
                    else if (mismatches != null) mismatches.println("  deadline " + doc + " " + gr.get("group") + "/" + gr.get("row") + ": gold " + gr.get("deadline_norm") + " got " + (t.deadline() == null ? null : t.deadline().normalized()) + " from [" + (t.deadline() == null ? "" : t.deadline().raw()) + "]");
                }
                if (mismatches != null) {
                    Set<Integer> used = new HashSet<>();
                    for (int m : match) used.add(m);
                    for (int k = 0; k < mine.size(); k++) {
                        if (!used.contains(k)) mismatches.println("  extra task " + doc + " " + mine.get(k).group() + "/" + mine.get(k).row() + ": " + abbreviate(mine.get(k).task()));
                    }
                }
            }
            List<CSVRecord> gt = goldTargets.getOrDefault(doc, List.of());
            List<Target> myTargets = targets.stream().filter(t -> doc.equals(t.source())).toList();
            s.goldTargets = gt.size();
            int[] tm = match(gt.stream().map(g -> g.get("indicator_start")).toList(),
                    myTargets.stream().map(Target::indicator).toList());
            for (int g = 0; g < gt.size(); g++) {
                if (tm[g] >= 0) s.matchedTargets++;
                else if (mismatches != null) mismatches.println("  missed target " + doc + " " + gt.get(g).get("row") + ": " + gt.get(g).get("indicator_start"));
            }
            scores.put(doc, s);
        }
        Score all = new Score();
        scores.values().forEach(all::add);
        scores.put("ALL", all);
        return scores;
    }

    private static String abbreviate(String s) {
        return s.length() > 90 ? s.substring(0, 90) + "…" : s;
    }

    /** One-to-one matching in document order: each gold start takes the next unused row containing it. */
    static int[] match(List<String> goldStarts, List<String> texts) {
        List<String> folded = texts.stream().map(t -> Fold.fold(t == null ? "" : t)).toList();
        int[] match = new int[goldStarts.size()];
        boolean[] used = new boolean[texts.size()];
        int last = 0;
        for (int g = 0; g < goldStarts.size(); g++) {
            String start = Fold.fold(goldStarts.get(g));
            match[g] = -1;
            for (int pass = 0; pass < 2 && match[g] < 0; pass++) {
                for (int k = pass == 0 ? last : 0; k < texts.size(); k++) {
                    if (!used[k] && folded.get(k).contains(start)) {
                        match[g] = k;
                        used[k] = true;
                        last = k;
                        break;
                    }
                }
            }
        }
        return match;
    }

    /**
     * Lead agencies agree when they name the same agencies ("A; B" in gold): a name that is one
     * agency of the directory counts as the agency it is today however it is spelled ("Văn phòng
     * UBND tỉnh"; "Sở Kế hoạch và Đầu tư (Sở Tài chính)" and "Sở Tài chính" after the 2025 merger);
     * any other name must agree once folded.
     */
    static boolean sameAgencies(String gold, List<String> extracted) {
        Set<String> g = new HashSet<>();
        for (String s : gold.split(";")) if (!s.isBlank() && !s.strip().equals("-")) g.add(identity(s));
        Set<String> e = new HashSet<>();
        for (String s : extracted) e.add(identity(s));
        return g.equals(e);
    }

    private static final AgencyDirectory AGENCIES = AgencyDirectory.loadWithCentral();
    private static final ProvinceDirectory PROVINCES = ProvinceDirectory.load();

    static String identity(String name) {
        Agency a = AGENCIES.identify(name, ExtractionEvaluator::isPlaceName);
        return a != null ? a.today() : Fold.fold(name);
    }

    /** "tỉnh" or a province's name, which may close an agency's name in gold ("Trường … Đồng Tháp"). */
    private static boolean isPlaceName(List<String> words) {
        if (words.size() == 1 && words.getFirst().equals("tinh")) return true;
        return !words.isEmpty() && words.size() <= 4 && PROVINCES.matchPrefix(words)
                .filter(p -> Fold.fold(p.name()).split(" ").length == words.size()).isPresent();
    }

    /** The source files the gold folder judges (task rows or targets). */
    public static Set<String> goldDocs(Path goldDir) throws IOException {
        Set<String> docs = new TreeSet<>(readGold(goldDir, "tasks-").keySet());
        docs.addAll(readGold(goldDir, "targets-").keySet());
        return docs;
    }

    private static Map<String, List<CSVRecord>> readGold(Path dir, String prefix) throws IOException {
        Map<String, List<CSVRecord>> out = new LinkedHashMap<>();
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.getFileName().toString().startsWith(prefix) && p.toString().endsWith(".tsv")).sorted().toList();
        }
        CSVFormat tsv = CSVFormat.TDF.builder().setQuote(null).setHeader().setSkipHeaderRecord(true).get();
        for (Path f : files) {
            try (Reader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
                for (CSVRecord rec : tsv.parse(r)) {
                    out.computeIfAbsent(rec.get("doc"), k -> new ArrayList<>()).add(rec);
                }
            }
        }
        return out;
    }

    public static void print(Map<String, Score> scores, PrintStream out) {
        out.printf("%-28s %6s %6s %8s %9s %6s %8s %8s %8s%n", "plan", "gold", "found", "recall", "precision",
                "lead", "deadline", "tgtGold", "tgtRecall");
        for (var e : scores.entrySet()) {
            Score s = e.getValue();
            out.printf("%-28s %6d %6d %8.3f %9.3f %6.3f %8.3f %8d %8.3f%n", e.getKey(), s.gold, s.extracted,
                    s.recall(), s.precision(), s.leadAccuracy(), s.deadlineAccuracy(), s.goldTargets, s.targetRecall());
        }
    }

}
