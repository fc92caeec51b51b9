package vn.camket.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.camket.model.TaskRow;
import vn.camket.text.SourceText;

/** Task tables in layouts of our own making, read through the header's columns. */
class TableLayoutsTest {
    private final TaskTableParser parser = new TaskTableParser(AgencyDirectory.load(), AgencyDirectory.loadWithCentral(),
            TaskOpeners.load(), new DeadlineParser(), ThemeClassifier.load());

    private List<TaskRow> parse(List<String> lines) {
        return parser.parse(new SourceText("t.txt", lines), "p", new Appendix("I", 0, lines.size()), "2026");
    }

    @Test
    void aTableBetweenColumnRulesIsReadCellByCellWhateverTheColumnOrder() {
        List<TaskRow> rows = parse(List.of(
                "| STT | Nội dung công việc | Thời hạn | Đơn vị chủ trì | Đơn vị phối hợp | Kết quả |",
                "|---|---|---|---|---|---|",
                "| **I** | **CHUYỂN ĐỔI SỐ** | | | | |",
                "| 1. | Xây dựng cơ sở dữ liệu về doanh nghiệp khởi nghiệp | Quý III/2026 | Sở Tài chính | Sở Nội vụ | Cơ sở dữ liệu |",
                "| 2. | Tổ chức hội thảo về trí tuệ nhân tạo | Hằng năm | Bộ Khoa học và Công nghệ | Các địa phương | Hội thảo |",
                "| 3. | Đào tạo kỹ năng số cho cán bộ | Năm 2027 | Các tập đoàn viễn thông | | Lớp tập huấn |"));
        assertThat(rows).extracting(TaskRow::row).containsExactly("1", "2", "3");
        TaskRow first = rows.getFirst();
        assertThat(first.group()).isEqualTo("I");
        assertThat(first.task()).isEqualTo("Xây dựng cơ sở dữ liệu về doanh nghiệp khởi nghiệp");
        assertThat(first.lead()).containsExactly("Sở Tài chính");
        assertThat(first.coordinating()).containsExactly("Sở Nội vụ");
        assertThat(first.deadline().normalized()).isEqualTo("2026-Q3");
        assertThat(first.result()).isEqualTo("Cơ sở dữ liệu");
        assertThat(rows.get(1).lead()).containsExactly("Bộ Khoa học và Công nghệ");
        assertThat(rows.get(1).deadline().normalized()).isEqualTo("annual");
        // a lead the lexicon does not know, printed clean, is shown as printed
        assertThat(rows.get(2).lead()).containsExactly("Các tập đoàn viễn thông");
    }

    @Test
    void rowsOfATableWithoutNumbersWrittenOnePerLineAreRowsHoweverShortTheirTask() {
        // a PDF's table rebuilt from its words: each row one line, a cell per column, no number column;
        // tasks short beside the group titles, some opening with words no task list holds
        List<TaskRow> rows = parse(List.of(
                "Nhiệm vụ | Đơn vị chủ trì | Đơn vị phối hợp | Tiến độ | Ghi chú",
                "I. Nâng cao nhận thức, đột phá về đổi mới tư duy và quyết tâm chính trị trong toàn xã hội về phát triển số",
                "Lập danh mục dữ liệu mở | Sở Tài chính | Sở Nội vụ | Quý III/2026 | ",
                "Xây dựng Chương trình số | Sở Y tế | Công an tỉnh | Hằng năm | ",
                "Thiết lập khuôn khổ đối tác | Sở Tư pháp | Các sở, ban, ngành | Năm 2027 | ",
                "II. Khẩn trương hoàn thiện thể chế, xoá bỏ mọi rào cản đang cản trở sự phát triển của khoa học và công nghệ",
                "Rà soát quy định về dữ liệu | Thanh tra tỉnh | Sở Nội vụ | 6/2026 | ",
                "III. Tăng cường đầu tư, hoàn thiện hạ tầng cho khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số",
                "IV. Phát triển, trọng dụng nhân lực chất lượng cao, nhân tài đáp ứng yêu cầu phát triển khoa học",
                "V. Đẩy mạnh chuyển đổi số, ứng dụng khoa học, công nghệ trong hoạt động của các cơ quan nhà nước"));
        assertThat(rows).hasSize(4);
        List<String> opening = List.of("Lập danh mục dữ liệu mở |", "Xây dựng Chương trình số |", "Thiết lập khuôn khổ đối tác |", "Rà soát quy định về dữ liệu |");
        for (int i = 0; i < 4; i++) assertThat(rows.get(i).task()).startsWith(opening.get(i));
    }

