package vn.camket.parse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.camket.model.Deadline;
import vn.camket.model.TaskRow;
import vn.camket.text.Fold;
import vn.camket.text.SourceText;

/**
 * Reads the rows of a task table (STT, task, lead, coordinating, result, deadline, note).
 *
 * <p>Rows are found from their numbers, kept only when they follow the running sequence (a number
 * elsewhere in a line is not a row), and from lines that open like a task ("Xây dựng …") where
 * the OCR lost the number. OCR of a scanned table reads it line by line across the columns, and
 * cells are centred vertically, so a row's number may stand in the middle of its task text: the
 * row then starts at the task-like line just above. Each line is then cut into the task part (the
 * left, widest column) and the rest, from which lead agencies and the deadline are read.
 */
public final class TaskTableParser {
    private static final Pattern ROW_NUMBER = Pattern.compile("^[|(\\[]?\\s*(\\d{1,3})\\s*(?:[.)|:]\\s*|\\s+|$)(.*)$");
    private static final Pattern ROMAN_GROUP = Pattern.compile("^([IVX]{1,5})(?:\\s*[.|)]\\s*|\\s+)(\\S.*)?$|^([IVX]{1,5})$");
    private static final Pattern LETTER_GROUP = Pattern.compile("^([A-HĐ])\\s*[.)]\\s*(\\S.*)$");
    private static final Pattern STRAY_LEAD = Pattern.compile("^[\\s'’‘\"`~.,;:]+");

    private final AgencyDirectory agencies;
    private final TaskOpeners openers;
    private final DeadlineParser deadlines;
    private final ThemeClassifier themes;
    /** The lead and coordinating columns of the table being read (OCR tables only). */
    private LeadColumns leadColumns;

    public TaskTableParser(AgencyDirectory agencies, TaskOpeners openers, DeadlineParser deadlines, ThemeClassifier themes) {
        this.agencies = agencies;
        this.openers = openers;
        this.deadlines = deadlines;
        this.themes = themes;
    }

    /** A line of the table body with its 0-based index in the source. */
    private record Line(int index, String text) {}

    private record Group(String label, String title) {}

    private record RowStart(int pos, String number, Group group) {}

    /** What a row's fields are built with besides its lines. */
    private record RowContext(SourceText src, String planId, Appendix appendix, Group group, String number, String planYear) {}

