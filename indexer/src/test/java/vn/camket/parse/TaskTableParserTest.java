package vn.camket.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.camket.model.TaskRow;
import vn.camket.text.SourceText;

class TaskTableParserTest {
    private final TaskTableParser parser = new TaskTableParser(AgencyDirectory.load(), TaskOpeners.load(),
            new DeadlineParser(), ThemeClassifier.load());

    private List<TaskRow> parse(List<String> lines, String year) {
        SourceText src = new SourceText("t.txt", lines);
        return parser.parse(src, "p", new Appendix("II", 0, lines.size()), year);
    }

    @Test
    void readsACleanTableWithOneCellPerLine() {
        List<TaskRow> rows = parse(List.of(
                "Phụ lục II", "DANH MỤC NHIỆM VỤ",
                "TT Tên nhiệm vụ", "Cơ quan", "chủ trì", "Cơ quan", "phối hợp", "Thời gian", "hoàn thành",
                "I", "NÂNG CAO NHẬN THỨC VỀ CHUYỂN ĐỔI SỐ",
                "1.", "", "Xây dựng chương trình chuyên biệt về khoa", "học trên truyền hình", "",
                "Sở Khoa học và", "Công nghệ", "", "Các sở,", "ngành, địa", "", "phương", "", "Tháng 02",
                "2.", "", "Ban hành kế hoạch chuyển đổi số", "", "Sở Nội vụ", "", "Các sở, ngành", "", "Thường xuyên"), "2026");
        assertThat(rows).hasSize(2);
        TaskRow first = rows.getFirst();
        assertThat(first.group()).isEqualTo("I");
        assertThat(first.row()).isEqualTo("1");
        assertThat(first.task()).isEqualTo("Xây dựng chương trình chuyên biệt về khoa học trên truyền hình");
        assertThat(first.lead()).containsExactly("Sở Khoa học và Công nghệ");
        assertThat(first.deadline().normalized()).isEqualTo("2026-02");
        assertThat(rows.get(1).lead()).containsExactly("Sở Nội vụ");
        assertThat(rows.get(1).deadline().normalized()).isEqualTo("ongoing");
    }

    @Test
    void aCleanTablesSubRowLosesItsWholeNumber() {
        List<TaskRow> rows = parse(List.of(
                "Phụ lục II", "DANH MỤC NHIỆM VỤ",
                "TT Tên nhiệm vụ", "Cơ quan", "chủ trì", "Cơ quan", "phối hợp", "Thời gian", "hoàn thành",
                "1.", "", "Triển khai các quy định mới", "", "Sở Tư pháp", "", "Các sở, ngành", "", "Thường xuyên",
                "1.1.", "", "Cơ chế tài chính cho nhiệm vụ khoa học", "", "Sở Tài chính", "", "Các sở, ngành", "", "Tháng 6",
                "2.", "", "Ban hành kế hoạch chuyển đổi số", "", "Sở Nội vụ", "", "Các sở, ngành", "", "Thường xuyên"), "2026");
        assertThat(rows).extracting(TaskRow::row).containsExactly("1", "1.1", "2");
        assertThat(rows.get(1).task()).isEqualTo("Cơ chế tài chính cho nhiệm vụ khoa học");
        assertThat(rows.get(1).lead()).containsExactly("Sở Tài chính");
    }