    @Test
    void aMergedLeadAndCoordinatingColumnGivesItsFirstNameTheLead() {
        List<TaskRow> rows = parse(List.of(
                "| TT | Nhiệm vụ | Cơ quan chủ trì, phối hợp | Thời gian hoàn thành |",
                "| 1 | Ban hành quy chế quản lý dữ liệu | Sở Tư pháp; Sở Y tế, Công an tỉnh | 6/2026 |"));
        assertThat(rows).hasSize(1);
        assertThat(rows.getFirst().lead()).containsExactly("Sở Tư pháp");
        assertThat(rows.getFirst().coordinating()).contains("Sở Y tế", "Công an tỉnh");
        assertThat(rows.getFirst().deadline().normalized()).isEqualTo("2026-06");
    }

    @Test
    void cellsPrintedAsBlocksWithoutRowNumbersAreSplitIntoRowsByTheirColumns() {
        // (a short block alone, a cell's broken-off end, starts no row)
        // the OCR printed each cell as a block of its own, diacritics lost, no number column
        List<String> lines = new ArrayList<>(List.of(
                "Noi dung nhiem vu", "", "Don vi chu", "tri", "", "Don vi phoi", "hop", "", "Thoi", "han", "",
                "CHUYEN DOI SO TRONG CO QUAN NHA NUOC VA DOANH NGHIEP", "",
                "Xay dung he thong quan ly van ban", "dien tu cho cac co quan nha", "nuoc tren dia ban tinh", "",
                "So Noi vu", "", "Cac so, ban,", "nganh, dia", "phuong", "", "Thang 9/2026", "", "chuyen tiep", "",
                "Trien khai nen tang hoc tap so", "cho nguoi dan va doanh nghiep", "", "So Giao duc va", "Dao tao", "",
                "So Tai chinh", "", "Thuong", "xuyen"));
        List<TaskRow> rows = parse(lines);
        assertThat(rows).hasSize(2);
        assertThat(rows.getFirst().task()).startsWith("Xay dung he thong quan ly van ban");
        assertThat(rows.getFirst().lead()).containsExactly("Sở Nội vụ");
        assertThat(rows.getFirst().deadline().normalized()).isEqualTo("2026-09");
        assertThat(rows.get(1).lead()).containsExactly("Sở Giáo dục và Đào tạo");
        assertThat(rows.get(1).coordinating()).containsExactly("Sở Tài chính");
        assertThat(rows.get(1).deadline().normalized()).isEqualTo("ongoing");
        assertThat(rows.getFirst().group()).isEqualTo("I");
    }

    @Test
    void cellsPrintedAsBlocksUnderAGarbledLabelAreReadByTheTablesOwnWidths() {
        // the coordinating label unreadable; the deadline cell broken over a blank line; no row numbers
        List<String> lines = new ArrayList<>(List.of(
                "Noi dung nhiem vu", "", "Don vi chu", "tri", "", "Dqn vx phxx", "hqx", "", "Thoi", "han", "",
                "Xay dung he thong quan ly van ban", "dien tu cho cac co quan nha", "nuoc tren dia ban tinh va", "ket noi voi he thong", "",
                "So Noi vu", "", "Cac so, ban,", "nganh, dia", "phuong", "", "Truoc ngay 30", "", "thang 9 nam", "2026", "",
                "Trien khai nen tang hoc tap so", "cho nguoi dan va doanh nghiep", "tren dia ban tinh trong nam", "", "So Giao duc va", "Dao tao", "",
                "So Tai chinh", "", "Thuong", "xuyen", "",
                "To chuc tap huan ky nang so cho", "can bo, cong chuc cap xa va", "nguoi dan tai cac dia phuong", "",
                "Cac so, ban,", "nganh", "", "Hang nam"));
        List<TaskRow> rows = parse(lines);
        assertThat(rows).hasSize(3);
        assertThat(rows.getFirst().lead()).containsExactly("Sở Nội vụ");
        assertThat(rows.getFirst().deadline().normalized()).isEqualTo("2026-09-30");
        assertThat(rows.get(1).lead()).containsExactly("Sở Giáo dục và Đào tạo");
        assertThat(rows.get(1).coordinating()).containsExactly("Sở Tài chính");
        assertThat(rows.get(2).deadline().normalized()).isEqualTo("annual");
    }