    public List<TaskRow> parse(SourceText src, String planId, Appendix appendix, String planYear) {
        List<Line> lines = body(src, appendix);
        if (lines.isEmpty()) return List.of();
        boolean stacked = isStacked(lines);
        int width = taskWidth(lines);
        leadColumns = stacked ? null : new LeadColumns(agencies, lines.stream().map(Line::text).toList(), width);

        // pass 1: group headings and numbered rows that follow the running sequence
        List<RowStart> starts = new ArrayList<>();
        boolean[] isGroup = new boolean[lines.size()];
        Group group = new Group("", "");
        int expected = 1;
        int lastStart = -1;
        for (int p = 0; p < lines.size(); p++) {
            String t = TableLines.romanRead(lines.get(p).text(), group.label());
            Matcher g = ROMAN_GROUP.matcher(t);
            Matcher lg = LETTER_GROUP.matcher(t);
            if (g.matches() && isGroupHeading(g, t)) {
                String label = g.group(1) != null ? g.group(1) : g.group(3);
                StringBuilder title = new StringBuilder(g.group(2) == null ? "" : g.group(2));
                isGroup[p] = true;
                // a group title may wrap onto following lines until the next row
                while (p + 1 < lines.size() && !startsRow(lines.get(p + 1).text(), expected)
                        && isGroupContinuation(lines.get(p + 1).text(), title)) {
                    p++;
                    isGroup[p] = true;
                    title.append(title.isEmpty() ? "" : " ").append(lines.get(p).text());
                }
                group = new Group(label, title.toString());
                if (!isContinuingNumbering(lines, p + 1, expected)) expected = 1;
                lastStart = p;
                continue;
            }
            if (lg.matches() && startsUpper(lg.group(2)) && lg.group(2).length() < 60 && isReadable(lg.group(2))) {
                isGroup[p] = true;
                group = new Group(lg.group(1), lg.group(2));
                expected = 1;
                lastStart = p;
                continue;
            }
            Matcher n = ROW_NUMBER.matcher(expected == 1 ? t.replaceFirst("^[Il](\\s*\\|)", "1$1") : t);
            if (!n.matches()) continue;
            int num = Integer.parseInt(n.group(1));
            String after = n.group(2).strip();
            if (after.startsWith("/") || after.startsWith("%") || after.matches("^[,.]?\\d.*")) continue;
            if (num < expected || num > expected + 6) continue;
            int pos = p;
            // number in the middle of the row: the row began at the task-like line above; a capital
            // that opens no task ("15 | Nông nghiệp tại …") may be a name inside the sentence
            boolean midSentence = !opensCell(after);
            if (!after.isEmpty() && !stacked && (midSentence || !openers.opens(after))) {
                int opener = -1, capital = -1;
                for (int q = p - 1; q > lastStart && !isGroup[q]; q--) {
                    String up = lines.get(q).text();
                    if (opener < 0 && openers.opens(up) && !looksLikeDeadline(up)) opener = q;
                    if (capital < 0 && opensCell(up) && up.length() >= width * 0.6) capital = q;
                }
                if (opener >= 0) pos = opener;
                else if (capital >= 0 && midSentence) pos = capital;
            }
            starts.add(new RowStart(pos, n.group(1), group));
            expected = num + 1;
            lastStart = p;
        }

        // pass 2: task-like lines where the OCR lost the row number
        List<RowStart> all = new ArrayList<>(starts);
        // (clean one-cell-per-line tables keep their numbers: a short cell there is no row)
        for (int p = 0; p < lines.size() && !stacked; p++) {
            if (isGroup[p]) continue;
            String t = lines.get(p).text();
            // a number the OCR misread ("1" for 11) before the task's opening words
            Matcher misnumbered = ROW_NUMBER.matcher(t);
            String opening = misnumbered.matches() ? misnumbered.group(2).strip() : t;
            if (!openers.opens(opening) || t.length() < width * 0.6 || looksLikeDeadline(opening)) continue;
            if (isFullWidthHeading(t, width)) continue;
            if (insideNumberedRow(starts, lines, p) || followsBareNumber(starts, lines, p)) continue;
            all.add(new RowStart(p, null, groupAt(p, starts)));
        }
        all.sort((a, b) -> Integer.compare(a.pos(), b.pos()));

        List<TaskRow> rows = new ArrayList<>();
        String lastNumber = "0";
        for (int r = 0; r < all.size(); r++) {
            RowStart s = all.get(r);
            int end = r + 1 < all.size() ? all.get(r + 1).pos() : lines.size();
            List<Line> rowLines = new ArrayList<>();
            for (int p = s.pos(); p < end; p++) if (!isGroup[p]) rowLines.add(lines.get(p));
            if (rowLines.isEmpty()) continue;
            String number = s.number() != null ? s.number() : nextNumber(lastNumber);
            lastNumber = number;
            RowContext ctx = new RowContext(src, planId, appendix, s.group(), number, yearOf(s.group(), planYear));
            // the non-empty line above the row, where a cell centred on the row may begin
            String above = null;
            for (int p = s.pos() - 1; p >= 0 && r > 0 && !isGroup[p] && above == null; p--) {
                if (!lines.get(p).text().isEmpty()) above = lines.get(p).text();
            }
            rows.add(stacked ? stackedRow(ctx, rowLines) : interleavedRow(ctx, rowLines, width, above));
        }
        return rows;
    }

    /** The lines of the table proper: after the caption and header, without repeated headers and page marks. */
    private static List<Line> body(SourceText src, Appendix a) {
        List<Line> out = new ArrayList<>();
        boolean inTable = false;
        for (int i = a.from(); i < a.to(); i++) {
            String raw = src.lines().get(i);
            String t = STRAY_LEAD.matcher(raw).replaceFirst("").strip();
            if (!inTable) {
                if (TableLines.isHeader(t)) inTable = true;
                continue;
            }
            if (t.isEmpty()) {
                out.add(new Line(i, ""));
                continue;
            }
            if (TableLines.isHeader(t) || TableLines.isNoise(t)) continue;
            out.add(new Line(i, t));
        }
        // drop the header's wrapped tail ("chủ trì", "hoàn thành" …) already dropped above; trim blanks
        while (!out.isEmpty() && out.getFirst().text().isEmpty()) out.removeFirst();
        return out;
    }

