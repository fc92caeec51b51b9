package vn.camket.table;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import vn.camket.table.HeaderVocabulary.Label;

/**
 * Reads a table header: the sequence of column labels its words spell, left to right, through OCR
 * garble. A header is a text most of whose words belong to labels naming a task (or indicator)
 * column and at least two other columns; prose that happens to say "chủ trì, phối hợp" has too
 * many other words. Words no label accounts for between two labels are a column the OCR garbled
 * ({@link ColumnKind#UNKNOWN}), placed by {@link TableHeader#columns()} from the genre's order.
 */
public final class HeaderReader {
    /** Share of a header's words (two letters or more) that may belong to no label. */
    private static final double MAX_JUNK = 0.4;
    /** A header printed one label fragment per line ("Cơ quan" ⏎ "chủ trì") spans at most this many lines. */
    private static final int MAX_HEADER_LINES = 16;
    /** A line of a header printed label by label holds a label's words, no more. */
    private static final int MAX_LABEL_LINE = 24;

    private final HeaderVocabulary vocabulary;
    /**
     * Each printed word as {@link #unglued} parts it: every line of a plan is read as a possible
     * header, so the same words are parted again and again. Emptied when it grows past
     * {@link #PARTED_KEPT}.
     */
    private final java.util.Map<String, List<String>> parted = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int PARTED_KEPT = 50_000;