    @Test
    void aGarbledHeaderStillOpensTheTable() {
        List<TaskRow> rows = parse(List.of(
                "Ro ee in es Ket qua/san | Thoi gian",
                "IT Ten nhiem vu Co quan chu tri Co quan phoi hop pham hoan thanh Ghi chu",
                "1. | Xay dung ke hoach chuyen doi so nam 2026 | So Noi vu | Cac so, ban, nganh | Ke hoach | Thang 3/2026 |",
                "2. | Ban hanh quy che bao dam an toan thong tin | Cong an tinh | Cac so, ban, nganh | Quy che | Thang 5/2026 |"));
        assertThat(rows).extracting(TaskRow::row).containsExactly("1", "2");
        assertThat(rows.get(1).lead()).containsExactly("Công an tỉnh");
    }

    @Test
    void aDeadlineWrappedOverTheRowsLinesIsReadWhole() {
        // line by line across the columns, no column rules; the deadline cell "Thuong xuyen, lien tuc" over three lines
        List<TaskRow> rows = parse(List.of(
                "STT Ten nhiem vu Co quan chu tri Co quan phoi hop Ket qua Thoi gian",
                "1 Xay dung co so du lieu ve doanh nghiep So Tai chinh Cac so, ban, Bao cao Thuong",
                "khoi nghiep va doi moi sang tao cua tinh nganh xuyen, lien",
                "tuc",
                "2 Ban hanh quy che phoi hop trong cong tac So Noi vu Cac so, ban, Quyet dinh Thang 9/2026",
                "chuyen doi so cua cac co quan nha nuoc nganh"));
        assertThat(rows).hasSize(2);
        assertThat(rows.getFirst().lead()).containsExactly("Sở Tài chính");
        assertThat(rows.getFirst().deadline().normalized()).isEqualTo("ongoing");
        assertThat(rows.get(1).lead()).containsExactly("Sở Nội vụ");
        assertThat(rows.get(1).deadline().normalized()).isEqualTo("2026-09");
    }

    @Test
    void aPagePrintedColumnByColumnGivesTheKthCellOfEachColumnToTheKthRow() {
        // a table without rules read as text columns: every task, then every lead, then every deadline
        List<TaskRow> rows = parse(List.of(
                "Noi dung nhiem vu", "", "Don vi chu", "tri", "", "Thoi", "han", "",
                "Xay dung he thong quan ly van ban", "dien tu cho cac co quan nha nuoc", "",
                "Trien khai nen tang hoc tap so", "cho nguoi dan va doanh nghiep", "",
                "Nang cap ha tang mang truyen so lieu", "chuyen dung cua tinh", "",
                "So Noi vu", "", "So Giao duc va", "Dao tao", "", "So Khoa hoc va", "Cong nghe", "",
                "Thang 9/2026", "", "Thuong xuyen", "", "Quy IV/2026"));
        assertThat(rows).hasSize(3);
        assertThat(rows).extracting(r -> r.task().substring(0, 10)).containsExactly("Xay dung h", "Trien khai", "Nang cap h");
        assertThat(rows).extracting(r -> r.lead().getFirst())
                .containsExactly("Sở Nội vụ", "Sở Giáo dục và Đào tạo", "Sở Khoa học và Công nghệ");
        assertThat(rows).extracting(r -> r.deadline().normalized()).containsExactly("2026-09", "ongoing", "2026-Q4");
    }

