package vn.camket.parse;

import vn.camket.model.ParsedPlan;
import vn.camket.text.SourceText;

/**
 * Gives each record of a plan read from a PDF the page its first line stands on, so the portal can
 * link a record to its page of the PDF. Set after parsing, from the line numbers the readers already
 * give, so that no reader needs to know about pages; a text file's records keep no page.
 */
final class RecordPages {
    private RecordPages() {}

    static ParsedPlan of(SourceText src, ParsedPlan p) {
        if (src.pages().isEmpty()) return p;
        return new ParsedPlan(p.plan(),
                p.clauses().stream().map(c -> c.withPage(page(src, c.lines()))).toList(),
                p.tasks().stream().map(t -> t.withPage(page(src, t.lines()))).toList(),
                p.targets().stream().map(t -> t.withPage(page(src, t.lines()))).toList(),
                p.restoredSource());
    }

    /** The page of a record's first line; none where the record has no line or the line no page. */
    private static Integer page(SourceText src, int[] lines) {
        if (lines == null || lines.length == 0) return null;
        int page = src.page(lines[0]);
        return page > 0 ? page : null;
    }
}