    @Test
    void findsRowsWhoseNumberStandsInTheMiddleOfInterleavedCells() {
        List<TaskRow> rows = parse(List.of(
                "STT Nhiệm vụ và giải pháp Chủ trì Phối hợp Tiến độ Ghi chú",
                "A.NAM 2025",
                "Xay dung du thao Nghi quyét cua Ban Chap Céc S¢: CT; trinh trong",
                "hanh Dang bo Tinh ban hanh vé phat trién So NN&MT va cac co",
                "01 kinh té s6, d61 mdi sang tao, thuc day hoat | KH&CN quan, don vi lién",
                "dong khoa hoc, cong nghé tinh. quan thang 8/2025.",
                "Tang cuong giao duc va hudng nghiép STEM, So KH&CN; Lién | Thuong xuyén, hang",
                "02 xay dung nén tang gido duc truc tuyén. GD&DT hiép cac Hoi nam"), "2025");
        assertThat(rows).extracting(TaskRow::row).containsExactly("01", "02");
        assertThat(rows.getFirst().group()).isEqualTo("A");
        assertThat(rows.getFirst().task()).startsWith("Xay dung du thao Nghi quyét cua Ban Chap");
        assertThat(rows.getFirst().lead()).containsExactly("Sở Khoa học và Công nghệ");
        assertThat(rows.getFirst().deadline().normalized()).isEqualTo("2025-08");
        assertThat(rows.get(1).task()).startsWith("Tang cuong giao duc");
        assertThat(rows.get(1).deadline().normalized()).isEqualTo("ongoing");
    }

    @Test
    void readsAGarbledRomanNumeralOnlyAsTheNextGroup() {
        assertThat(TableLines.romanRead("IL Khẩn trương hoàn thiện thể chế", "I")).startsWith("II Khẩn");
        assertThat(TableLines.romanRead("IL Khẩn trương hoàn thiện thể chế", "IV")).startsWith("IL Khẩn");
        assertThat(TableLines.romanRead("11 Xây dựng", "I")).startsWith("11 Xây");
        assertThat(TableLines.romanRead("IT | Đến hết năm 2045", "I")).startsWith("II |");
    }

    @Test
    void aNumberBeforeANameInsideTheSentenceDoesNotStartTheRow() {
        List<TaskRow> rows = parse(List.of(
                "STT Nhiệm vụ và giải pháp Chủ trì Phối hợp Tiến độ Ghi chú",
                "1 | Xay dung ké hoach chuyén d6i s6 cua tinh trong giai doan moi | So KH&CN | Nam 2025",
                "Xdy dung Khong gian Khoa hoc & STEM | | TC; NN&MT va cac | Ddu tu tir nam 2026;",
                "2 | Nong nghi¢p tai Trung tdm Sinh hoat Thanh | Tinh Poan | hoan thanh nam 2027.",
                "thiéu nhi tinh co quan, don vi lién quan"), "2025");
        assertThat(rows).extracting(TaskRow::row).containsExactly("1", "2");
        assertThat(rows.get(1).task()).startsWith("Xdy dung Khong gian Khoa hoc & STEM");
        assertThat(rows.get(1).deadline().normalized()).isEqualTo("2027");
    }

    @Test
    void localGovernmentYieldsTheLeadToADepartment() {
        List<TaskRow> rows = parse(List.of(
                "STT Nhiệm vụ và giải pháp Chủ trì Phối hợp Tiến độ Ghi chú",
                "Tham muu Uy ban nhan dan Tinh trong cong - Hoan thanh viéc xur ly",
                "tac tao, 1ap quan ly va phat trién tai san tri tué UBND céc huyén, |cac nhan hi¢u ching",
                "ddi voi hang hoa, dich vu chu luc, dac thu cua 35 thanh phé; cac co nhan, qnhan hiéu tap thé",
                "1 | dia phuong (co tinh dén viéc khong t6 chuc KH&CN quan, don vi, td c6 thé c6 chtra yéu to",
                "cap chinh quyén cp huyén). HS tro viéc hinh thanh va quan tri tai san tri tué"), "2025");
        assertThat(rows).hasSize(1);
        assertThat(rows.getFirst().lead()).containsExactly("Sở Khoa học và Công nghệ");
        assertThat(rows.getFirst().coordinating()).contains("Ủy ban nhân dân cấp huyện");
    }