    @Test
    void aNumberColumnPrintedApartFromItsTasksYieldsNoRowWithoutATask() {
        // the OCR read the numbers as a column of their own, then the rows across the other columns
        List<TaskRow> rows = parse(List.of(
                "TT Noi dung nhiem vu Co quan chu tri Thoi han",
                "1.", "", "2.", "", "3.", "",
                "Xay dung ke hoach chuyen doi so cua tinh So Noi vu Thang 6/2026",
                "Ban hanh quy che bao dam an toan thong tin Cong an tinh Thang 9/2026",
                "Trien khai nen tang hoc tap so cho nguoi dan So Giao duc va Dao tao Quy IV/2026"));
        assertThat(rows).isNotEmpty().allSatisfy(r -> assertThat(TaskTableParser.isSentence(r.task())).isTrue());
        assertThat(rows).extracting(TaskRow::task).noneMatch(String::isBlank);
    }

    @Test
    void theRowsUnderAFirstHeaderWhoseTaskLabelStandsAboveTheOthersAreRead() {
        // no number column; the first page's header centred over two lines, a later page's on one line
        List<TaskRow> rows = parse(List.of(
                "Noi dung cong viec", "", "Cha tri Phoi hop Thoi gian San pham", "hoan thanh", "",
                "Xay dung chuong trinh hoc tap so cho", "can bo, cong chuc cua tinh", "",
                "So Noi vu Cac so, ban, nganh Thang 6/2026 Ke hoach", "",
                "Noi dung cong viec Chu tri Phoi hop Thoi gian hoan thanh San pham", "",
                "Ban hanh quy che bao dam an toan thong", "tin mang trong co quan nha nuoc", "",
                "Cong an tinh Cac so, ban, nganh Thang 9/2026 Quy che"));
        assertThat(rows).extracting(r -> r.task().substring(0, 8)).contains("Xay dung", "Ban hanh");
    }

    @Test
    void columnsTheOcrPrintedApartBelowTheirPagesRowsGiveEachRowItsCellInOrder() {
        // no column rules, no number column: the OCR read task and lead across the page, then the
        // coordinating and the deadline column each as a block of its own, opened by its label
        List<TaskRow> rows = parse(List.of(
                "Noi dung cong viec        Don vi chu tri    Don vi phoi hop    Thoi gian thuc hien",
                "",
                "Xay dung co so du lieu dung chung ve nong nghiep cua   So Tai chinh",
                "tinh va cap nhat du lieu hang quy cho cac co quan nha",
                "nuoc tren dia ban tinh phuc vu cong tac chi dao, dieu",
                "hanh cua Uy ban nhan dan tinh va cac so, nganh",
                "",
                "To chuc dien dan khoi nghiep sang tao cho thanh nien   Tinh Doan",
                "trong cac truong dai hoc, cao dang va co so giao duc",
                "nghe nghiep tren dia ban nham khoi day tinh than doi",
                "moi sang tao trong thanh nien, sinh vien cua tinh",
                "",
                "Trien khai he thong giam sat moi truong tu dong tai    So Y te",
                "cac khu cong nghiep, cum cong nghiep va lang nghe tren",
                "dia ban tinh, ket noi du lieu quan trac ve trung tam",
                "dieu hanh thong minh cua tinh de canh bao som",
                "",
                "Nang cap cong thong tin dien tu cua tinh dap ung cac   So Noi vu",
                "yeu cau ve an toan thong tin va ket noi voi he thong",
                "thong tin giai quyet thu tuc hanh chinh cua tinh, bao",
                "dam van hanh on dinh, lien tuc va an toan",
                "",
                "Don vi phoi",
                "hop",
                "Cong an tinh",
                "",
                "Cac so, ban, nganh",
                "",
                "So Noi vu",
                "",
                "So Tu phap",
                "",
                "Thoi gian thuc",
                "hien",
                "Truoc ngay",
                "30/06/2026",
                "Thuong xuyen",
                "Quy IV nam",
                "2026",
                "Thang 9/2026"));
        assertThat(rows).hasSize(4);
        assertThat(rows.get(0).lead()).containsExactly("Sở Tài chính");
        assertThat(rows.get(0).deadline().normalized()).isEqualTo("2026-06-30");
        assertThat(rows.get(1).deadline().kind()).isEqualTo(vn.camket.model.Deadline.Kind.ongoing);
        assertThat(rows.get(2).deadline().normalized()).isEqualTo("2026-Q4");
        assertThat(rows.get(3).deadline().normalized()).isEqualTo("2026-09");
        // the blocks' cells are no row's text
        assertThat(rows.get(3).task()).doesNotContain("Cong an").doesNotContain("Thuong");
    }

