package vn.camket.parse;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.camket.table.ColumnKind;
import vn.camket.table.LineSegmenter;
import vn.camket.table.LineSegmenter.Word;
import vn.camket.text.Fold;

/**
 * The cells of a table row the OCR read line by line across the columns: each line's words are
 * put in their columns by {@link LineSegmenter}, with what the lexicons read in the line (agency
 * names, deadline wordings, a deliverable's noun, a reference to another document) as the words'
 * fit to each column; a column's pieces on successive lines are joined.
 */
final class LineCells {
    private static final Pattern DOCUMENT_NUMBER = Pattern.compile("\\b\\d{1,4}\\s*/\\s*(\\d{4}/)?[a-z]{1,4}(-[a-z]{1,6})+\\b|\\(stt\\s*\\d*\\)?");
    private final AgencyDirectory agencies;
    /** Fit of a wrapped name's later piece to the column its head stands in (and against the others). */
    private static final double CARRIED_FIT = 3;
    private final List<String[]> resultNouns;

    LineCells(AgencyDirectory agencies) {
        this.agencies = agencies;
        this.resultNouns = DataFiles.lines("result-nouns.txt").stream().map(l -> Fold.fold(l.strip()).split(" ")).toList();
    }

    /**
     * The task column's width in characters, estimated from the table itself: the task column is
     * the first, so where the first name or date the lexicons read in a line begins (past the
     * line's first words, which may be the task's own subject) is where another column begins;
     * the median over the table's lines. Null when too few lines tell.
     */
    Integer taskWidth(List<String> lines, List<ColumnKind> columns) {
        List<Integer> starts = new ArrayList<>();
        for (String line : lines) {
            List<Word> words = words(line, columns, agencies.find(line), List.of());
            for (int i = 1; i < words.size(); i++) {
                Word w = words.get(i);
                if (w.continuesSpan() || w.offset() < 12) continue;
                if (kindOf(w) == Kind.AGENCY || kindOf(w) == Kind.GENERAL_AGENCY || kindOf(w) == Kind.DEADLINE) {
                    starts.add(w.offset());
                    break;
                }
            }
        }
        if (starts.size() < 5) return null;
        starts.sort(null);
        return starts.get(starts.size() / 2);
    }

    /** The kind the lexicons gave a word, recovered from its fit (kept with the word for the segmenter). */
    private static Kind kindOf(Word w) {
        return w.kind() == null ? Kind.PLAIN : Kind.valueOf(w.kind());
    }

    private enum Kind { PLAIN, AGENCY, GENERAL_AGENCY, DEADLINE, DEADLINE_PART, RESULT, NOTE }

    /**
     * Words of the deadline grammar's wordings taken one by one: a deadline cell wraps over lines
     * ("Thường" ⏎ "xuyên, liên" ⏎ "tục"), so its pieces are read apart from the whole wording.
     */
    private static final java.util.Set<String> DEADLINE_WORDS = java.util.Set.of("thuong", "xuyen", "lien", "tuc", "quy",
            "thang", "nam", "truoc", "hang", "giai", "doan", "sau", "khi", "hoan", "thanh", "dinh", "ky", "ii", "iii", "iv");
    private static final Pattern DATE_PIECE = Pattern.compile("^(\\d{1,2}/)?(\\d{1,2}/)?20\\d\\d[,.;]?$|^\\d{1,2}/\\d{1,2}$");