    @Test
    void aTaskWhoseNumberTheOcrMisreadIsARowOfItsOwn() {
        List<TaskRow> rows = parse(List.of(
                "STT Nhiệm vụ và giải pháp Chủ trì Phối hợp Tiến độ Ghi chú",
                "1 | Xay dung co so du lieu nganh nong nghiep cua tinh | So Nong nghiep va Moi truong | 2026",
                "2 | Xay dung ban do so phuc vu quan ly dat dai cua tinh | So Nong nghiep va Moi truong | 2026",
                "1 Ung dung tri tue nhan tao (AI) giam dinh sinh vat gay hai | So Nong nghiep va Moi truong | 2025",
                "cho cay trong tren dia ban tinh",
                "4 | Trien khai nen tang so thuc day hop tac giua nong dan | So Nong nghiep va Moi truong | 2025"), "2025");
        assertThat(rows).extracting(TaskRow::row).containsExactly("1", "2", "3", "4");
        assertThat(rows.get(2).task()).startsWith("Ung dung tri tue nhan tao");
        assertThat(rows.get(1).task()).doesNotContain("Ung dung");
    }

    @Test
    void aNameAcrossAColumnRuleIsNotListedWithTheLead() throws Exception {
        // a whole OCR table is needed for its column positions: the bundled Đồng Tháp plan, where a row reads
        // "… 50 Văn phòng UBND | …" over "… KH&CN | Tỉnh, Sở Tài chính | …" (Sở KH&CN leads; the others coordinate)
        var plan = PlanParser.withDefaults().parse(new vn.camket.text.SourceTextLoader().load(vn.camket.TestPaths.corpusFile("000_")));
        TaskRow row = plan.tasks().stream().filter(t -> t.task().startsWith("Nhanh chéng dua")).findFirst().orElseThrow();
        assertThat(row.lead()).containsExactly("Sở Khoa học và Công nghệ");
    }

    @Test
    void aLeadCellCentredOnItsRowMayBeginOnTheLineAbove() {
        List<TaskRow> rows = parse(List.of(
                "STT Nhiệm vụ và giải pháp Chủ trì Phối hợp Tiến độ Ghi chú",
                "1 | Trien khai dang ky, cap chu ky so cho cac co so y te, can bo | So Y te | 06/2025",
                "nhan vien y te va nguoi benh",
                "A o A Ngan hang",
                "2 | Day manh ket noi, chia se du lieu phuc vu phat trien | nha nudc chi \\ NP",
                "thuong mai dien tu, nang cao hieu qua cong tac quan ly nhanh An Ny . 2025",
                "thue, dang ky thanh lap doanh nghiep Giang"), "2025");
        assertThat(rows).extracting(TaskRow::row).containsExactly("1", "2");
        assertThat(rows.get(1).lead()).containsExactly("Ngân hàng Nhà nước chi nhánh tỉnh");
    }

    @Test
    void aCentredLeadCellThatReadsAsANameOnTheLineAboveIsTheRowsOnlyWhenItNamesNoLeadOfItsOwn() {
        // "S& Khoa hoc" reads as a name on the row above's last line; with "va Cong nghé" below it is row 8's cell
        List<TaskRow> rows = parse(List.of(
                "STT Nhiệm vụ và giải pháp Chủ trì Phối hợp Tiến độ Ghi chú",
                "7 | Xay dung Chuong trinh phat trien kinh te so, xa hoi so | So Tu phap Cac So, ban, nganh, dia Quyet dinh cua",
                "Sau khi Quyet",
                ". 2 ) . S& Khoa hoc Céc S¢, ban, nganh, dia dinh cua B",
                "8 | Xay dung, ban hanh Ke hoach phat trien ha tang so < A A ’ ’ > Khoa hoc va",
                "va Cong nghé phuong A A",
                "Cong nghé",
                "9 | Xay dung, ban hanh Ke hoach chuyen doi so nganh tu phap | So Tu phap 2025",
                "tai cac xa phuong. S& Khoa hoc",
                "10 | Trien khai nen tang so cua tinh dung chung | So Noi vu, Cac S¢, ban, nganh 2026",
                "va Cong nghé phuong"), "2025");
        assertThat(rows).extracting(TaskRow::row).containsExactly("7", "8", "9", "10");
        assertThat(rows.get(1).lead()).containsExactly("Sở Khoa học và Công nghệ");
        // a row with a lead of its own keeps it
        assertThat(rows.get(3).lead()).containsExactly("Sở Nội vụ");
    }