    @Test
    void aTableWithAPageReadAcrossItsColumnsIsNoCleanOneCellPerLineText() {
        // the first page read line by line across the columns, its number column printed apart below it; the
        // next page narrow, one cell per line: the table's lines are short, yet it is no clean text
        List<String> lines = new ArrayList<>(List.of(
                "Noi dung nhiem vu Thoi gian Co quan chu tri Co quan phoi hop",
                "Xay dung co so du lieu ve doanh nghiep khoi nghiep Nam 2026 So Tai chinh So Noi vu",
                "doi moi sang tao cua tinh, ket noi voi he thong quoc gia",
                "Trien khai he thong giam sat moi truong tu dong tai Quy IV/2026 So Y te Cong an tinh",
                "cac khu cong nghiep va lang nghe tren dia ban tinh",
                "To chuc dao tao ky nang so cho can bo, cong chuc cap Thang 9/2026 So Noi vu So Tu phap",
                "xa trong toan tinh theo chuong trinh chung cua tinh",
                "", "1", "2", "3", "Stt", "",
                "Noi dung nhiem vu Thoi gian Co quan chu tri Co quan phoi hop"));
        for (String[] row : new String[][] {
                {"Nang cap cong thong tin", "dien tu cua tinh dap", "ung yeu cau an toan", "Nam 2027", "So Noi vu", "Cong an tinh"},
                {"Xay dung kho du lieu", "dung chung ve dat dai", "va tai nguyen", "Nam 2027", "So Tai chinh", "So Tu phap"},
                {"Trien khai nen tang", "hoc tap truc tuyen", "cho hoc sinh", "Nam 2028", "So Y te", "So Noi vu"}}) {
            lines.addAll(List.of(row));
        }
        lines.addAll(List.of("4", "5", "6"));
        List<TaskRow> rows = parse(lines);
        assertThat(rows).hasSizeGreaterThanOrEqualTo(3);
        assertThat(rows.subList(0, 3)).extracting(TaskRow::task).allMatch(t -> !t.contains("So ") && !t.contains("Nam 20"));
        assertThat(rows.get(0).task()).startsWith("Xay dung co so du lieu").endsWith("he thong quoc gia");
        assertThat(rows.get(0).lead()).containsExactly("Sở Tài chính");
        assertThat(rows.get(1).deadline().normalized()).isEqualTo("2026-Q4");
        assertThat(rows.get(2).task()).startsWith("To chuc dao tao");
        assertThat(rows.get(2).lead()).containsExactly("Sở Nội vụ");
    }

    @Test
    void aGroupWhoseNumeralTheOcrMisreadOpensItsGroupAndIsNoRow() {
        List<TaskRow> rows = parse(List.of(
                "TT Noi dung nhiem vu Co quan chu tri Co quan phoi hop Thoi gian hoan thanh",
                "1 | HOAN THIEN THE CHE VE KHOA HOC CONG NGHE",
                "1 | Xay dung quy che quan ly de tai khoa hoc cap tinh | So Tu phap | So Tai chinh | Nam 2026",
                "2 | Ban hanh chinh sach ho tro doanh nghiep doi moi sang tao | So Tai chinh | So Noi vu | Quy II/2026",
                "Il | PHAT TRIEN HA TANG SO VA DU LIEU DUNG CHUNG",
                "1 | Nang cap trung tam du lieu cua tinh dat tieu chuan | So Y te | Cong an tinh | Nam 2027"));
        assertThat(rows).extracting(TaskRow::row).containsExactly("1", "2", "1");
        assertThat(rows).extracting(TaskRow::group).containsExactly("I", "I", "II");
        assertThat(rows.getFirst().task()).startsWith("Xay dung quy che").doesNotContain("HOAN THIEN");
    }