    public HeaderReader(HeaderVocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    public static HeaderReader bundled() {
        return new HeaderReader(HeaderVocabulary.bundled());
    }

    /** The labels read from a text, in order, with how many of its words no label took. */
    public record Reading(List<ColumnKind> kinds, int labelWords, int junkWords, int words, int leadingJunk) {
        public Set<ColumnKind> distinct() {
            Set<ColumnKind> s = EnumSet.noneOf(ColumnKind.class);
            for (ColumnKind k : kinds) if (k != ColumnKind.UNKNOWN) s.add(k);
            return s;
        }

        /** A table's header: it names the task or indicator column and two others, with few other words. */
        public boolean isHeader() {
            Set<ColumnKind> d = distinct();
            boolean subject = d.contains(ColumnKind.TASK) || d.contains(ColumnKind.INDICATOR);
            // a header opens with a column's label (one garbled word before it at most); a sentence
            // listing "nhiệm vụ, kết quả, tiến độ" opens with its verb
            return subject && d.size() >= 3 && junkWords <= MAX_JUNK * words && leadingJunk <= 1;
        }

        /** A line of a repeated header: every word of it (two at least) belongs to labels. */
        public boolean isAllLabels() {
            return labelWords >= 1 && junkWords * 4 <= words && !kinds.isEmpty();
        }
    }

    /** Reads the label sequence of one text by dynamic programming: the most words explained by labels. */
    public Reading read(String text) {
        String[] raw = unglued(HeaderVocabulary.tokens(text));
        String[] w = new String[raw.length];
        for (int i = 0; i < raw.length; i++) w[i] = HeaderVocabulary.fold(raw[i]);
        int n = w.length;
        double[] best = new double[n + 1];
        int[] back = new int[n + 1];
        Label[] via = new Label[n + 1];
        java.util.Arrays.fill(best, Double.NEGATIVE_INFINITY);
        best[0] = 0;
        for (int i = 0; i < n; i++) {
            if (best[i] == Double.NEGATIVE_INFINITY) continue;
            // a word no label takes
            if (best[i] > best[i + 1]) {
                best[i + 1] = best[i];
                back[i + 1] = i;
                via[i + 1] = null;
            }
            for (Label l : vocabulary.labels()) {
                int[] end = new int[1];
                double s = match(l, raw, w, i, end);
                if (s <= 0) continue;
                // a small cost per label: one long label over two short ones that spell it
                double total = best[i] + s - 0.01;
                if (total > best[end[0]]) {
                    best[end[0]] = total;
                    back[end[0]] = i;
                    via[end[0]] = l;
                }
            }
        }
        List<ColumnKind> kinds = new ArrayList<>();
        int labelWords = 0, junk = 0, counted = 0;
        boolean junkRun = false;
        int leadingJunk = 0;
        List<Object> path = new ArrayList<>();
        List<Integer> spans = new ArrayList<>();
        for (int j = n; j > 0; j = back[j]) {
            path.addFirst(via[j] == null ? (Object) w[j - 1] : via[j]);
            spans.addFirst(j - back[j]);
        }
        for (int p = 0; p < path.size(); p++) {
            Object step = path.get(p);
            if (step instanceof Label l) {
                if (junkRun && !kinds.isEmpty()) kinds.add(ColumnKind.UNKNOWN);
                junkRun = false;
                kinds.add(l.kind());
                // the label's words printed here: a label wrapped to the next line has only its first ones
                int printed = Math.min(spans.get(p), l.words().length);
                labelWords += printed;
                counted += printed;
            } else {
                String word = (String) step;
                if (word.length() < 2) continue;
                counted++;
                junk++;
                if (kinds.isEmpty()) leadingJunk++;
                junkRun = true;
            }
        }
        if (junkRun && !kinds.isEmpty()) kinds.add(ColumnKind.UNKNOWN);
        return new Reading(kinds, labelWords, junk, counted, leadingJunk);
    }

    /**
     * The best parting of a folded word into 2..{@link #MAX_GLUED} label words, or null when none
     * reads: every piece a label word, or all but one, which the label's other words then place.
     */
    private List<String> split(String f) {
        int n = f.length();
        // best[end][pieces][unread pieces]
        double[][][] best = new double[n + 1][MAX_GLUED + 1][2];
        int[][][] back = new int[n + 1][MAX_GLUED + 1][2];
        for (double[][] a : best) for (double[] row : a) java.util.Arrays.fill(row, Double.NEGATIVE_INFINITY);
        best[0][0][0] = 0;
        for (int k = 1; k <= MAX_GLUED; k++) {
            for (int end = 2; end <= n; end++) {
                for (int start = Math.max(0, end - 12); start <= end - 2; start++) {
                    double s = vocabulary.wordScore(f.substring(start, end));
                    for (int u = 0; u < 2; u++) {
                        if (best[start][k - 1][u] == Double.NEGATIVE_INFINITY) continue;
                        int to = s > 0 ? u : u + 1;
                        if (to > 1) continue;
                        // the share of the word's letters read, each piece's weighed by its length
                        double total = best[start][k - 1][u] + Math.max(s, 0) * (end - start) / n;
                        if (total > best[end][k][to]) {
                            best[end][k][to] = total;
                            back[end][k][to] = start;
                        }
                    }
                }
            }
        }
        int parts = -1, unread = 0;
        double top = 0;
        for (int u = 0; u < 2; u++) {
            for (int k = 2; k <= MAX_GLUED; k++) {
                double v = best[n][k][u];
                // a word parted with a piece unread must have most of its letters read
                if (v == Double.NEGATIVE_INFINITY || u == 1 && v < 0.5) continue;
                // fewer pieces on a tie
                double per = v - 0.01 * k;
                if (parts < 0 || per > top) {
                    top = per;
                    parts = k;
                    unread = u;
                }
            }
        }
        if (parts < 0) return null;
        List<String> out = new ArrayList<>();
        for (int end = n, k = parts, u = unread; k > 0; k--) {
            int start = back[end][k][u];
            if (vocabulary.wordScore(f.substring(start, end)) <= 0) u--;
            out.addFirst(f.substring(start, end));
            end = start;
        }
        return out;
    }

    /** What a label read from its first words alone (the rest wrapped to the next line) costs. */
    private static final double WRAPPED = 0.5;
    /** What a label one of whose words the OCR garbled past reading costs. */
    private static final double GARBLED = 0.5;

    /** A printed word runs at most this many label words together. */
    private static final int MAX_GLUED = 3;

    /**
     * The words of a header with the words the OCR ran together parted again. A header's cells are
     * narrow and its labels often bold, so the OCR loses the spaces between a label's words
     * ("vichutri" for "vị chủ trì", "Thdigian" for "Thời gian"): a printed word no label word reads,
     * that splits wholly into two or three label words each read as printed (the channel's
     * misreadings allowed), stands for those words; one piece may be garbled past reading when the
     * others hold a whole label word (the label's other words then place it). Short pieces must
     * match exactly: a two- or three-letter piece has too many near words.
     */
    String[] unglued(String[] raw) {
        List<String> out = new ArrayList<>(raw.length);
        for (String r : raw) {
            List<String> parts = parted.get(r);
            if (parts == null) {
                parts = partsOf(r);
                if (parted.size() > PARTED_KEPT) parted.clear();
                parted.put(r, parts);
            }
            out.addAll(parts);
        }
        return out.toArray(String[]::new);
    }

    /** One printed word as the words it stands for: itself, or the label words it runs together. */
    private List<String> partsOf(String r) {
        String f = HeaderVocabulary.fold(r);
        if (f.length() < 5 || vocabulary.isWord(r, f)) return List.of(r);
        List<String> pieces = split(f);
        return pieces == null ? List.of(r) : List.copyOf(pieces);
    }

    /**
     * How well a label's words match the text from word {@code from} (printed {@code raw}, folded
     * {@code w}): each word equal once folded, or a likely misreading of it by the OCR channel; one
     * stray word allowed inside; 0 when the label is not there. {@code end[0]} receives the index
     * after the match.
     */
    static double match(Label label, String[] raw, String[] w, int from, int[] end) {
        int i = from;
        double score = 0;
        boolean skipped = false, garbled = false;
        int words = label.words().length, read = 0;
        for (int k = 0; k < words; k++) {
            // a label wrapped in its cell, read on one line with its neighbours ("Cơ quan phối" … ⏎ "hợp"):
            // its first three words or more name its column (two, "Cơ quan", open labels of several columns)
            boolean wrapped = k >= 3 && words >= 4 && !skipped && read >= 3;
            if (i >= w.length) {
                if (!wrapped) return 0;
                end[0] = i;
                return score - WRAPPED;
            }
            double s = WordSimilarity.score(raw[i], w[i], label.written()[k], label.words()[k]);
            if (s == 0 && !skipped && k > 0 && i + 1 < w.length) {
                double next = WordSimilarity.score(raw[i + 1], w[i + 1], label.written()[k], label.words()[k]);
                if (next > 0) {
                    skipped = true;
                    i++;
                    s = next - 0.5;
                }
            }
            // one word of a label of three or more printed past reading, the others read: still the label,
            // when the label's next word follows, or two of its words were read before and the label goes on
            // (its first word only when printed with a sign for a letter, "N@i", near the label's, and the next
            // word reads: a first word printed in plain letters is another word, and tells another label)
            boolean near = !raw[i].chars().allMatch(Character::isLetter)
                    && vn.camket.text.Similarity.levenshtein(w[i], label.words()[k]) * 2 <= label.words()[k].length();
            boolean canGarble = s <= 0 && (k > 0 || near && k + 1 < words && i + 1 < w.length
                    && WordSimilarity.score(raw[i + 1], w[i + 1], label.written()[1], label.words()[1]) > 0) && words >= 3 && !garbled && !skipped && w[i].length() <= label.words()[k].length() + 2;
            boolean nextReads = k + 1 < words && i + 1 < w.length
                    && WordSimilarity.score(raw[i + 1], w[i + 1], label.written()[k + 1], label.words()[k + 1]) > 0;
            if (canGarble && (nextReads || read >= 2 && k + 1 < words)) {
                garbled = true;
                // the nearer the printed word to the label's, the likelier the label
                String want = label.words()[k];
                score -= GARBLED * (1 + (double) vn.camket.text.Similarity.levenshtein(w[i], want) / Math.max(w[i].length(), want.length()));
                i++;
                continue;
            }
            if (s <= 0 && wrapped) {
                end[0] = i;
                return score - WRAPPED;
            }
            if (s <= 0) return 0;
            score += s;
            read++;
            i++;
        }
        if (garbled && read < 2) return 0;
        end[0] = i;
        return score;
    }

    /**
     * The header of a table opening at line {@code from}: the lines from there (blank ones
     * skipped) whose words keep reading as labels, as long as the whole reads as a header.
     * Returns null when no header opens there.
     */
    public TableHeader headerAt(List<String> lines, int from) {
        if (from >= lines.size() || lines.get(from).isBlank()) return null;
        Reading first = read(lines.get(from));
        // a header's first line is mostly labels: a sentence naming a task is no header's top
        if (first.kinds().isEmpty() || first.labelWords() == 0 || first.junkWords() > first.labelWords()) return null;
        StringBuilder text = new StringBuilder(lines.get(from));
        Reading reading = first;
        int last = from;
        for (int j = from + 1; j < lines.size() && j < from + MAX_HEADER_LINES; j++) {
            if (lines.get(j).isBlank()) continue;
            // a line may be a label's first half ("Cơ quan" ⏎ "chủ trì"): it is read with the next one
            int upTo = j;
            Reading longer = read(text + " " + lines.get(j));
            // a header printed label by label: a label the OCR garbled past reading is still a column
            // when the label printed after it reads
            int garbledEnd = longer.labelWords() <= reading.labelWords() ? garbledLabel(lines, from, j) : -1;
            if (garbledEnd >= 0) {
                for (int k = j; k <= garbledEnd; k++) text.append(' ').append(lines.get(k));
                reading = read(text.toString());
                last = garbledEnd;
                j = garbledEnd;
                continue;
            }
            // the rest of a label printed on lines of its own, garbled past reading ("Đơn vị phối" ⏎ "hqp"):
            // a word or two right under the label's first line, in a header printed label by label
            if (longer.labelWords() <= reading.labelWords() && j == last + 1 && isLabelTail(lines.get(j))
                    && lines.get(last).strip().length() <= MAX_LABEL_LINE && (j + 1 >= lines.size() || lines.get(j + 1).isBlank())) {
                text.append(' ').append(lines.get(j));
                reading = read(text.toString());
                last = j;
                continue;
            }
            if (longer.labelWords() <= reading.labelWords()) {
                int k = j + 1;
                while (k < lines.size() && lines.get(k).isBlank() && k < j + 3) k++;
                if (k >= lines.size() || lines.get(k).isBlank()) break;
                longer = read(text + " " + lines.get(j) + " " + lines.get(k));
                upTo = k;
            }
            int addedLabelWords = longer.labelWords() - reading.labelWords();
            int addedJunk = longer.junkWords() - reading.junkWords();
            // lines add to the header when their words complete or add labels more than they add junk
            if (addedLabelWords <= 0 || addedJunk > addedLabelWords) break;
            for (int k = j; k <= upTo; k++) if (!lines.get(k).isBlank()) text.append(' ').append(lines.get(k));
            reading = longer;
            last = upTo;
            j = upTo;
        }
        if (!reading.isHeader()) return null;
        List<List<ColumnKind>> perLine = new ArrayList<>();
        for (int k = from; k <= last; k++) if (!lines.get(k).isBlank()) perLine.add(read(lines.get(k)).kinds());
        if (!opensWithSubject(perLine) && !opensWithSubject(List.of(reading.kinds()))) return null;
        return TableHeader.of(stackedKinds(lines, from, last, reading.kinds()), perLine, from, last);
    }

    /** A line as short as a label's: one or two words of letters (not a row's number or a group's numeral), a blank line after it. */
    private static boolean isLabelTail(String line) {
        String t = line.strip();
        String[] words = HeaderVocabulary.tokens(t);
        return !t.isEmpty() && t.length() <= MAX_LABEL_LINE && words.length <= 2
                && java.util.Arrays.stream(words).allMatch(w -> w.length() >= 2 && w.chars().allMatch(Character::isLetter)) && !t.matches("[IVX]+");
    }

    /**
     * A header printed label by label (blocks of lines between blank lines, no line naming three
     * columns) has one column per block: a block's garbled words and the label read beside them
     * are one column, and a block no label reads is a column of its own. Otherwise {@code whole}.
     */
    private List<ColumnKind> stackedKinds(List<String> lines, int from, int last, List<ColumnKind> whole) {
        List<ColumnKind> out = new ArrayList<>();
        StringBuilder block = new StringBuilder();
        int blocks = 0;
        for (int k = from; k <= last + 1; k++) {
            boolean end = k > last || lines.get(k).isBlank();
            if (!end) {
                if (read(lines.get(k)).distinct().size() >= 3) return whole;
                block.append(' ').append(lines.get(k));
                continue;
            }
            if (block.isEmpty()) continue;
            blocks++;
            List<ColumnKind> kinds = read(block.toString()).kinds().stream().filter(c -> c != ColumnKind.UNKNOWN).toList();
            out.addAll(kinds.isEmpty() ? List.of(ColumnKind.UNKNOWN) : kinds);
            block.setLength(0);
        }
        return blocks >= 3 ? out : whole;
    }

    /**
     * Where a label printed on lines of its own from line {@code j} ends, when none of its words
     * read as a label but the next label (after a blank line) does, in a header printed label by
     * label (the line before {@code j} blank, every line as short as a label); -1 otherwise.
     */
    private int garbledLabel(List<String> lines, int from, int j) {
        if (j == from || !lines.get(j - 1).isBlank()) return -1;
        int end = j;
        while (end + 1 < lines.size() && !lines.get(end + 1).isBlank()) end++;
        if (end - j >= 3) return -1;
        for (int q = j; q <= end; q++) if (lines.get(q).strip().length() > MAX_LABEL_LINE) return -1;
        int next = end + 1;
        while (next < lines.size() && lines.get(next).isBlank() && next <= end + 2) next++;
        if (next == end + 1 || next >= lines.size() || next >= from + MAX_HEADER_LINES) return -1;
        StringBuilder label = new StringBuilder();
        for (int q = next; q < lines.size() && !lines.get(q).isBlank() && q - next < 3; q++) {
            if (lines.get(q).strip().length() > MAX_LABEL_LINE) return -1;
            label.append(' ').append(lines.get(q));
        }
        Reading r = read(label.toString());
        return r.labelWords() > 0 && r.junkWords() <= r.labelWords() ? end : -1;
    }

    /**
     * The task (or indicator) column is a table's first after the number: in the line naming the
     * most columns, no agency, result or deadline label comes before it. A sentence saying who
     * "chủ trì và phối hợp từng nhiệm vụ" names them in another order. A header whose task label
     * stands on a line of its own above the others (centred on a two-line header) is read whole.
     */
    private static boolean opensWithSubject(List<List<ColumnKind>> perLine) {
        List<ColumnKind> base = List.of();
        long most = -1;
        for (List<ColumnKind> l : perLine) {
            long d = l.stream().filter(k -> k != ColumnKind.UNKNOWN).distinct().count();
            if (d > most) {
                most = d;
                base = l;
            }
        }
        for (ColumnKind k : base) {
            if (k == ColumnKind.NUMBER || k == ColumnKind.UNKNOWN) continue;
            return k == ColumnKind.TASK || k == ColumnKind.INDICATOR || most < 3;
        }
        return true;
    }

    /** The first header at or after line {@code from} and before {@code to}, or null. */
    public TableHeader findHeader(List<String> lines, int from, int to) {
        for (int i = from; i < Math.min(to, lines.size()); i++) {
            TableHeader h = headerAt(lines, i);
            if (h != null) return h;
        }
        return null;
    }
}