    /** One cell per line (clean text extracted from a digital PDF): most lines are short. */
    private static boolean isStacked(List<Line> lines) {
        int[] lengths = lines.stream().filter(l -> !l.text().isEmpty()).mapToInt(l -> l.text().length()).sorted().toArray();
        return lengths.length > 0 && lengths[lengths.length / 2] < 32;
    }

    /** Typical width in characters of a full line of the task column: lines with no agency and no date in them. */
    private int taskWidth(List<Line> lines) {
        int[] lengths = lines.stream().map(Line::text)
                .filter(t -> t.length() > 20 && !t.contains("|"))
                .filter(t -> agencies.find(t).isEmpty() && !DeadlineCells.DEADLINE_START.matcher(Fold.ocrFold(t)).find())
                .mapToInt(String::length).sorted().toArray();
        if (lengths.length < 5) return 50;
        return lengths[(int) (lengths.length * 0.75)];
    }

    /**
     * "II | Tập trung nguồn lực …", "I" alone, or the middle line of a centred heading ("IV | chức
     * nghiên cứu …"); not a task row that the OCR numbered in Roman ("VII | Xây dựng … | Sở … | Giai đoạn").
     */
    private boolean isGroupHeading(Matcher g, String line) {
        if (g.group(3) != null) return true;
        String rest = g.group(2);
        if (!isReadable(rest)) return false;
        boolean bar = line.matches("^[IVX]{1,5}\\s*\\|.*");
        if (!startsUpper(rest) && !(bar && g.group(1).length() >= 2)) return false;
        long bars = line.chars().filter(c -> c == '|').count();
        if (bars >= 2) return false;
        String restFolded = Fold.ocrFold(rest);
        boolean cells = !agencies.find(rest).isEmpty() && DeadlineCells.DEADLINE_START.matcher(restFolded).find();
        return !cells;
    }

    /**
     * A group heading whose Roman numeral the OCR lost spans the whole table: far wider than the
     * task column, with no agency, no deadline and no column rule in it.
     */
    private boolean isFullWidthHeading(String t, int width) {
        return t.length() > width * 1.5 && t.indexOf('|') < 0 && agencies.find(t).isEmpty()
                && !DeadlineCells.DEADLINE_START.matcher(Fold.ocrFold(t)).find();
    }

    /** Real words, not OCR debris ("X Ne o1~ . A A"): few one-letter tokens. */
    static boolean isReadable(String s) {
        String[] tokens = s.trim().split("\\s+");
        long shortOnes = java.util.Arrays.stream(tokens).filter(t -> t.replaceAll("[^\\p{L}\\p{N}]", "").length() <= 1).count();
        return tokens.length >= 2 && shortOnes * 4 <= tokens.length;
    }

    private static boolean startsUpper(String s) {
        return s != null && !s.isEmpty() && Character.isUpperCase(s.codePointAt(0));
    }

    /** A cell's first word: a capital letter then lower case ("Xây", not "ISy" or "o"). */
    private static boolean opensCell(String s) {
        return (s.matches("^[\\p{Lu}][\\p{Ll}].*") || s.matches("^[\\p{Lu}]{3,}[\\s,].*") && s.length() > 25) && isReadable(s);
    }

    private static boolean isGroupContinuation(String next, CharSequence title) {
        if (next.isEmpty()) return false;
        boolean upperTitle = !title.isEmpty() && title.toString().equals(title.toString().toUpperCase());
        if (title.isEmpty()) return true;
        if (upperTitle) return next.equals(next.toUpperCase()) && next.length() > 3;
        return Character.isLowerCase(next.codePointAt(0));
    }

    private static boolean startsRow(String t, int expected) {
        Matcher n = ROW_NUMBER.matcher(t);
        return n.matches() && Integer.parseInt(n.group(1)) == expected;
    }

    /** After a group heading, numbering either restarts at 1 or goes on: look at the next numbered line. */
    private static boolean isContinuingNumbering(List<Line> lines, int from, int expected) {
        for (int p = from; p < Math.min(lines.size(), from + 12); p++) {
            Matcher n = ROW_NUMBER.matcher(lines.get(p).text());
            if (n.matches()) {
                int num = Integer.parseInt(n.group(1));
                if (num == 1) return false;
                if (num >= expected && num <= expected + 2) return true;
            }
        }
        return false;
    }

