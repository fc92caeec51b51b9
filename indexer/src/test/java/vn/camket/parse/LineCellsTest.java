package vn.camket.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.camket.table.ColumnKind;

class LineCellsTest {
    private final LineCells cells = new LineCells(AgencyDirectory.loadWithCentral());
    private static final List<ColumnKind> COLUMNS = List.of(ColumnKind.TASK, ColumnKind.LEAD, ColumnKind.COORD, ColumnKind.DEADLINE);

    @Test
    void aNameWrappedOntoTheNextLineStaysInTheColumnOfItsHead() {
        // two names wrap at once: each later piece goes with its own head, not with the first column past the task
        Map<ColumnKind, String> row = cells.cells(List.of(
                "Xay dung ban do so vung trong cay an qua cua tinh Sở Khoa học và Công Các sở, ban, ngành, địa Quý 2/2027",
                "phuc vu truy xuat nguon goc san pham nong nghiep nghệ phương"), COLUMNS, 50);
        assertThat(row.get(ColumnKind.LEAD)).isEqualTo("Sở Khoa học và Công nghệ");
        assertThat(row.get(ColumnKind.COORD)).isEqualTo("Các sở, ban, ngành, địa phương");
        assertThat(row.get(ColumnKind.DEADLINE)).isEqualTo("Quý 2/2027");
        assertThat(row.get(ColumnKind.TASK)).startsWith("Xay dung ban do so").endsWith("san pham nong nghiep");
    }
}