    /** A table whose rows 1 to 9 are plain, then the given lines. */
    private static List<String> afterNineRows(String... lines) {
        List<String> out = new java.util.ArrayList<>(List.of(
                "STT Nhiệm vụ và giải pháp Chủ trì Phối hợp Tiến độ Ghi chú",
                "II | Hoàn thiện thể chế, chính sách"));
        for (int k = 1; k <= 9; k++) out.add(k + " | Trien khai nhiem vu so " + k + " ve chuyen doi so | So Noi vu | 2026");
        out.addAll(List.of(lines));
        return out;
    }

    @Test
    void readsSubRowsUnderARowAlsoWhenTheOcrDroppedTheirDot() {
        List<String> lines = afterNineRows(
                "10 | Trien khai cac quy dinh sau khi cac Luat, Nghi dinh co hieu luc thi hanh",
                "10.1 | Co che tai chinh trong thuc hien nhiem vu khoa hoc | So Tai chinh | Cac So, ban, nganh | Thuong xuyen",
                "Co che thi diem de doanh nghiep thu nghiem cong nghe moi, mo hinh",
                "102 | kinh doanh moi co su giam sat cua Nha nuoc | So Khoa hoc va Cong nghe | Thuong xuyen",
                "103 quy dinh ve quy dau tu mao hiem cho khoi nghiep sang tao | So Khoa hoc va Cong nghe | Thuong xuyen",
                "11 | Xay dung ke hoach thu hut dau tu vao khu cong nghe thong tin tap trung | So Tai chinh | 2026");
        List<TaskRow> rows = parse(lines, "2025").subList(9, 14);
        assertThat(rows).extracting(TaskRow::row).containsExactly("10", "10.1", "10.2", "10.3", "11");
        assertThat(rows.get(0).task()).contains("co hieu luc thi hanh").doesNotContain("Co che tai chinh");
        assertThat(rows.get(1).task()).startsWith("Co che tai chinh").doesNotContain("10.1");
        assertThat(rows.get(1).lead()).containsExactly("Sở Tài chính");
        // the sub-row's text centred on its number starts on the line above it
        assertThat(rows.get(2).task()).startsWith("Co che thi diem de doanh nghiep thu nghiem cong nghe moi");
        assertThat(rows.get(2).lead()).containsExactly("Sở Khoa học và Công nghệ");
        assertThat(rows.get(3).task()).startsWith("quy dinh ve quy dau tu mao hiem");
        assertThat(rows.get(4).lead()).containsExactly("Sở Tài chính");
    }

    @Test
    void aSubRowCentredOnItsNumberDoesNotTakeItsRowsOwnText() {
        List<TaskRow> rows = parse(afterNineRows(
                "10",
                "Tap trung nguon luc, uu tien thu hut dau tu cac du an khoa hoc, cong nghe va",
                "doi moi sang tao, cong nghe thong tin nam trong danh muc cac Chuong trinh",
                "da duoc phe duyet:",
                "Quyet dinh so 96/QD-TTg ngay 06/01/2022 cua Thu tuong Chinh phu",
                "10.1 | phe duyet De an phat trien ung dung du lieu ve dan cu | Cong an tinh | Thuong xuyen",
                "11 | Xay dung ke hoach thu hut dau tu vao khu cong nghe thong tin tap trung | So Tai chinh | 2026"), "2025").subList(9, 12);
        assertThat(rows).extracting(TaskRow::row).containsExactly("10", "10.1", "11");
        assertThat(rows.get(0).task()).startsWith("Tap trung nguon luc");
        assertThat(rows.get(1).task()).startsWith("Quyet dinh so 96");
    }

