package vn.camket.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class AgencyDirectoryTest {
    private final AgencyDirectory agencies = AgencyDirectory.load();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Sở Khoa học và Công nghệ | Sở Khoa học và Công nghệ",
            "Sở KH&CN | Sở Khoa học và Công nghệ",
            "So KH & CN | Sở Khoa học và Công nghệ",
            "S& Khoa hoc va Cong nghé | Sở Khoa học và Công nghệ",
            "SKHCN | Sở Khoa học và Công nghệ",
            "S¢ Tai chinh | Sở Tài chính",
            "Sé& Khoa hoc va Cong nghé | Sở Khoa học và Công nghệ",
            "36 Tai chinh | Sở Tài chính",
            "SH Y té | Sở Y tế",
            "56 Khoa hoc va Cong nghé | Sở Khoa học và Công nghệ",
            "g Giao duc va Pao tao | Sở Giáo dục và Đào tạo",
            "SoTC hi | Sở Tài chính",
            "2 4 S SoY te Cong | Sở Y tế",
            "C°P€30 SyKH&CN | Sở Khoa học và Công nghệ",
            "§ Khoa hoc va Cong nghé | Sở Khoa học và Công nghệ",
            "Vin phong UBND tinh | Văn phòng Ủy ban nhân dân tỉnh",
            "Cac' 59, bgn, nganh, dia phuong | 'Các sở, ban, ngành, địa phương'",
            "Céc S&, ban, nganh, dia | 'Các sở, ban, ngành, địa phương'",
            "Sở NN&MT | Sở Nông nghiệp và Môi trường",
            "Cong an tinh | Công an tỉnh",
            "Van phong UBND tinh | Văn phòng Ủy ban nhân dân tỉnh",
    })
    void resolvesSpellingsAndOcrGarble(String raw, String canonical) {
        assertThat(agencies.resolve(raw)).containsExactly(canonical);
    }

    @Test
    void readsNoAgencyInTheIssuerCodeOfACitedDocumentsNumber() {
        AgencyDirectory all = AgencyDirectory.loadWithCentral();
        assertThat(all.resolve("Theo Thông báo số 45/TB-VPCP")).isEmpty();
        assertThat(all.resolve("Thong bao so 45/TB- VPCP")).isEmpty();
        // the same code standing as a name of its own is still read
        assertThat(all.resolve("VPCP")).containsExactly("Văn phòng Chính phủ");
    }

    @Test
    void readsNoAgencyInAnIssuerCodeTheOcrCarriedToTheNextLine() {
        AgencyDirectory all = AgencyDirectory.loadWithCentral();
        var found = all.findInLines(java.util.List.of("Xây dựng đề án chuyển đổi số     Sở Tài chính     số 45/TB-",
                "cho các cơ quan nhà nước                                       VPCP"));
        assertThat(found.get(0)).extracting(m -> m.agency().name()).containsExactly("Sở Tài chính");
        assertThat(found.get(1)).isEmpty();
    }

    @Test
    void expandsDepartmentListsByAbbreviation() {
        assertThat(agencies.resolve("Các Sở: KH&CN; TC; NN&MT")).containsExactly(
                "Sở Khoa học và Công nghệ", "Sở Tài chính", "Sở Nông nghiệp và Môi trường");
    }

    @Test
    void mapsMergedDepartmentsToTodaysAgency() {
        assertThat(agencies.byName("Sở Kế hoạch và Đầu tư").today()).isEqualTo("Sở Tài chính");
        assertThat(agencies.byName("Sở Thông tin và Truyền thông").today()).isEqualTo("Sở Khoa học và Công nghệ");
    }

    @Test
    void keepsTheNameAPlanPrintsForAnAgencyWithTodaysAgencyBesideIt() {
        // the record shows the lead as the plan names it; search and facets reach it through today's agency
        Agency communes = agencies.byName(agencies.resolve("UBND cac xa, phuong").getFirst());
        assertThat(communes.name()).isEqualTo("Ủy ban nhân dân các xã, phường");
        assertThat(communes.today()).isEqualTo("Ủy ban nhân dân cấp xã");
        assertThat(communes.isLocalGovernment()).isTrue();
        assertThat(agencies.resolve("UBND cap xa")).containsExactly("Ủy ban nhân dân cấp xã");
    }

    @Test
    void doesNotTakeOrdinaryWordsForAbbreviations() {
        assertThat(agencies.resolve("nhan dan va doanh nghiep")).isEmpty();
        // two misread words in a row make another name
        assertThat(agencies.resolve("g Giao duc Céc S&, ban, nganh")).doesNotContain("Giám đốc sở, ban, ngành");
    }

    @Test
    void prefersALongerNameThatAnOcrCellWrapsOntoTheNextLines() {
        var found = agencies.findInLines(java.util.List.of(
                "thuc hién cac giai phap, glall - cae sO, nganh, S¢ Khoa hoc va Cong", "5 | phap linh hoat sang tao", "X dia phuong nghé"));
        assertThat(found.getFirst()).extracting(AgencyMention::name)
                .containsExactly("Các sở, ban, ngành, địa phương", "Sở Khoa học và Công nghệ");
    }

    @Test
    void takesALowerCaseSoInsideASentenceForSoNotSo() {
        // "số" / "sở" of running text fold to the "so" that "Sở" folds to: only a capitalised one names a department
        assertThat(agencies.resolve("ky nang so cong chuc")).isEmpty();
        assertThat(agencies.resolve("cac co sO gido duc dai hoc")).isEmpty();
        assertThat(agencies.resolve("mot cira s6 du diéu kién")).isEmpty();
        assertThat(agencies.resolve("phoi hop So Cong thuong")).containsExactly("Sở Công Thương");
        assertThat(agencies.findInLines(java.util.List.of("ky nang so cong", "chuc chinh tri", "thuong xuyén"))
                .stream().flatMap(java.util.List::stream).toList()).isEmpty();
    }

    @Test
    void readsANameWhoseTwoWordsTheOcrPrintedAsOne() {
        assertThat(agencies.resolve("S Taichinh | Các Doanh nghiệp")).containsExactly("Sở Tài chính");
        assertThat(agencies.resolve("S& Gidoduc va Dao tao")).containsExactly("Sở Giáo dục và Đào tạo");
        // and wrapped onto the next line
        var found = agencies.findInLines(java.util.List.of(
                "nudc, hoan thien chinh sach mien tru trach nhiem doi voi | So Khoahoc | Cac So, ban, nganh;",
                "doanh nghiep, to chuc, ca nhan trong truong hop thu | va Cong nghe UBND cap xa"));
        assertThat(found.get(0)).extracting(AgencyMention::name).contains("Sở Khoa học và Công nghệ");
        // one word only where the name has two: "khoa" alone is no "khoa học"
        assertThat(agencies.resolve("So Khoa va Cong nghe")).doesNotContain("Sở Khoa học và Công nghệ");
    }

    @Test
    void followsANameThatAnOcrCellWrapsOntoTheNextLines() {
        var lines = java.util.List.of(
                "Ung dung tri tue nhan tao (AI) ho tro phan tich, canh S& Nong : C n",
                "bao thien tai, ung pho voi bien doi khi hau | nghiép va Moéi S0 Khoa hoc va Cong 12/2026",
                "nghé, cac dia phuong",
                "moi truong truong");
        var found = agencies.findInLines(lines);
        assertThat(found.get(0)).extracting(AgencyMention::name).containsExactly("Sở Nông nghiệp và Môi trường");
        assertThat(found.get(0).getFirst().charStart()).isGreaterThan(40);
        // without the rest of the name on the next lines, two words are no agency
        assertThat(agencies.findInLines(java.util.List.of("canh S& Nong : C n", "bao thien tai"))).allMatch(java.util.List::isEmpty);
    }

    @Test
    void identifiesAWholeNameAsOneAgency() {
        assertThat(agencies.identify("Văn phòng UBND tỉnh", w -> false).name()).isEqualTo("Văn phòng Ủy ban nhân dân tỉnh");
        assertThat(agencies.identify("Sở Kế hoạch và Đầu tư (Sở Tài chính)", w -> false).name()).isEqualTo("Sở Kế hoạch và Đầu tư");
        assertThat(agencies.identify("Hợp tác xã Đồng Tháp", w -> true)).isNull();
        assertThat(agencies.identify("Sở Y tế và Sở Tài chính", w -> false)).isNull();
    }

    @Test
    void anEntryWithAProvinceSlotNamesOneAgencyPerProvince() {
        assertThat(agencies.resolve("Trường CĐCĐ Đồng Tháp")).containsExactly("Trường Cao đẳng Cộng đồng Đồng Tháp");
        assertThat(agencies.resolve("Đảng bộ Trường Đại học An Giang")).containsExactly("Đảng bộ Trường Đại học An Giang");
        // recognised, but not listed as agencies of their own (most of them do not exist)
        assertThat(agencies.all()).extracting(Agency::name).noneMatch(n -> n.startsWith("Trường"));
        var parsed = AgencyDirectory.parse(java.util.List.of("Trường Đại học {tỉnh}\t\tĐại học {tỉnh}"),
                java.util.List.of(new Province("Kiên Giang", "tỉnh", "An Giang")));
        assertThat(parsed.resolve("Đại học Kiên Giang")).containsExactly("Trường Đại học Kiên Giang");
    }

    @Test
    void readsTheOcrsYForUAndPForD() {
        assertThat(agencies.resolve("36 Noi vy nghé")).containsExactly("Sở Nội vụ");
        assertThat(agencies.resolve("Truong Pai hoc An Giang")).containsExactly("Trường Đại học An Giang");
    }

    @Test
    void aWrappedNameIsTheOneWithMostWordsAsPrinted() {
        // "Trường Cao đẳng Cộng" ⏎ "đồng Đồng Tháp" in the OCR's "Pong": not "… Cao Bằng" from "cao dang" two lines on
        var found = agencies.findInLines(java.util.List.of(
                "Pau tu, xdy dung Trudng Cao dang Cong",
                "d6ng Pong Thap dat cac diéu kién dé danh gia",
                "va duoc cong nhan trudng cao dang chat"));
        assertThat(found.getFirst()).extracting(AgencyMention::name).containsExactly("Trường Cao đẳng Cộng đồng Đồng Tháp");
    }

    @Test
    void followsAWrappedNameToItsLongestRunOnTheNextLine() {
        // "ngành" stands in the task's prose ("các ngành") before the cell's "ngành, địa" on the same line
        var found = agencies.findInLines(java.util.List.of(
                "Day manh so hoa du lieu, khai thac ung dung cat giam Cac SO, bgn, Vin phong UBND tinh, 2025",
                "tha tuc hanh chinh - khong phu thuoc cac nganh, trong nganh, dia",
                "tam la linh vuc tu phap, giao duc, y te, dat dai phuong"));
        assertThat(found.getFirst()).extracting(AgencyMention::name).contains("Các sở, ban, ngành, địa phương");
    }

    @Test
    void aListOfDepartmentsAfterCacSoIsNoWrappedGeneralName() {
        var found = agencies.findInLines(java.util.List.of(
                "dinh thi diém mot s6 co ché, chinh sach dic Cac So: CT; TC; 3112?111",
                "03 | biét tao dot pha phat trién KHCN, DMST va S NN&MT va cic co",
                "CDS quoc gia khi Chinh phu va cac Bg, nganh | KH&CN quan, don vi lién"));
        assertThat(found.getFirst()).extracting(AgencyMention::name).containsExactly("Sở Công Thương", "Sở Tài chính");
    }

    @Test
    void aProvincesNameInANameIsReadWithoutForgivingALetter() {
        // "dai hoc, cao" ⏎ "dang nghe": "dang" is one letter off "Bằng", and no "Trường Đại học Cao Bằng"
        assertThat(agencies.findInLines(java.util.List.of("ban tinh so giao duc", "dai hoc, cao", "dang nghe")))
                .allSatisfy(l -> assertThat(l).extracting(AgencyMention::name).noneMatch(n -> n.contains("Cao Bằng")));
        assertThat(agencies.resolve("Truong Dai hoc Nam Tinh")).isEmpty();
        assertThat(agencies.resolve("Truong Dai hoc Pong Thap")).containsExactly("Trường Đại học Đồng Tháp");
    }

    @Test
    void aLongWrappedNameMayHaveOneWordMisreadPastAnySyllable() {
        // "S'O KAhoa hQCA" ⏎ "A va Cong nghé": "hqca" is no syllable, and the words around it are the name's
        var found = agencies.findInLines(java.util.List.of(
                "14 |sang tao tinh An Giang nham phat trién kinh té dia S‘O KAhoa hQCA Cac 50, ban, nganh, dia 2025-2030",
                "A va Cong nghé phuong"));
        assertThat(found.getFirst()).extracting(AgencyMention::name).first().isEqualTo("Sở Khoa học và Công nghệ");
        // a real word is not read as another ("bảo trợ xã hội" is no "Bảo hiểm xã hội"), nor is debris with digits
        assertThat(agencies.findInLines(java.util.List.of("phong chong te nan xa hoi, bao tro xa hoi.", "Y te thong minh tinh")))
                .allSatisfy(l -> assertThat(l).extracting(AgencyMention::name).noneMatch(n -> n.startsWith("Bảo hiểm")));
        assertThat(agencies.findInLines(java.util.List.of("cac hoa:[ d@r}g 1gh0a hoc,", "cong nghe, doi moi sang tao va")))
                .allSatisfy(l -> assertThat(l).extracting(AgencyMention::name).doesNotContain("Sở Khoa học và Công nghệ"));
        // the name's last word must be printed right when one of its words is unread
        assertThat(agencies.findInLines(java.util.List.of("tro xa hoi, bao trg xa hoi.", "Y te thong minh")))
                .allSatisfy(l -> assertThat(l).extracting(AgencyMention::name).noneMatch(n -> n.startsWith("Bảo hiểm")));
    }

    @Test
    void aRealWordMayStandForANamesWordWhereItClosesTheFirstPieceAndTheRestIsPrintedRightBelow() {
        // "S'o KAhoa thA" ⏎ "… va Cong nghé": "thA" is a syllable, yet the name goes on below word for word
        var found = agencies.findInLines(java.util.List.of(
                "19 Trien khai dan ky, cap chir ky s6 cho cac co so y te, S‘o KAhoa thA 36 Y & 06/2025",
                "can by, nhan vién y té va Cong nghé"));
        assertThat(found.getFirst()).extracting(AgencyMention::name).first().isEqualTo("Sở Khoa học và Công nghệ");
        // a real word is not read as another word of a name that goes on below for fewer than three words
        assertThat(agencies.findInLines(java.util.List.of("giam Cac SO, ban, Vin phong UBND tinh", "nganh, trong nganh, dia")))
                .allSatisfy(l -> assertThat(l).extracting(AgencyMention::name).doesNotContain("Giám đốc sở, ban, ngành"));
    }

    @Test
    void theMatchFormKeepsEachWordWherePrintedSoThatProseSoIsToldFromSo() {
        // "Y & 06" and "S'o" are read as "y&06" and "so" without moving the words after them in the line
        String line = "cap chir ky s6 cho cac co so y te, S‘o Khoa hoc va Cong nghe 36 Y & 06/2025";
        assertThat(AgencyDirectory.matchForm(line)).hasSameSizeAs(line);
        // so "cơ sở y tế" in the task's sentence is not "Sở Y tế"
        assertThat(agencies.find(line)).extracting(AgencyMention::name).first().isEqualTo("Sở Khoa học và Công nghệ");
    }

    @Test
    void readsSoThroughTheOcrChannelBeforeACapitalisedName() {
        // "Sở" misread in forms no list spells out; the channel model finds them likely, a capital follows
        assertThat(agencies.resolve("lap bao cao dinh ky Sd Tài chính chủ trì")).containsExactly("Sở Tài chính");
        String line = "dua vao van hanh Sd Nội vụ";
        assertThat(AgencyDirectory.matchForm(line)).hasSameSizeAs(line);
        assertThat(agencies.resolve(line)).containsExactly("Sở Nội vụ");
        // a word of the task's sentence is no "Sở": "sd" in lower case, or "Sa" before a lower-case word
        assertThat(agencies.resolve("giam sd tai chinh cong")).isEmpty();
        assertThat(agencies.resolve("Sa mac hoa dat dai")).isEmpty();
    }

    @Test
    void readsANameWhoseSpacesTheOcrLostOverThreeWords() {
        assertThat(agencies.resolve("To chuc tap huan So Giaoducva Dao tao")).containsExactly("Sở Giáo dục và Đào tạo");
        assertThat(agencies.resolve("Sở Giáodục và Đàotạo chủ trì")).containsExactly("Sở Giáo dục và Đào tạo");
    }

    @Test
    void readsGarbledAndGluedNamesThroughTheOcrChannel() {
        // "Sở" printed as "SG" or glued to the name, the spaces of a name lost after a comma or a capital
        assertThat(agencies.resolve("Bao cao ket qua SG Khoa hoc va Cong nghe")).containsExactly("Sở Khoa học và Công nghệ");
        assertThat(agencies.resolve("Lap de an | SOTaichinh | Quy IV")).containsExactly("Sở Tài chính");
        assertThat(agencies.resolve("Cacsd,ban,nganh, dia phuong")).containsExactly("Các sở, ban, ngành, địa phương");
    }

    @Test
    void aRealWordPrintedInPlaceOfANamesWordIsThatWord() {
        // "Hội đồng nhân dân" garbled is no "Hội Nông dân": "đồng" is one letter off "nông" but a word of its own
        assertThat(agencies.resolve("trinh Hoi dong nhan dan tinh ban hanh")).doesNotContain("Hội Nông dân tỉnh");
        assertThat(agencies.resolve("Vin phong UBND tinh")).containsExactly("Văn phòng Ủy ban nhân dân tỉnh");
    }
}