    /** The row's cells by column; {@code columns} left to right, the first the task's. */
    Map<ColumnKind, String> cells(List<String> lines, List<ColumnKind> columns, int width) {
        List<List<Word>> words = new ArrayList<>();
        // names wrapped onto the row's next lines ("Sở Khoa học và" ⏎ "Công nghệ") are read over the lines
        List<List<AgencyMention>> mentions = agencies.findInLines(lines);
        List<List<Integer>> tails = new ArrayList<>();
        for (int l = 0; l < lines.size(); l++) tails.add(new ArrayList<>());
        for (int l = 0; l < lines.size(); l++) {
            for (AgencyMention m : mentions.get(l)) {
                if (m.tailLines() > 0 && l + m.tailLines() < lines.size()) tails.get(l + m.tailLines()).add(m.tailCharStart());
            }
        }
        // lines are read top down: the piece of a name that a cell wraps onto a later line stands in the column
        // its head was put in on its own line ("Sở Khoa học và Công" ⏎ "nghệ" beside "Các sở, ngành, địa" ⏎ "phương")
        List<List<int[]>> carried = new ArrayList<>();
        for (int l = 0; l < lines.size(); l++) carried.add(new ArrayList<>());
        List<int[]> paths = new ArrayList<>();
        for (int l = 0; l < lines.size(); l++) {
            List<Word> line = words(lines.get(l), columns, mentions.get(l), tails.get(l));
            words.add(line);
            List<Integer> offsets = line.stream().map(Word::offset).toList();
            List<String> texts = line.stream().map(Word::text).toList();
            for (int[] c : carried.get(l)) {
                int at = wordAt(offsets, texts, c[0]);
                if (at < 0) continue;
                double[] fit = line.get(at).fit();
                for (int k = 0; k < fit.length; k++) fit[k] = k == c[1] ? Math.max(fit[k], CARRIED_FIT) : Math.min(fit[k], -CARRIED_FIT);
            }
            int[] path = LineSegmenter.segment(List.of(line), columns.size(), width).getFirst();
            paths.add(path);
            for (AgencyMention m : mentions.get(l)) {
                if (m.tailLines() <= 0 || l + m.tailLines() >= lines.size()) continue;
                int head = wordAt(offsets, texts, m.charStart());
                if (head >= 0) carried.get(l + m.tailLines()).add(new int[] {m.tailCharStart(), path[head]});
            }
        }
        Map<ColumnKind, StringBuilder> out = new EnumMap<>(ColumnKind.class);
        for (int l = 0; l < words.size(); l++) {
            for (int i = 0; i < words.get(l).size(); i++) {
                ColumnKind k = columns.get(paths.get(l)[i]);
                StringBuilder b = out.computeIfAbsent(k, x -> new StringBuilder());
                if (!b.isEmpty()) b.append(' ');
                b.append(words.get(l).get(i).text());
            }
        }
        Map<ColumnKind, String> cells = new EnumMap<>(ColumnKind.class);
        out.forEach((k, v) -> cells.put(k, v.toString()));
        return cells;
    }

