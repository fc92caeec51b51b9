package vn.camket.table;

import java.util.ArrayList;
import java.util.List;

/**
 * A table's header as read: its columns left to right and the lines it spans (0-based, inclusive).
 * A column whose label the OCR garbled is given the kind the genre puts there: task tables run
 * number, task, lead, coordinating, result, deadline, note; indicator tables number, indicator,
 * unit, value, lead. So "TT Nhiệm vụ Cơ quan chủ trì ▒▒▒ Sản phẩm ▒▒" reads as having a
 * coordinating column before the result and a deadline column after it.
 */
public record TableHeader(List<ColumnKind> printed, int fromLine, int toLine, boolean stacked) {
    private static final List<ColumnKind> TASK_ORDER = List.of(ColumnKind.NUMBER, ColumnKind.TASK, ColumnKind.LEAD,
            ColumnKind.COORD, ColumnKind.RESULT, ColumnKind.DEADLINE, ColumnKind.NOTE);
    private static final List<ColumnKind> INDICATOR_ORDER = List.of(ColumnKind.NUMBER, ColumnKind.INDICATOR,
            ColumnKind.UNIT, ColumnKind.VALUE, ColumnKind.LEAD);

    public TableHeader {
        printed = List.copyOf(printed);
    }

    /**
     * The header of lines read one by one ({@code perLine}) and as a whole ({@code whole}). One
     * line that names three columns or more is the header row, left to right; labels wrapped onto
     * the lines above or below it ("Kết quả/sản" ⏎ … ⏎ "TT Tên nhiệm vụ …") go where the genre's order
     * puts them. A header none of whose lines names three columns was printed label by label
     * ({@code stacked}, as the OCR does for a page it reads cell by cell): its order is the lines'.
     */
    public static TableHeader of(List<ColumnKind> whole, List<List<ColumnKind>> perLine, int fromLine, int toLine) {
        List<ColumnKind> base = List.of();
        for (List<ColumnKind> l : perLine) if (distinct(l) > distinct(base)) base = l;
        if (distinct(base) < 3 || perLine.size() == 1) return new TableHeader(whole, fromLine, toLine, distinct(base) < 3);
        List<ColumnKind> order = base.contains(ColumnKind.INDICATOR) && !base.contains(ColumnKind.TASK) ? INDICATOR_ORDER : TASK_ORDER;
        List<ColumnKind> out = new ArrayList<>(base);
        for (ColumnKind k : whole) {
            if (k == ColumnKind.UNKNOWN || present(out, k)) continue;
            int r = rank(order, k);
            int pos = 0;
            for (int i = 0; i < out.size(); i++) {
                int ri = rank(order, out.get(i));
                if (ri >= 0 && ri < r) pos = i + 1;
            }
            if (pos < out.size() && out.get(pos) == ColumnKind.UNKNOWN) out.set(pos, k);
            else out.add(pos, k);
        }
        return new TableHeader(out, fromLine, toLine, false);
    }

    private static long distinct(List<ColumnKind> kinds) {
        return kinds.stream().filter(k -> k != ColumnKind.UNKNOWN).distinct().count();
    }

    /** An indicator (target) table: it has an indicator column and no task column. */
    public boolean isIndicatorTable() {
        return printed.contains(ColumnKind.INDICATOR) && !printed.contains(ColumnKind.TASK);
    }

    /** The columns, garbled ones given the kind the genre's order puts between their neighbours. */
    public List<ColumnKind> columns() {
        List<ColumnKind> order = isIndicatorTable() ? INDICATOR_ORDER : TASK_ORDER;
        List<ColumnKind> out = new ArrayList<>(printed);
        for (int i = 0; i < out.size(); i++) {
            if (out.get(i) != ColumnKind.UNKNOWN) continue;
            int before = -1;
            for (int k = i - 1; k >= 0 && before < 0; k--) before = rank(order, out.get(k));
            int after = order.size();
            for (int k = i + 1; k < out.size() && after == order.size(); k++) {
                int r = rank(order, out.get(k));
                if (r >= 0) after = r;
            }
            ColumnKind fill = ColumnKind.OTHER;
            for (int r = before + 1; r < after; r++) {
                if (!present(out, order.get(r))) {
                    fill = order.get(r);
                    break;
                }
            }
            out.set(i, fill);
        }
        return List.copyOf(out);
    }

    private static int rank(List<ColumnKind> order, ColumnKind k) {
        if (k == ColumnKind.LEAD_COORD) return order.indexOf(ColumnKind.COORD) >= 0 ? order.indexOf(ColumnKind.COORD) : order.indexOf(ColumnKind.LEAD);
        return order.indexOf(k);
    }

    private static boolean present(List<ColumnKind> cols, ColumnKind k) {
        if (cols.contains(k)) return true;
        return (k == ColumnKind.LEAD || k == ColumnKind.COORD) && cols.contains(ColumnKind.LEAD_COORD);
    }
}
