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
 * Whether the table has such a column is told by its rows.
 */
final class MergedLeadCells {
    /** "chủ trì" as the OCR prints it after a name: "chu tri", "cht tri", "chi tri" ("chính trị" is none). */
    private static final Pattern LEADS = Pattern.compile("^[\\s;,.:|]*ch\\S{0,2}\\s*tri\\b.*");

    private final AgencyDirectory agencies;

    MergedLeadCells(AgencyDirectory agencies) {
        this.agencies = agencies;
    }

    /**
     * The rows with the leads their merged cells name, when the table is one with such a column: a
     * third of its rows at least name a lead so (the header's label may be garbled past reading, so
     * the rows, not the header, tell). Otherwise the rows as they were.
     */
    List<TaskRow> apply(SourceText src, List<TaskRow> rows) {
        List<List<String>> leads = new ArrayList<>(rows.size());
        int named = 0;
        for (TaskRow r : rows) {
            List<String> lead = leads(src, r);
            leads.add(lead);
            if (!lead.isEmpty()) named++;
        }
        if (rows.isEmpty() || named < rows.size() * MERGED_SHARE) return rows;
        List<TaskRow> out = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            TaskRow row = rows.get(i);
            List<String> lead = leads.get(i);
            out.add(lead.isEmpty() || lead.equals(row.lead()) ? row : TaskRowBuilder.withLead(row, lead, String.join("; ", lead)));
        }
        return out;
    }

    /** Share of a table's rows that name their lead by "chủ trì" when its lead and coordinating agencies share a column. */
    private static final double MERGED_SHARE = 0.3;

    /** The names the row's lines say lead ("… chủ trì"), in order; empty when none. */
    private List<String> leads(SourceText src, TaskRow row) {
        int from = row.lines()[0] - 1, to = Math.min(src.lines().size(), row.lines()[1]);
        if (from < 0 || from >= to) return List.of();
        List<List<AgencyMention>> found = agencies.findInLines(src.lines().subList(from, to));
        List<AgencyMention> named = new ArrayList<>();
        for (List<AgencyMention> line : found) named.addAll(line);
        List<String> lead = new ArrayList<>();
        for (int i = 0; i < named.size(); i++) {
            AgencyMention m = named.get(i);
            if (!LEADS.matcher(m.after()).matches()) continue;
            // a name listed right before it ("Sở Y tế, Thuế tỉnh chủ trì"), on its line or the cell's line before
            if (i > 0 && named.get(i - 1).after().startsWith(",") && !LEADS.matcher(named.get(i - 1).after().substring(1)).matches()) {
                String before = named.get(i - 1).name();
                if (!lead.contains(before)) lead.add(before);
            }
            if (!lead.contains(m.name())) lead.add(m.name());
        }
        return lead;
    }
}
