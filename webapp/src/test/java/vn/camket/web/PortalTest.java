package vn.camket.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import com.jayway.jsonpath.JsonPath;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The portal over the bundled corpus: pages, API, exports, bad input, escaping, headers. */
@SpringBootTest
@AutoConfigureMockMvc
class PortalTest {

    @DynamicPropertySource
    static void props(DynamicPropertyRegistry r) {
        TestCorpus.register(r, "portal");
    }

    @Autowired MockMvc mvc;

    @Test
    void homeAndSearchPagesRenderInVietnameseByDefault() throws Exception {
        mvc.perform(get("/")).andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString("lang=\"vi\"")));
        MvcResult r = mvc.perform(get("/search").param("q", "phủ sóng 5G")).andExpect(status().isOk()).andReturn();
        String html = r.getResponse().getContentAsString();
        assertThat(html).contains("kết quả cho").contains("<mark>");
        assertThat(html).contains("name=\"province\"");
    }

    @Test
    void englishSwitch() throws Exception {
        String html = mvc.perform(get("/search").param("q", "5G").param("lang", "en")).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("results for").contains("lang=\"en\"");
    }

    @Test
    void apiSearchHasTheContractFields() throws Exception {
        mvc.perform(get("/api/search").param("q", "chuyen doi so").param("type", "task").param("size", "5"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").isNumber())
                .andExpect(jsonPath("$.page").value(1))
                .andExpect(jsonPath("$.size").value(5))
                .andExpect(jsonPath("$.hits[0].id").isString())
                .andExpect(jsonPath("$.hits[0].type").value("task"))
                .andExpect(jsonPath("$.hits[0].plan").isString())
                .andExpect(jsonPath("$.hits[0].source").isString())
                .andExpect(jsonPath("$.hits[0].lines").isArray())
                .andExpect(jsonPath("$.hits[0].province").isString())
                .andExpect(jsonPath("$.hits[0].text").isString())
                .andExpect(jsonPath("$.hits[0].snippet").isString())
                .andExpect(jsonPath("$.facets.province").isArray())
                .andExpect(jsonPath("$.facets.provinceToday").isArray())
                .andExpect(jsonPath("$.facets.agency").isArray())
                .andExpect(jsonPath("$.facets.theme").isArray())
                .andExpect(jsonPath("$.facets.deadline").isArray())
                .andExpect(jsonPath("$.facets.type").isArray())
                .andExpect(jsonPath("$.facets.plan").isArray())
                .andExpect(jsonPath("$.notes").isArray());
    }

    @Test
    void recordAndPlanPagesAndPermalinks() throws Exception {
        String json = mvc.perform(get("/api/search").param("q", "5G").param("type", "task")).andReturn().getResponse().getContentAsString();
        String id = com.jayway.jsonpath.JsonPath.read(json, "$.hits[0].id");
        String plan = com.jayway.jsonpath.JsonPath.read(json, "$.hits[0].plan");
        mvc.perform(get("/records/" + id)).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Kế hoạch số")));
        mvc.perform(get("/plans/" + plan)).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"L1\"")));
        mvc.perform(get("/records/no-such-record")).andExpect(status().isNotFound());
        mvc.perform(get("/api/records/no-such-record")).andExpect(status().isNotFound());
    }

    @Test
    void csvExportHasBomAllPagesAndNeutralizedFormulas() throws Exception {
        MvcResult r = mvc.perform(get("/search.csv").param("q", "chuyển đổi số")).andExpect(status().isOk()).andReturn();
        byte[] body = r.getResponse().getContentAsByteArray();
        assertThat(body[0] & 0xff).isEqualTo(0xEF);
        String csv = new String(body, StandardCharsets.UTF_8);
        long rows = csv.lines().count() - 1;
        String json = mvc.perform(get("/api/search").param("q", "chuyển đổi số")).andReturn().getResponse().getContentAsString();
        int total = com.jayway.jsonpath.JsonPath.read(json, "$.total");
        assertThat(rows).isGreaterThanOrEqualTo(Math.min(total, 2000));
        assertThat(vn.camket.web.controller.ExportControllerAccess.neutralize("=SUM(A1)")).isEqualTo("'=SUM(A1)");
        assertThat(vn.camket.web.controller.ExportControllerAccess.neutralize("+1")).isEqualTo("'+1");
        mvc.perform(get("/search.json").param("q", "5G")).andExpect(status().isOk()).andExpect(jsonPath("$.records").isArray());
    }

    @Test
    void malformedInputNeverGivesA5xx() throws Exception {
        String[][] cases = {{"q", "\"unbalanced"}, {"q", "((("}, {"q", "x".repeat(20000)}, {"page", "-5"}, {"page", "abc"},
                {"size", "999999999999"}, {"sort", "bogus"}, {"deadline", "not-a-year"}, {"dueBy", "2025-13-45"}, {"role", "boss"},
                {"q", "title:foo~ AND bar^2 \\"}, {"unknownParam", "1"}};
        for (String[] c : cases) {
            for (String path : new String[] {"/search", "/api/search", "/search.csv"}) {
                int code = mvc.perform(get(path).param(c[0], c[1])).andReturn().getResponse().getStatus();
                assertThat(code).as(path + " " + c[0] + "=" + c[1]).isLessThan(500);
            }
        }
        mvc.perform(get("/api/search").param("q", "\"đổi mới")).andExpect(jsonPath("$.notes[0]").isString());
    }

    @Test
    void queriesAreEscapedInPagesAndSecurityHeadersSet() throws Exception {
        String payload = "<script>alert(1)</script>\"'><img src=x onerror=alert(2)>";
        MvcResult r = mvc.perform(get("/search").param("q", payload).param("province", payload)).andExpect(status().isOk()).andReturn();
        String html = r.getResponse().getContentAsString();
        assertThat(html).doesNotContain("<script>alert").doesNotContain("<img src=x");
        assertThat(r.getResponse().getHeader("Content-Security-Policy")).contains("script-src 'self'").contains("frame-ancestors 'none'");
        assertThat(r.getResponse().getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
    }

    @Test
    void suggestAndSimilarEndpoints() throws Exception {
        mvc.perform(get("/api/suggest").param("q", "dich vu cong")).andExpect(status().isOk()).andExpect(jsonPath("$[0]").isString());
        String json = mvc.perform(get("/api/search").param("q", "phong trào học tập nền tảng số").param("type", "task")).andReturn().getResponse().getContentAsString();
        String id = com.jayway.jsonpath.JsonPath.read(json, "$.hits[0].id");
        mvc.perform(get("/api/similar/" + id)).andExpect(status().isOk()).andExpect(jsonPath("$[0].province").isString());
        mvc.perform(get("/records/" + id + "/similar")).andExpect(status().isOk());
        mvc.perform(get("/api/similar/nope")).andExpect(status().isNotFound());
    }

    @Test
    void compareThemesAndAgencyViews() throws Exception {
        String compare = mvc.perform(get("/compare").param("q", "phủ sóng 5G")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(compare).contains("An Giang").contains("Đồng Tháp").contains("Phú Thọ");
        String none = mvc.perform(get("/compare").param("q", "zzqqxxyy")).andReturn().getResponse().getContentAsString();
        assertThat(none.split("class=\"gap\"", -1).length - 1).isEqualTo(3);
        mvc.perform(get("/api/compare").param("q", "5G")).andExpect(jsonPath("$[0].province").isString()).andExpect(jsonPath("$[0].tasks").isNumber());
        String themes = mvc.perform(get("/themes")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(themes).contains("<svg").contains("<rect").contains("<table").contains("type=task");
        mvc.perform(get("/api/themes")).andExpect(jsonPath("$.provinces").isArray()).andExpect(jsonPath("$.counts").isMap());
        String agency = mvc.perform(get("/agencies/Sở Nội vụ")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(agency).contains("Sở Nội vụ").contains("<td");
        mvc.perform(get("/api/agencies/Sở Nội vụ")).andExpect(jsonPath("$.leadTotal").isNumber());
    }

    @Test
    void targetsSideBySideGroupIndicatorsAcrossProvinces() throws Exception {
        String index = mvc.perform(get("/targets")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(index).contains("indicator=phu-song-5g");
        String json = mvc.perform(get("/api/targets").param("indicator", "phu-song-5g")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        List<String> provinces = JsonPath.read(json, "$.rows[*].province");
        assertThat(provinces).contains("An Giang", "Đồng Tháp", "Phú Thọ");
        List<Double> values = JsonPath.read(json, "$.rows[?(@.province == 'Đồng Tháp' && @.horizon == '2026')].number");
        assertThat(values).contains(90.0);
        byte[] csv = mvc.perform(get("/targets.csv").param("indicator", "phu-song-5g")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(csv[0] & 0xff).isEqualTo(0xEF);
        assertThat(new String(csv, StandardCharsets.UTF_8)).contains("province").contains("Phú Thọ");
        mvc.perform(get("/targets").param("indicator", "no-such")).andExpect(status().isNotFound());
    }

    @Test
    void timelineAndTwoTasksSideBySide() throws Exception {
        String html = mvc.perform(get("/timeline").param("q", "chuyển đổi số")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("<svg").contains("<circle").contains("<table");
        String json = mvc.perform(get("/api/timeline")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        List<String> buckets = JsonPath.read(json, "$.buckets");
        assertThat(buckets).isNotEmpty().allMatch(b -> b.matches("\\d{4}(-Q[1-4])?"));
        List<String> overdue = JsonPath.read(json, "$.overdue");
        int year = java.time.LocalDate.now().getYear();
        assertThat(overdue).allMatch(b -> Integer.parseInt(b.substring(0, 4)) <= year);
        assertThat(buckets.stream().filter(b -> Integer.parseInt(b.substring(0, 4)) > year).toList()).doesNotContainAnyElementsOf(overdue);
        String search = mvc.perform(get("/api/search").param("q", "phong trào học tập nền tảng số").param("type", "task")).andReturn().getResponse().getContentAsString();
        String a = JsonPath.read(search, "$.hits[0].id");
        String sim = mvc.perform(get("/api/similar/" + a)).andReturn().getResponse().getContentAsString();
        String b = JsonPath.read(sim, "$[0].id");
        String pa = JsonPath.read(search, "$.hits[0].province"), pb = JsonPath.read(sim, "$[0].province");
        assertThat(pb).isNotEqualTo(pa);
        String pair = mvc.perform(get("/compare/records").param("a", a).param("b", b)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(pair).contains(pa).contains(pb).contains("/records/" + a).contains("/records/" + b);
        mvc.perform(get("/compare/records").param("a", a).param("b", "nope")).andExpect(status().isNotFound());
    }

    @Test
    void openApiAndHealth() throws Exception {
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk()).andExpect(jsonPath("$.paths['/api/search']").exists());
        mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(header().exists("Content-Type"));
    }
}