    private static boolean looksLikeDeadline(String t) {
        String f = Fold.ocrFold(t);
        return f.startsWith("hoan thanh trong") || f.startsWith("hoan thanh vao") || f.startsWith("hoan thanh truoc")
                || f.startsWith("trinh ") || f.startsWith("thuong xuyen");
    }

    /** Whether line p lies between a mid-row numbered row's start and its number line. */
    private static boolean insideNumberedRow(List<RowStart> starts, List<Line> lines, int p) {
        for (RowStart s : starts) {
            if (s.pos() == p) return true;
        }
        for (int k = 0; k < starts.size(); k++) {
            RowStart s = starts.get(k);
            int numberLine = s.pos();
            for (int q = s.pos(); q < lines.size(); q++) {
                Matcher n = ROW_NUMBER.matcher(lines.get(q).text());
                if (n.matches() && n.group(1).equals(s.number())) {
                    numberLine = q;
                    break;
                }
                if (q - s.pos() > 15) break;
            }
            if (p > s.pos() && p <= numberLine) return true;
        }
        return false;
    }

    /** A task line right under a row number standing alone ("3" then the task) belongs to that row. */
    private static boolean followsBareNumber(List<RowStart> starts, List<Line> lines, int p) {
        int q = p - 1;
        while (q >= 0 && lines.get(q).text().isEmpty()) q--;
        if (q < 0) return false;
        Matcher n = ROW_NUMBER.matcher(lines.get(q).text());
        if (!n.matches() || !n.group(2).isBlank()) return false;
        for (RowStart s : starts) if (s.pos() == q) return true;
        return false;
    }

    /** The group of the numbered row before line p (a row found without its number belongs to it). */
    private static Group groupAt(int p, List<RowStart> starts) {
        Group g = new Group("", "");
        for (RowStart s : starts) if (s.pos() < p) g = s.group();
        return g;
    }

    /** The year a group heading names ("A. NĂM 2025"): deadlines in its rows printed without a year are that year's. */
    private static String yearOf(Group g, String planYear) {
        Matcher m = Pattern.compile("\\b(20[2-5]\\d)\\b").matcher(Fold.ocrFold(g.title()));
        return m.find() ? m.group(1) : planYear;
    }

    private static String nextNumber(String last) {
        try {
            return Integer.toString(Integer.parseInt(last) + 1);
        } catch (NumberFormatException e) {
            return last + "+";
        }
    }

    // ---- fields of one row ---------------------------------------------------------------

    private TaskRow stackedRow(RowContext ctx, List<Line> rowLines) {
        List<String> texts = new ArrayList<>(rowLines.stream().map(Line::text).toList());
        // the number alone, or before the task text on the same line
        Matcher n = ROW_NUMBER.matcher(texts.getFirst());
        if (n.matches()) texts.set(0, n.group(2).strip());
        while (!texts.isEmpty() && texts.getFirst().isEmpty()) texts.removeFirst();
        StringBuilder task = new StringBuilder();
        int k = 0;
        for (; k < texts.size(); k++) {
            String t = texts.get(k);
            if (t.isEmpty()) {
                if (!task.isEmpty()) break;
                continue;
            }
            if (!task.isEmpty() && startsWithAgency(t)) break;
            int lead = leadAtLineEnd(t);
            if (lead > 0) {
                // the lead cell printed on the task's last line ("… tác chiến điện tử Công an tỉnh Công an tỉnh")
                task.append(task.isEmpty() ? "" : " ").append(t, 0, lead);
                texts.set(k, t.substring(lead).strip());
                break;
            }
            task.append(task.isEmpty() ? "" : " ").append(t);
        }
        String rest = String.join(" \n", texts.subList(Math.min(k, texts.size()), texts.size()).stream()
                .filter(t -> !t.isEmpty()).toList());
        return buildRow(ctx, rowLines, task.toString(), rest, DeadlineCells.deadlineCell(rest.replace(" \n", " ")), true, null, null);
    }