    @Test
    void cellsTheOcrPrintedAsBlocksWithoutDiacriticsAreNoCleanTextThoughTheirNumbersStandAlone() {
        // a header one label per line, each cell a block, the number column printed apart as bare numbers:
        // the shape of a clean one-cell-per-line text, but OCR that lost its diacritics (read as one, no row)
        List<String> lines = List.of(
                "Stt", "", "Noi dung nhiem vu", "", "Don vi chu", "tri", "", "Don vi phoi", "hop", "", "Thoi gian", "thuc hien", "",
                "Xay dung co so du lieu ve", "doanh nghiep khoi nghiep", "doi moi sang tao cua tinh", "",
                "Trien khai he thong giam sat", "moi truong tu dong tai cac", "khu cong nghiep", "",
                "To chuc dao tao ky nang so", "cho can bo, cong chuc cap xa", "trong toan tinh", "",
                "So Tai chinh", "", "So Y te", "", "So Noi vu", "", "Cong an tinh", "", "So Tu phap", "", "So Tai chinh", "",
                "Nam 2026", "", "Quy IV/2026", "", "Thang 9/2026", "", "1", "", "2", "", "3");
        List<TaskRow> rows = parse(lines);
        assertThat(rows).hasSize(3);
        assertThat(rows.getFirst().task()).isEqualTo("Xay dung co so du lieu ve doanh nghiep khoi nghiep doi moi sang tao cua tinh");
        assertThat(rows).extracting(r -> r.lead().getFirst()).containsExactly("Sở Tài chính", "Sở Y tế", "Sở Nội vụ");
        assertThat(rows.get(1).deadline().normalized()).isEqualTo("2026-Q4");
    }

    @Test
    void onlyATextWithVietnamesesOwnLettersIsClean() {
        assertThat(TaskTableParser.isCleanVietnamese(List.of(new TaskTableParser.Line(0, "Xây dựng cơ sở dữ liệu về doanh nghiệp")))).isTrue();
        // the OCR's English model prints "é" and "ô" for many letters: they are no sign of a clean text
        assertThat(TaskTableParser.isCleanVietnamese(List.of(new TaskTableParser.Line(0, "Xay dung céng nghé sé dir liéu vé doanh nghiép")))).isFalse();
        assertThat(TaskTableParser.isCleanVietnamese(List.of(new TaskTableParser.Line(0, "Xay dung co so du lieu ve doanh nghiep")))).isFalse();
    }

    @Test
    void aGroupTitleInSentenceCaseAcrossAPagePrintedColumnByColumnIsNoRow() {
        // the title is a merged cell across the table: its lines are far wider than any column's; taken for a
        // task, it shifted every lead and deadline of the page onto the row above
        List<TaskRow> rows = parse(List.of(
                "Noi dung nhiem vu", "", "Don vi chu", "tri", "", "Thoi", "han", "",
                "Day manh ung dung cong nghe so trong quan ly nha nuoc, phat trien chinh quyen so",
                "va nang cao chat luong phuc vu nguoi dan, doanh nghiep tren dia ban", "",
                "Xay dung he thong quan ly van ban", "dien tu cho cac co quan nha nuoc", "",
                "Trien khai nen tang hoc tap so", "cho nguoi dan va doanh nghiep", "",
                "Nang cap ha tang mang truyen so lieu", "chuyen dung cua tinh", "",
                "So Noi vu", "", "So Giao duc va", "Dao tao", "", "So Khoa hoc va", "Cong nghe", "",
                "Thang 9/2026", "", "Thuong xuyen", "", "Quy IV/2026"));
        assertThat(rows).hasSize(3);
        assertThat(rows).extracting(r -> r.task().substring(0, 10)).containsExactly("Xay dung h", "Trien khai", "Nang cap h");
        assertThat(rows).extracting(r -> r.lead().getFirst())
                .containsExactly("Sở Nội vụ", "Sở Giáo dục và Đào tạo", "Sở Khoa học và Công nghệ");
        assertThat(rows).extracting(r -> r.deadline().normalized()).containsExactly("2026-09", "ongoing", "2026-Q4");
        assertThat(rows.getFirst().group()).isEqualTo("I");
    }
}