    private List<Word> words(String line, List<ColumnKind> columns, List<AgencyMention> mentions, List<Integer> tailStarts) {
        List<String> texts = new ArrayList<>();
        List<Integer> offsets = new ArrayList<>();
        List<Boolean> rules = new ArrayList<>();
        boolean rule = false;
        Matcher t = Pattern.compile("\\|+|[^\\s|]+").matcher(line);
        while (t.find()) {
            if (t.group().startsWith("|")) {
                rule = true;
                continue;
            }
            texts.add(t.group());
            offsets.add(t.start());
            rules.add(rule);
            rule = false;
        }
        int n = texts.size();
        Kind[] kind = new Kind[n];
        boolean[] cont = new boolean[n];
        java.util.Arrays.fill(kind, Kind.PLAIN);
        String folded = Fold.ocrFold(line);
        // spans the lexicons read, by character: a word takes the kind of the span it starts in or continues
        for (int tail : tailStarts) {
            int at = wordAt(offsets, texts, tail);
            if (at >= 0) kind[at] = Kind.AGENCY;
        }
        for (AgencyMention m : mentions) {
            int first = wordAt(offsets, texts, m.charStart());
            Kind k = m.agency().isGeneral() ? Kind.GENERAL_AGENCY : Kind.AGENCY;
            for (int i = first; i >= 0 && i < n && i < first + (m.end() - m.start()); i++) {
                kind[i] = k;
                cont[i] = i > first;
            }
        }
        mark(DeadlineCells.DEADLINE_WORDS.matcher(folded), Kind.DEADLINE, offsets, texts, kind, cont);
        mark(DOCUMENT_NUMBER.matcher(folded), Kind.NOTE, offsets, texts, kind, cont);
        mark(DeadlineCells.NOTE_START.matcher(folded), Kind.NOTE, offsets, texts, kind, cont);
        for (int i = 0; i < n; i++) {
            if (kind[i] != Kind.PLAIN) continue;
            String w = Fold.ocrFold(texts.get(i)).replaceAll("[^a-z0-9/]", "");
            if (DEADLINE_WORDS.contains(w) || DATE_PIECE.matcher(w).matches()) kind[i] = Kind.DEADLINE_PART;
        }
        for (int i = 0; i < n; i++) {
            if (kind[i] != Kind.PLAIN) continue;
            for (String[] noun : resultNouns) {
                if (i + noun.length > n) continue;
                boolean all = true;
                for (int k = 0; k < noun.length && all; k++) all = Fold.ocrFold(texts.get(i + k)).replaceAll("[^a-z0-9]", "").equals(noun[k]);
                if (!all || !Character.isUpperCase(texts.get(i).codePointAt(0))) continue;
                for (int k = 0; k < noun.length; k++) {
                    kind[i + k] = Kind.RESULT;
                    cont[i + k] = k > 0;
                }
                break;
            }
        }
        List<Word> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double[] fit = new double[columns.size()];
            for (int c = 0; c < fit.length; c++) fit[c] = fit(kind[i], columns.get(c));
            out.add(new Word(texts.get(i), offsets.get(i), fit, cont[i], rules.get(i), kind[i].name()));
        }
        return out;
    }

    private static void mark(Matcher m, Kind k, List<Integer> offsets, List<String> texts, Kind[] kind, boolean[] cont) {
        while (m.find()) {
            if (m.group().isBlank()) continue;
            int first = -1;
            for (int i = 0; i < offsets.size(); i++) {
                int s = offsets.get(i), e = s + texts.get(i).length();
                if (e <= m.start() || s >= m.end()) continue;
                if (kind[i] == Kind.AGENCY || kind[i] == Kind.GENERAL_AGENCY) continue;
                if (first < 0) first = i;
                kind[i] = k;
                cont[i] = i > first;
            }
        }
    }

    private static int wordAt(List<Integer> offsets, List<String> texts, int charStart) {
        for (int i = 0; i < offsets.size(); i++) {
            if (offsets.get(i) + texts.get(i).length() > charStart) return i;
        }
        return -1;
    }

    /** How well a word the lexicons read as {@code kind} fits a column. */
    private static double fit(Kind kind, ColumnKind column) {
        return switch (column) {
            case TASK -> switch (kind) {
                case PLAIN -> 0.5;
                case DEADLINE_PART -> 0.3;
                case RESULT -> 0.2;
                case AGENCY, GENERAL_AGENCY -> -1;
                case DEADLINE -> -1.5;
                case NOTE -> -1;
            };
            case LEAD, COORD, LEAD_COORD -> switch (kind) {
                case AGENCY -> 2 + (column == ColumnKind.LEAD ? 0.3 : 0);
                case GENERAL_AGENCY -> 2 + (column == ColumnKind.COORD ? 0.3 : 0);
                case PLAIN -> -0.6;
                case DEADLINE_PART -> -1;
                case RESULT -> -1;
                case DEADLINE -> -2;
                case NOTE -> -1.5;
            };
            case RESULT -> switch (kind) {
                case RESULT -> 1.5;
                case PLAIN -> 0;
                case DEADLINE_PART -> -0.5;
                case AGENCY, GENERAL_AGENCY -> -1.5;
                case DEADLINE -> -1.5;
                case NOTE -> -0.5;
            };
            case DEADLINE -> switch (kind) {
                case DEADLINE -> 2.5;
                case DEADLINE_PART -> 1.2;
                case PLAIN -> -1.5;
                case RESULT -> -1.5;
                case AGENCY, GENERAL_AGENCY -> -2;
                case NOTE -> -1;
            };
            case NOTE -> switch (kind) {
                case NOTE -> 2.5;
                case DEADLINE_PART -> -0.5;
                case PLAIN -> -0.5;
                case DEADLINE -> -0.5;
                case RESULT -> -0.5;
                case AGENCY, GENERAL_AGENCY -> -1.5;
            };
            default -> -1;
        };
    }
}