    @Test
    void aNumberThatOnlyLooksLikeASubRowIsNone() {
        // under row 3 (below 10, where "31" would be row 31) and past three missing sub-rows: no sub-row
        List<TaskRow> rows = parse(List.of(
                "STT Nhiệm vụ và giải pháp Chủ trì Phối hợp Tiến độ Ghi chú",
                "3 | Trien khai ha tang so dung chung cua tinh | So Khoa hoc va Cong nghe | Thuong xuyen",
                "31 | cac co quan nha nuoc ket noi mang truyen so lieu chuyen dung",
                "3.7 | thiet bi dau cuoi cho can bo xa",
                "4 | Xay dung kho du lieu dung chung | So Khoa hoc va Cong nghe | 2026"), "2025");
        assertThat(rows).extracting(TaskRow::row).containsExactly("3", "4");
    }

    @Test
    void aGroupTitleCentredOnItsNumeralOpensOnTheLineAbove() {
        List<TaskRow> rows = parse(List.of(
                "STT Nhiệm vụ và giải pháp Chủ trì Phối hợp Tiến độ Ghi chú",
                "III | Tăng cường đầu tư, hoàn thiện hạ tầng cho khoa học, công nghệ",
                "1 | Nâng cao chất lượng, hiệu quả hoạt động của Trung tâm Công nghệ sinh học | Sở Khoa học và Công nghệ 2025-2030",
                "tinh nong san tren nen tang sinh hoc.",
                "Thu hut va trong dung nhan luc chat luong cao, dac biet la cac nha khoa hoc den tu cac truong dai hoc, to",
                "IV | chuc nghien cuu trong va ngoai nuoc de dap ung yeu cau phat trien khoa hoc, cong nghe",
                "1 | Trien khai thuc hien chinh sach dac thu thu hut, tuyen dung nhan luc | So Noi vu 2025"), "2025");
        assertThat(rows).extracting(TaskRow::group).containsExactly("III", "IV");
        assertThat(rows.getFirst().task()).contains("sinh hoc").doesNotContain("Thu hut");
    }

    @Test
    void oneLetterAndDebrisIsNoLetteredGroupHeading() {
        List<TaskRow> rows = parse(List.of(
                "STT Nhiệm vụ và giải pháp Chủ trì Phối hợp Tiến độ Ghi chú",
                "Ra soat, dé xuat véi Bo, nganh Trung wong stra doi cac quy dinh vé thué",
                "1 | cong nghé so, tao hanh lang phap ly ro rang | So Tai chinh | Nam 2026",
                "A . L % f N Truong Pai hoc",
                "Phat trién mang ludi giang vién, nha khoa hoc va chuyén gia nguoi Viét Nam",
                "2 | ludi chuyén gia, nha khoa hoc qudc té | So Gido duc va Dao tao | Thuong xuyén"), "2025");
        assertThat(rows).extracting(TaskRow::row).containsExactly("1", "2");
        assertThat(rows).extracting(TaskRow::group).containsOnly("");
    }

    @Test
    void countsDigitsTheOcrPutForLettersAsPartOfAWord() {
        assertThat(TaskTableParser.isReadable("Chuyén d6i s6 nganh Y té:")).isTrue();
        assertThat(TaskTableParser.isReadable("X Ne o1~ . A A")).isFalse();
    }

    @Test
    void findsATaskWhoseRowNumberTheOcrLost() {
        List<TaskRow> rows = parse(List.of(
                "TT Tên nhiệm vụ Cơ quan chủ trì Cơ quan phối hợp Thời gian hoàn thành",
                "1 Xây dựng kế hoạch chuyển đổi số cấp tỉnh năm 2025 Sở Khoa học và Công nghệ Các sở, ngành 6/2025",
                "Triển khai nền tảng dữ liệu dùng chung của tỉnh và kết nối Công an tỉnh Các sở, ngành 12/2025",
                "3 Tổ chức đào tạo kỹ năng số cho cán bộ, công chức toàn tỉnh Sở Nội vụ Các sở, ngành Thường xuyên"), "2025");
        assertThat(rows).extracting(TaskRow::row).containsExactly("1", "2", "3");
        assertThat(rows.get(1).task()).startsWith("Triển khai nền tảng dữ liệu");
    }