    private TaskRow interleavedRow(RowContext ctx, List<Line> rowLines, int width, String above) {
        StringBuilder task = new StringBuilder();
        StringBuilder rest = new StringBuilder();
        StringBuilder deadline = new StringBuilder();
        List<AgencyMention> leads = new ArrayList<>();
        List<AgencyMention> others = new ArrayList<>();
        boolean first = true;
        List<String> texts = new ArrayList<>();
        for (Line l : rowLines) {
            String t = l.text();
            Matcher n = ROW_NUMBER.matcher(t);
            // the row's number, or a misread one before the task's first words
            boolean misread = n.matches() && l == rowLines.getFirst() && openers.opens(n.group(2).strip());
            if (n.matches() && (n.group(1).equals(ctx.number()) || misread)) t = n.group(2).strip();
            if (!t.isEmpty()) texts.add(t);
        }
        List<List<AgencyMention>> mentions = agencies.findInLines(texts);
        // a name that starts on the line above and runs on into this row ("Ngân hàng" ⏎ "Nhà nước chi" ⏎ "nhánh") is this row's
        if (above != null) {
            List<String> withAbove = new ArrayList<>(texts);
            withAbove.addFirst(above);
            List<AgencyMention> onAboveAlone = agencies.find(above);
            List<AgencyMention> carried = agencies.findInLines(withAbove).getFirst().stream()
                    .filter(m -> onAboveAlone.stream().noneMatch(o -> o.start() == m.start() && o.agency() == m.agency()))
                    .toList();
            leadColumns.classifyCarried(carried, leads, others);
        }
        for (int k = 0; k < texts.size(); k++) {
            String t = texts.get(k);
            int leadsBefore = leads.size(), othersBefore = others.size();
            leadColumns.classifyMentions(t, mentions.get(k), width, leads, others);
            // past an agency of the lead or coordinating column, the line holds no more of the task
            int columnsFrom = Integer.MAX_VALUE;
            for (AgencyMention m : leads.subList(leadsBefore, leads.size())) columnsFrom = Math.min(columnsFrom, m.charStart());
            for (AgencyMention m : others.subList(othersBefore, others.size())) columnsFrom = Math.min(columnsFrom, m.charStart());
            int cut = splitPoint(t, width, first);
            first = false;
            String left = t.substring(0, cut).strip();
            String right = t.substring(cut).strip();
            if (!left.isEmpty()) task.append(task.isEmpty() ? "" : " ").append(left);
            if (!right.isEmpty()) rest.append(rest.isEmpty() ? "" : " \n").append(right);
            String tail = DeadlineCells.deadlineInTail(t, width, columnsFrom);
            if (!tail.isEmpty()) deadline.append(deadline.isEmpty() ? "" : " ").append(tail);
        }
        AgencyMention general = leadColumns.generalLead(texts, mentions, width);
        if (general != null) leads = List.of(general);
        return buildRow(ctx, rowLines, task.toString(), rest.toString(), deadline.toString(), false, leads, others);
    }

    private static boolean isLocalGovernment(AgencyMention m) {
        return m.agency().name().startsWith("Ủy ban nhân dân cấp");
    }

    /** Where the task column ends in one line: at a "|" rule, or where an agency name starts past most of the width. */
    private int splitPoint(String t, int width, boolean firstLine) {
        int bar = t.indexOf('|');
        if (bar >= width * 0.4) return bar;
        if (t.length() <= width * 1.1 && agencies.find(t).isEmpty()) return t.length();
        String[] words = t.split(" ");
        int offset = 0;
        for (int w = 0; w < words.length; w++) {
            if (offset >= width * 0.55) {
                String tail = String.join(" ", Arrays.copyOfRange(words, w, words.length));
                if (startsWithAgency(tail) || DeadlineCells.DEADLINE_START.matcher(Fold.ocrFold(tail)).lookingAt()) return offset;
            }
            offset += words[w].length() + 1;
        }
        // no clear boundary: keep the whole line with the task rather than cut a task's words
        return t.length();
    }

