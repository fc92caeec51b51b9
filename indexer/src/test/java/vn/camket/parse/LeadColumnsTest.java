package vn.camket.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LeadColumnsTest {
    private final AgencyDirectory agencies = AgencyDirectory.load();

    @Test
    void localGovernmentYieldsToADepartmentWhereNoColumnTellsTheLead() {
        var mentions = agencies.find("tai san tri tue UBND cac huyen, thanh pho; cac co quan. " + "x ".repeat(50) + "So KH&CN");
        assertThat(LeadColumns.interleavedLead(mentions)).extracting(AgencyMention::name).containsExactly("Sở Khoa học và Công nghệ");
    }

    @Test
    void aNamedAgencyFarBeforeADepartmentLeads() {
        var mentions = agencies.find("Công an tỉnh " + "x ".repeat(50) + "So KH&CN");
        assertThat(LeadColumns.interleavedLead(mentions)).extracting(AgencyMention::name).containsExactly("Công an tỉnh");
    }

    @Test
    void countsTheCellsByTheColumnRulesAfterTheTask() {
        String line = "Nong nghiep tai Trung tam Sinh hoat Thanh | Tinh Doan | So Tai chinh | 2027";
        var found = agencies.find(line);
        assertThat(LeadColumns.cellAfterRules(line, found.get(0), line.length())).isEqualTo(1);
        assertThat(LeadColumns.cellAfterRules(line, found.get(1), line.length())).isEqualTo(2);
        // one rule, then words of the cell before the name: the rule does not tell which cell it is
        String wrapped = "bao thien tai, ung pho voi bien doi khi hau | nghiep va Moi So Khoa hoc va Cong 12/2026";
        assertThat(LeadColumns.cellAfterRules(wrapped, agencies.find(wrapped).getLast(), wrapped.length())).isZero();
    }

    @Test
    void aGeneralNameOpeningTheRowIsTheTasksSubjectNotItsLead() {
        java.util.List<String> lines = java.util.List.of(
                "Cac dia phuong ra soat, bo sung du lieu ho tich Cac so, ban, nganh So Tu phap Quy II/2026",
                "va dat dai tren dia ban theo huong dan chung");
        var mentions = lines.stream().map(agencies::find).toList();
        LeadColumns columns = new LeadColumns(agencies, lines, 45);
        // the first line's general name after the task ("Các sở, ban, ngành") still decides; the subject does not
        assertThat(columns.generalLead(lines, mentions, 45)).extracting(AgencyMention::name).isEqualTo("Các sở, ban, ngành");
    }
}