    @Test
    void readsALeadCellPrintedOnTheTasksLastLineAndADayDeadlineOverTwoLines() {
        List<TaskRow> rows = parse(List.of(
                "TT Tên nhiệm vụ", "Cơ quan", "chủ trì", "Cơ quan", "phối hợp", "Thời gian", "hoàn thành",
                "1. Triển khai xây dựng Trung tâm chỉ huy điều ", "hành tác chiến điện tử Công an tỉnh Công an tỉnh", "",
                "Các sở, ban, ", "ngành, địa ", "", "phương", "", "Kế hoạch Trước ngày ", "", "23/02/2026",
                "2.", "", "Nâng cấp nông sản đặc thù tỉnh", "", "Sở Khoa học và ", "Công nghệ", "", "Các sở, ngành", "", "Tháng 5"), "2026");
        assertThat(rows).hasSize(2);
        assertThat(rows.getFirst().task()).endsWith("tác chiến điện tử Công an tỉnh");
        assertThat(rows.getFirst().lead()).containsExactly("Công an tỉnh");
        assertThat(rows.getFirst().deadline().normalized()).isEqualTo("2026-02-23");
        // "thù tỉnh" is no agency cell: names in a cell start with a capital
        assertThat(rows.get(1).task()).isEqualTo("Nâng cấp nông sản đặc thù tỉnh");
        assertThat(rows.get(1).lead()).containsExactly("Sở Khoa học và Công nghệ");
    }

    @Test
    void takesAGeneralLeadThatStandsLeftOfANamedDepartment() {
        List<TaskRow> rows = parse(List.of(
                "STT Nhiệm vụ Chủ trì Phối hợp Thời gian",
                "1 | Ra soat cac quy dinh phap luat dé thao gd kip thoi cac diem nghen phuc vu phat trien",
                "hoat dong khoa hoc cong nghe va doi moi sang tao. Cac so, ban, nganh, dia phuong So Tu phap 6/2025",
                "2 | Xay dung co che chinh sach thu hut doanh nghiep khoa hoc va cong nghe dau tu vao tinh",
                "cua dia phuong theo tham quyen cua tinh nha S& Khoa hoc va Cong nghé Cac so, ban, nganh 12/2025"), "2025");
        assertThat(rows).hasSize(2);
        assertThat(rows.getFirst().lead()).containsExactly("Các sở, ban, ngành, địa phương");
        assertThat(rows.get(1).lead()).containsExactly("Sở Khoa học và Công nghệ");
    }

    @Test
    void aLeadCellListsTheNamesAfterACommaThatClosesAWrappedName() {
        List<TaskRow> rows = parse(List.of(
                "STT Nhiệm vụ Chủ trì Phối hợp Thời gian",
                "Xay dung chuong trinh, ké hoach phat dong phong trao Sé Khoa hoc",
                "hoc tap trén cac nén tang sé dé trd thanh phong trao C A A C \\ :",
                "Iy va Cong nghe, Céc s0, ban, nganh, dia . o",
                "3 hoc tap so > thuong xuyén, lién tuc, pho cap, nang cao NP Thuong xuyén",
                "S& Gido duc phuong",
                "kién thire vé khoa hoc, cong nghe, d6i méi sang tao, ki va Dio tao"), "2025");
        assertThat(rows).hasSize(1);
        assertThat(rows.getFirst().lead()).containsExactly("Sở Khoa học và Công nghệ", "Sở Giáo dục và Đào tạo");
    }

    @Test
    void aCommaOfTheTasksProseDoesNotListANameWithTheLead() {
        List<TaskRow> rows = parse(List.of(
                "STT Nhiệm vụ Chủ trì Phối hợp Thời gian",
                "Ra soat, stra d6i, ban hanh cac quy dinh vé thi dua,",
                "khen thudng theo huéng mé rong cac hinh thire, kip",
                "tho1 ton vinh, biéu duong, khen thudng xtg dang cac - NTA S Khoa hoc va Cong",
                "12 nha khoa hoc, nha sang ché, cdc doanh nghiép, to chﬁg, 36 Noi vy nghé 12/2025",
                "ca nhan c6 thanh tichv trong k}loa hoc, cong nghé, doi"), "2025");
        assertThat(rows).hasSize(1);
        // and "Sở Khoa học và Công" goes on with "nghệ" right of "Sở Nội vụ": it is in the column after the lead's
        assertThat(rows.getFirst().lead()).containsExactly("Sở Nội vụ");
    }