    /**
     * Where an agency name that closes a task line starts, when that name is a cell of its own: the
     * line ends with it, the name starts with a capital, the task's sentence does not lead into it
     * ("của", "với" …), and the line is not all name. 0 when there is none.
     */
    private int leadAtLineEnd(String t) {
        String line = t.strip();
        List<AgencyMention> found = agencies.find(line);
        if (found.isEmpty()) return 0;
        AgencyMention last = found.getLast();
        String form = AgencyDirectory.matchForm(line);
        if (form.length() != line.length() || last.start() == 0 || LeadColumns.isProse(last)) return 0;
        if (!Character.isUpperCase(line.charAt(last.charStart()))) return 0; // a cell starts with a capital
        String tail = form.substring(last.charStart()).replaceAll("[^\\p{L}\\p{N}&]+", " ").strip();
        String name = String.join(" ", AgencyDirectory.words(tail));
        return name.split(" ").length == last.end() - last.start() ? last.charStart() : 0;
    }

    private boolean startsWithAgency(String t) {
        var found = agencies.find(t);
        return !found.isEmpty() && found.getFirst().start() == 0;
    }

    private TaskRow buildRow(RowContext ctx, List<Line> rowLines, String task, String rest, String deadlineRaw, boolean stacked,
                             List<AgencyMention> lineLeads, List<AgencyMention> lineOthers) {
        String restFlat = rest.replace(" \n", " ");
        Deadline deadline = deadlines.parse(deadlineRaw.strip(), ctx.planYear());

        List<AgencyMention> leadMentions;
        AgencyMention displaced = null;
        if (stacked) {
            leadMentions = LeadColumns.stackedLead(agencies.find(rest));
        } else if (lineLeads != null && !lineLeads.isEmpty()) {
            // the first agency in the lead column, and those listed with it ("Sở A; Sở B"); local
            // government ("UBND các huyện, thành phố") yields to a department it stands with
            if (isLocalGovernment(lineLeads.getFirst())) {
                List<AgencyMention> named = new ArrayList<>(lineLeads);
                if (lineOthers != null) named.addAll(lineOthers);
                AgencyMention department = named.stream().filter(m -> m.agency().name().startsWith("Sở ")).findFirst().orElse(null);
                if (department != null) {
                    displaced = lineLeads.getFirst();
                    lineLeads = List.of(department);
                }
            }
            leadMentions = new ArrayList<>(List.of(lineLeads.getFirst()));
            for (int i = 1; i < lineLeads.size(); i++) {
                AgencyMention m = lineLeads.get(i);
                boolean listed = m.separatorBefore().contains(",") || m.before().endsWith(" va") || m.before().equals("va");
                // a column rule between them: the next name is another column's ("KH&CN | Văn phòng UBND tỉnh, Sở Tài chính")
                if (!listed || lineLeads.get(i - 1).after().startsWith("|")) break;
                leadMentions.add(m);
            }
        } else {
            leadMentions = LeadColumns.interleavedLead(agencies.find(task + " \n" + rest));
        }
        List<String> lead = new ArrayList<>();
        for (AgencyMention m : leadMentions) if (!lead.contains(m.name())) lead.add(m.name());
        List<String> coordinating = new ArrayList<>();
        if (displaced != null) coordinating.add(displaced.name());
        for (AgencyMention m : agencies.find(rest)) {
            String name = m.name();
            if (!lead.contains(name) && !coordinating.contains(name)) coordinating.add(name);
        }
        String leadRaw = leadMentions.isEmpty() ? "" : String.join("; ", leadMentions.stream().map(AgencyMention::name).toList());
        int from = rowLines.getFirst().index() + 1, to = rowLines.getLast().index() + 1;
        for (int k = rowLines.size() - 1; k >= 0 && rowLines.get(k).text().isEmpty(); k--) to = rowLines.get(k).index();
        Appendix a = ctx.appendix();
        Group g = ctx.group();
        String id = ctx.planId() + ":t:" + (a.label().isEmpty() ? "-" : a.label()) + ":" + (g.label().isEmpty() ? "-" : g.label())
                + ":" + ctx.number() + ":" + from;
        String theme = themes.classify(g.title(), task);
        return new TaskRow(id, ctx.planId(), ctx.src().source(), a.label(), g.label(), ctx.number(), task.strip(), List.copyOf(lead),
                leadRaw, List.copyOf(coordinating), restFlat.length() > 400 ? restFlat.substring(0, 400) : restFlat,
                "", deadline, "", theme, new int[] {from, Math.max(from, to)});
    }
}
