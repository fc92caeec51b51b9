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
}