    @Test
    void aShortLineOpensTheLeadCellWhenOnlyDebrisStandsBeforeTheName() {
        List<TaskRow> rows = parse(List.of(
                "STT Nhiệm vụ Chủ trì Phối hợp Thời gian",
                "Trién khai huéng dan, thiic ddy doanh nghiép cung cap n .",
                ": aia . 2R A o . Cong an tinh, s . :",
                "dich vu thuong mai dién tir d€ nghién ctru st dung dinh A Cac S¢, ban, nganh, dia",
                "16 < N c . : So Cong 2025",
                "danh va xac thuc dién tir trong cac giao dich thuong mai Thuong phuong"), "2025");
        assertThat(rows).hasSize(1);
        assertThat(rows.getFirst().lead()).containsExactly("Công an tỉnh", "Sở Công Thương");
    }

    @Test
    void aLowerCaseNameInsideACleanTasksTextDoesNotEndTheTask() {
        List<TaskRow> rows = parse(List.of(
                "TT Tên nhiệm vụ", "Cơ quan", "chủ trì", "Cơ quan", "phối hợp", "Thời gian",
                "1.", "", "Đầu tư, xây dựng Trường Cao đẳng Cộng ", "đồng Đồng Tháp nằm trong nhóm dẫn đầu các cơ ",
                "sở giáo dục nghề nghiệp khu vực đồng bằng ", "sông Cửu Long", "",
                "Trường Cao ", "đằng Cộng ", "", "đồng", "Đồng Tháp", "", "Các Sở: Khoa ", "học và Công ", "", "nghệ; Giáo ",
                "dục và Đào ", "tạo", "", "Trước 15/7/2026"), "2026");
        assertThat(rows).hasSize(1);
        assertThat(rows.getFirst().task()).endsWith("sông Cửu Long");
        assertThat(rows.getFirst().lead()).containsExactly("Trường Cao đẳng Cộng đồng Đồng Tháp");
    }

    @Test
    void ofTwoGeneralNamesOnALineTheFirstLeads() {
        List<TaskRow> rows = parse(List.of(
                "STT Nhiệm vụ Chủ trì Phối hợp Thời gian",
                "Xay dung De an thi diem co che thu nghiem chinh sach Cac sé, ban, Céc S&, ban, nganh, dia khi Thu tuéng",
                "1 | nham thuc day nghién clru, phat trién, tng dung, chuyén . Chinh pht ban",
                "A A 1o A . \\ - nganh phuong phu",
                "giao cong nghé¢ chién lugce trong cac nganh, linh vuc hanh cac Chuong"), "2025");
        assertThat(rows).hasSize(1);
        assertThat(rows.getFirst().lead()).containsExactly("Các sở, ban, ngành");
    }

    @Test
    void theColumnRulesTellTheLeadCellFromTheCoordinatingOne() {
        List<TaskRow> rows = parse(List.of(
                "STT Nhiệm vụ và giải pháp Chủ trì Phối hợp Tiến độ Ghi chú",
                "Xdy dung Khong gian Khoa hoc & STEM | | TC; NN&MT va cac | Ddu tu tir nam 2026;",
                "15 | Nong nghi¢p tai Trung tdm Sinh hoat Thanh | Tinh Poan oA N 9",
                "thiéu nhi DS ng Thép co quan, don vi lién | hoan thanh nam 2027."), "2025");
        assertThat(rows).hasSize(1);
        assertThat(rows.getFirst().lead()).containsExactly("Tỉnh đoàn");
    }

