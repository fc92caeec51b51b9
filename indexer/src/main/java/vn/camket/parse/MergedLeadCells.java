package vn.camket.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import vn.camket.model.TaskRow;
import vn.camket.text.SourceText;

/**
 * Leads in a table whose lead and coordinating agencies share one column ("Cơ quan chủ trì, phối
 * hợp"): the cell says who leads by the words after the name ("Sở Tài chính chủ trì; Các sở,
 * ngành phối hợp"), wherever the OCR put the cell's pieces among the row's lines. The names right
 * before "chủ trì" lead, with those listed with them ("Sở Y tế, Thuế tỉnh chủ trì"); the others
 * coordinate. Rows whose lines hold no such name keep the lead they were read with.
 */
final class MergedLeadCells {
    /** "chủ trì" as the OCR prints it after a name: "chu tri", "cht tri", "chi tri" ("chính trị" is none). */
    private static final Pattern LEADS = Pattern.compile("^[\\s;,.:|]*ch\\S{0,2}\\s*tri\\b.*");

    private final AgencyDirectory agencies;

    MergedLeadCells(AgencyDirectory agencies) {
        this.agencies = agencies;
    }

    List<TaskRow> apply(SourceText src, List<TaskRow> rows) {
        List<TaskRow> out = new ArrayList<>(rows.size());
        for (TaskRow r : rows) out.add(read(src, r));
        return out;
    }

    private TaskRow read(SourceText src, TaskRow row) {
        int from = row.lines()[0] - 1, to = Math.min(src.lines().size(), row.lines()[1]);
        if (from < 0 || from >= to) return row;
        List<List<AgencyMention>> found = agencies.findInLines(src.lines().subList(from, to));
        List<AgencyMention> named = new ArrayList<>();
        for (List<AgencyMention> line : found) named.addAll(line);
        List<String> lead = new ArrayList<>();
        for (int i = 0; i < named.size(); i++) {
            AgencyMention m = named.get(i);
            if (!LEADS.matcher(m.after()).matches()) continue;
            // a name listed right before it, on its line ("Sở Y tế, Thuế tỉnh chủ trì")
            if (i > 0 && named.get(i - 1).after().startsWith(",") && named.get(i - 1).end() <= m.start() && sameLine(found, named.get(i - 1), m)) {
                String before = named.get(i - 1).name();
                if (!lead.contains(before)) lead.add(before);
            }
            if (!lead.contains(m.name())) lead.add(m.name());
        }
        if (lead.isEmpty() || lead.equals(row.lead())) return row;
        return TaskRowBuilder.withLead(row, lead, String.join("; ", lead));
    }

    private static boolean sameLine(List<List<AgencyMention>> found, AgencyMention a, AgencyMention b) {
        for (List<AgencyMention> line : found) if (line.contains(a)) return line.contains(b);
        return false;
    }
}
