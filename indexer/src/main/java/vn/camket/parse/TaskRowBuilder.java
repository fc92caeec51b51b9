package vn.camket.parse;

import static vn.camket.parse.TaskTableParser.ROW_NUMBER;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import vn.camket.model.Deadline;
import vn.camket.model.TaskRow;
import vn.camket.parse.TaskTableParser.Group;
import vn.camket.parse.TaskTableParser.Line;
import vn.camket.parse.TaskTableParser.RowContext;
import vn.camket.text.Fold;

/**
 * The fields of one task row from its lines: task text, lead and coordinating agencies, deadline,
 * theme. {@link TaskTableParser} finds where rows begin; this puts each row's cells back in their columns.
 */
final class TaskRowBuilder {
    private final AgencyDirectory agencies;
    private final TaskOpeners openers;
    private final DeadlineParser deadlines;
    private final ThemeClassifier themes;
    private final LineCells lineCells;

    TaskRowBuilder(AgencyDirectory agencies, TaskOpeners openers, DeadlineParser deadlines, ThemeClassifier themes) {
        this.agencies = agencies;
        this.openers = openers;
        this.deadlines = deadlines;
        this.themes = themes;
        this.lineCells = new LineCells(agencies);
    }

    /** A row of a clean table, one cell per line: the task, then the other cells in order. */
    TaskRow stacked(RowContext ctx, List<Line> rowLines) {
        List<String> texts = new ArrayList<>(rowLines.stream().map(Line::text).toList());
        // the number alone, or before the task text on the same line; a sub-row's ("16.1.") whole
        String after = TaskTableParser.afterNumber(texts.getFirst(), ctx.number());
        Matcher n = ROW_NUMBER.matcher(texts.getFirst());
        if (after != null) texts.set(0, after.strip());
        else if (n.matches()) texts.set(0, n.group(2).strip());
        while (!texts.isEmpty() && texts.getFirst().isEmpty()) texts.removeFirst();
        StringBuilder task = new StringBuilder();
        int k = 0;
        for (; k < texts.size(); k++) {
            String t = texts.get(k);
            if (t.isEmpty()) {
                if (!task.isEmpty()) break;
                continue;
            }
            // a cell starts with a capital: "sở giáo dục nghề nghiệp" goes on the task's "các cơ" of the line before
            if (!task.isEmpty() && Character.isUpperCase(t.codePointAt(0)) && agencies.opening(t) != null) break;
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

    /** A row of an OCR table whose cells are interleaved line by line; {@code above} is the line before it. */
    TaskRow interleaved(RowContext ctx, List<Line> rowLines, int width, String above, LeadColumns leadColumns) {
        StringBuilder task = new StringBuilder();
        StringBuilder rest = new StringBuilder();
        StringBuilder deadline = new StringBuilder();
        List<AgencyMention> leads = new ArrayList<>();
        List<AgencyMention> others = new ArrayList<>();
        boolean first = true;
        List<String> texts = linesWithoutNumber(ctx, rowLines);
        // the line above goes first: names are followed onto later lines only, so the row's own lines read the same
        List<String> withAbove = new ArrayList<>(texts);
        if (above != null) withAbove.addFirst(above);
        List<List<AgencyMention>> found = agencies.findInLines(withAbove);
        List<List<AgencyMention>> mentions = above == null ? found : found.subList(1, found.size());
        // a name that starts on the line above and runs on into this row ("Ngân hàng" ⏎ "Nhà nước chi" ⏎ "nhánh") is this row's
        List<AgencyMention> centred = new ArrayList<>();
        if (above != null) {
            List<AgencyMention> onAboveAlone = agencies.find(above);
            List<AgencyMention> carried = new ArrayList<>();
            for (AgencyMention m : found.getFirst()) {
                boolean whole = onAboveAlone.stream().anyMatch(o -> o.start() == m.start() && o.agency() == m.agency());
                // one that reads as a name on that line as well ("Sở Khoa học" ⏎ "và Công nghệ") may be the row above's:
                // it is this row's cell centred over its number only when the row names no lead of its own
                if (!whole) carried.add(m);
                else if (m.tailLines() > 0) centred.add(m);
            }
            leadColumns.classifyCarried(carried, leads, others);
        }
        List<Integer> leadLines = new ArrayList<>(java.util.Collections.nCopies(leads.size(), -1));
        for (int k = 0; k < texts.size(); k++) {
            String t = texts.get(k);
            int leadsBefore = leads.size(), othersBefore = others.size();
            leadColumns.classifyMentions(t, mentions.get(k), width, leads, others);
            while (leadLines.size() < leads.size()) leadLines.add(k);
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
        if (leads.isEmpty()) {
            leadColumns.classifyCarried(centred, leads, others);
            while (leadLines.size() < leads.size()) leadLines.add(-1);
        }
        rightOfAnotherLead(leads, leadLines, others);
        AgencyMention general = leadColumns.generalLead(texts, mentions, width);
        if (general != null) leads = List.of(general);
        // a cell wrapped over lines: its pieces read together say more than any line's words
        String wrapped = DeadlineCells.wrappedCell(texts, width);
        if (!wrapped.isEmpty() && better(deadlines.parse(wrapped, ctx.planYear()), deadlines.parse(deadline.toString(), ctx.planYear()))) {
            deadline = new StringBuilder(wrapped);
        }
        return buildRow(ctx, rowLines, task.toString(), rest.toString(), deadline.toString(), false, leads, others);
    }

    /**
     * A name the cell wraps onto a later line whose piece there stands right of another lead name
     * of that line ("S Khoa học và Công" ⏎ "36 Nội vụ nghệ") is in a column right of it: not the lead.
     */
    private static void rightOfAnotherLead(List<AgencyMention> leads, List<Integer> leadLines, List<AgencyMention> others) {
        for (int i = 0; i < leads.size(); i++) {
            AgencyMention m = leads.get(i);
            if (m.tailLines() == 0 || leadLines.get(i) < 0) continue;
            int tailLine = leadLines.get(i) + m.tailLines();
            for (int j = 0; j < leads.size(); j++) {
                AgencyMention n = leads.get(j);
                if (leadLines.get(j) == tailLine && n.agency() != m.agency() && n.charStart() < m.tailCharStart()) {
                    others.add(leads.remove(i));
                    leadLines.remove(i);
                    i--;
                    break;
                }
            }
        }
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
                if (agencies.opening(tail) != null || DeadlineCells.DEADLINE_START.matcher(Fold.ocrFold(tail)).lookingAt()) return offset;
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

    /** The row's non-empty lines, its number (or a misread one before the task's first words) taken off. */
    private List<String> linesWithoutNumber(RowContext ctx, List<Line> rowLines) {
        List<String> texts = new ArrayList<>();
        for (Line l : rowLines) {
            String t = l.text();
            Matcher n = ROW_NUMBER.matcher(t);
            boolean misread = n.matches() && l == rowLines.getFirst() && openers.opens(n.group(2).strip());
            String after = TaskTableParser.afterNumber(t, ctx.number());
            if (after != null) t = after.strip();
            else if (misread) t = n.group(2).strip();
            if (!t.isEmpty()) texts.add(t);
        }
        return texts;
    }

    /**
     * A row the OCR read line by line across the columns, each word put in its column by the
     * column model ({@link LineCells}); {@code columns} are the table's, the number column's left out.
     */
    TaskRow segmented(RowContext ctx, List<Line> rowLines, List<vn.camket.table.ColumnKind> columns, int width) {
        List<String> texts = linesWithoutNumber(ctx, rowLines);
        return fromCells(ctx, rowLines, lineCells.cells(texts, columns, width));
    }

    Integer taskWidth(List<String> lines, List<vn.camket.table.ColumnKind> columns) {
        return lineCells.taskWidth(lines, columns);
    }

    /** {@code row} with the lead and the deadline it lacks taken from {@code other}, a reading of the same lines. */
    static TaskRow filledFrom(TaskRow row, TaskRow other) {
        boolean noLead = row.lead().isEmpty() && !other.lead().isEmpty();
        boolean noDeadline = other.deadline().kind() != vn.camket.model.Deadline.Kind.unknown
                && (row.deadline().kind() == vn.camket.model.Deadline.Kind.unknown || coarser(row.deadline(), other.deadline()));
        if (!noLead && !noDeadline) return row;
        return new TaskRow(row.id(), row.plan(), row.source(), row.appendix(), row.group(), row.row(), row.task(),
                noLead ? other.lead() : row.lead(), noLead ? other.leadRaw() : row.leadRaw(), row.coordinating(),
                row.coordinatingRaw(), row.result(), noDeadline ? other.deadline() : row.deadline(), row.note(), row.theme(), row.lines());
    }

    /** {@code row} with {@code lead} (canonical names) for its own, printed as {@code raw}; an agency now leading is no longer among its coordinating ones. */
    static TaskRow withLead(TaskRow row, List<String> lead, String raw) {
        List<String> coordinating = new ArrayList<>();
        for (String c : row.coordinating()) if (!lead.contains(c)) coordinating.add(c);
        return new TaskRow(row.id(), row.plan(), row.source(), row.appendix(), row.group(), row.row(), row.task(), List.copyOf(lead),
                raw, List.copyOf(coordinating), row.coordinatingRaw(), row.result(), row.deadline(), row.note(), row.theme(), row.lines());
    }

    /** {@code row} with {@code deadline} for its own. */
    static TaskRow withDeadline(TaskRow row, Deadline deadline) {
        return new TaskRow(row.id(), row.plan(), row.source(), row.appendix(), row.group(), row.row(), row.task(), row.lead(),
                row.leadRaw(), row.coordinating(), row.coordinatingRaw(), row.result(), deadline, row.note(), row.theme(), row.lines());
    }

    /** A reading that names a deadline where the other names none, or a finer one of the same year. */
    private static boolean better(Deadline candidate, Deadline current) {
        if (candidate.kind() == Deadline.Kind.unknown) return false;
        return current.kind() == Deadline.Kind.unknown || coarser(current, candidate);
    }

    /**
     * A bare year where the other reading finds a month, a quarter or a day of that year: a cell
     * wrapped over lines ("Quý IV" ⏎ "năm 2026") whose first line the line rules did not read.
     */
    private static boolean coarser(Deadline d, Deadline other) {
        String a = d.normalized(), b = other.normalized();
        return a.matches("20\\d\\d") && b.startsWith(a + "-");
    }

    /** A row whose cells were put in their columns already (a table read cell by cell). */
    TaskRow fromCells(RowContext ctx, List<Line> rowLines, java.util.Map<vn.camket.table.ColumnKind, String> cells) {
        String task = cells.getOrDefault(vn.camket.table.ColumnKind.TASK, "");
        String leadCell = cells.getOrDefault(vn.camket.table.ColumnKind.LEAD, "");
        String coordCell = cells.getOrDefault(vn.camket.table.ColumnKind.COORD, "");
        String both = cells.getOrDefault(vn.camket.table.ColumnKind.LEAD_COORD, "");
        List<AgencyMention> leads = new ArrayList<>(agencies.find(leadCell));
        if (!both.isEmpty()) {
            List<AgencyMention> named = agencies.find(both);
            if (leads.isEmpty() && !named.isEmpty()) leads.add(named.getFirst());
        }
        StringBuilder rest = new StringBuilder();
        for (String c : List.of(leadCell, coordCell, both, cells.getOrDefault(vn.camket.table.ColumnKind.RESULT, ""))) {
            if (!c.isEmpty()) rest.append(rest.isEmpty() ? "" : " \n").append(c);
        }
        String deadline = cells.getOrDefault(vn.camket.table.ColumnKind.DEADLINE, "");
        // the lead cell is read as a cell: what the coordinating cell names never takes the lead from it
        TaskRow r = buildRow(ctx, rowLines, task, rest.toString(), deadline, false, leads.isEmpty() ? null : leads, null);
        List<String> lead = r.lead();
        String leadRaw = r.leadRaw();
        // a clean lead cell naming no agency of the lexicon ("Các tập đoàn công nghệ") is the lead as printed
        String printedLead = leadCell.isEmpty() ? both : leadCell;
        if (leads.isEmpty() && !printedLead.isBlank()) {
            // the lead column's cell says who leads: agencies named elsewhere in the row are not the lead
            boolean shown = isCleanText(printedLead) && printedLead.split("\\s+").length <= 15;
            lead = shown ? List.of(printedLead.strip()) : List.of();
            leadRaw = printedLead.strip();
        }
        String result = cells.getOrDefault(vn.camket.table.ColumnKind.RESULT, "");
        String note = cells.getOrDefault(vn.camket.table.ColumnKind.NOTE, "");
        return new TaskRow(r.id(), r.plan(), r.source(), r.appendix(), r.group(), r.row(), r.task(), lead, leadRaw,
                r.coordinating(), r.coordinatingRaw(), result, r.deadline(), note, r.theme(), r.lines());
    }

    /** Text printed with its diacritics (not OCR that lost them): it can be shown as it stands. */
    private static boolean isCleanText(String s) {
        if (s.isBlank()) return false;
        int marked = 0, letters = 0;
        for (String w : s.split("\\s+")) {
            if (w.chars().noneMatch(Character::isLetter)) continue;
            letters++;
            if (!Fold.fold(w).equals(w.toLowerCase())) marked++;
        }
        return letters > 0 && marked * 3 >= letters;
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
            // the first agency in the lead column, and those listed with it ("Sở A; Sở B"); where the
            // columns were guessed from positions (lineOthers given), local government ("UBND các huyện,
            // thành phố") yields to a department that may have been the lead column's
            if (lineOthers != null && lineLeads.getFirst().agency().isLocalGovernment()) {
                List<AgencyMention> named = new ArrayList<>(lineLeads);
                named.addAll(lineOthers);
                AgencyMention department = named.stream().filter(m -> m.agency().isDepartment()).findFirst().orElse(null);
                if (department != null) {
                    displaced = lineLeads.getFirst();
                    lineLeads = List.of(department);
                }
            }
            leadMentions = new ArrayList<>(List.of(lineLeads.getFirst()));
            for (int i = 1; i < lineLeads.size(); i++) {
                AgencyMention m = lineLeads.get(i);
                // listed with the one before when that one is followed by a list's comma, semicolon or "và" (which may
                // close its line: the cell wraps); a comma of the task's prose before a name does not join it to the lead
                String between = lineLeads.get(i - 1).after();
                boolean listed = between.startsWith(",") || between.startsWith(";") || between.startsWith("va ") || between.equals("va");
                // a column rule between them: the next name is another column's ("KH&CN | Văn phòng UBND tỉnh, Sở Tài chính")
                if (!listed || between.startsWith("|")) break;
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