    @Test
    void readsALetterBeforeAColumnRuleAsTheDigitItResembles() {
        assertThat(TaskTableParser.readMisreadDigit("g |cung cap mien phi kien thuc", 9)).isEqualTo("9 |cung cap mien phi kien thuc");
        assertThat(TaskTableParser.readMisreadDigit("I | Xay dung", 1)).isEqualTo("1 | Xay dung");
        // only where that digit is the row number due
        assertThat(TaskTableParser.readMisreadDigit("g |cung cap", 4)).isEqualTo("g |cung cap");
        assertThat(TaskTableParser.readMisreadDigit("go | khong", 9)).isEqualTo("go | khong");
    }

    @Test
    void aNumberOutOfTurnInsideASentenceIsDebrisButLoneDigitsAfterARowNumberAreNot() {
        List<TaskRow> rows = parse(List.of(
                "STT Nhiệm vụ Chủ trì Phối hợp Thời gian",
                "Trien khai cac Tieu De an phuc vu chuyen doi so, bao dam ket noi voi De an 06",
                "1 | Xay dung san giao dich viec lam; Xay dung san giao dich bat dong san So Tai chinh 2025",
                "Mo hinh du lich thong tin; Day manh thuc hien Chi thi chong that thu thue, dam bao",
                "4 chong that thu thue, dam bao an ninh tien te tren nen tang thuong mai dien tu; So Van hoa",
                "Trien khai huong dan, thuc day doanh nghiep cung cap dich vu thuong mai dien tu",
                "2 | de nghien cuu su dung dinh danh va xac thuc dien tu So Cong Thuong 2025",
                "Trien khai De an chuyen doi so, benh an dien tu tai mot so benh vien cua tinh 2025",
                "3 | 2 4 S SoY te Cong an tinh va cac dia phuong"), "2025");
        assertThat(rows).extracting(TaskRow::row).containsExactly("1", "2", "3");
        assertThat(rows.get(2).lead()).containsExactly("Sở Y tế");
    }

    @Test
    void aNumberOutOfTurnBeforeAColumnRuleStillStartsARow() {
        // row 2's number lost; row 3 reads on from words above it that open no known task
        List<TaskRow> rows = parse(List.of(
                "STT Nhiệm vụ Chủ trì Phối hợp Thời gian",
                "1 | Xay dung va trien khai De an dao tao, boi duong can bo | So Noi vu | Quy I/2026",
                "Thfle déyq nghien cuu khoa hoc, doi moi sang tao ve chuyen doi so trong giao duc",
                "3 | hoa ha tang - nen tang, so hoa noi dung - chuong trinh | So Giao duc va Dao tao | Thuong xuyen"), "2026");
        assertThat(rows).extracting(TaskRow::row).containsExactly("1", "3");
    }

    @Test
    void aRowNumberedOnlyByItsPlaceHasNoPrintedNumberToFind() {
        assertThat(TaskTableParser.afterNumber("3.1 | Xây dựng kế hoạch", "3.1+")).isNull();
        assertThat(TaskTableParser.afterNumber("3.1 | Xây dựng kế hoạch", "3.1")).isEqualTo("Xây dựng kế hoạch");
    }

    @Test
    void aRowNumberWhoseDotTheOcrReadAsACommaOrAQuoteStillOpensItsRow() {
        List<TaskRow> rows = parse(List.of(
                "STT Tên nhiệm vụ Cơ quan chủ trì Cơ quan phối hợp Thời gian",
                "1 Xay dung ke hoach chuyen doi so cua tinh nam 2026 So Noi vu Cac so, ban, nganh Quy I/2026",
                "va cac nam tiep theo",
                "2, Trien khai nen tang du lieu dung chung cua tinh So Tai chinh Cac so, ban, nganh Quy II/2026",
                "phuc vu chinh quyen so",
                "3‘ To chuc tap huan ky nang so cho can bo cong chuc So Noi vu Cac so, ban, nganh Quy III/2026",
                "cap tinh va cap xa"), "2026");
        assertThat(rows).extracting(TaskRow::row).containsExactly("1", "2", "3");
        assertThat(rows.get(1).lead()).containsExactly("Sở Tài chính");
        assertThat(rows.get(2).task()).startsWith("To chuc tap huan");
    }
}
