package vn.camket.web.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.camket.web.TestCorpus;

/**
 * The portal in Debian's Chromium, driven by Playwright: queries with and without diacritics,
 * facets ticked and unticked, paging, a record and its plan, CSV export read back, the language
 * switch, a 360 px screen, and axe-core's accessibility check (no serious or critical violation).
 * Screenshots go to {@code target/screenshots/}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BrowserTest {
    static final Path CHROMIUM = Path.of(System.getProperty("camket.chromium", "/usr/bin/chromium"));
    static final Path SHOTS = Path.of("target", "screenshots");
    static Playwright playwright;
    static Browser browser;
    static String axe;

    @DynamicPropertySource
    static void props(DynamicPropertyRegistry r) {
        TestCorpus.register(r, "browser");
    }

    @LocalServerPort int port;
    BrowserContext context;
    Page page;

    @BeforeAll
    static void launch() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM), "Chromium not installed at " + CHROMIUM + " (apt-get install chromium)");
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM).setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                        "--disable-sync", "--no-first-run", "--disable-quic")));
        try (InputStream in = BrowserTest.class.getResourceAsStream("/META-INF/resources/webjars/axe-core/" + axeVersion() + "/axe.min.js")) {
            axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Files.createDirectories(SHOTS);
    }

    static String axeVersion() {
        return System.getProperty("axe.version", "4.6.3");
    }

    @AfterAll
    static void close() {
        if (browser != null) browser.close();
        if (playwright != null) playwright.close();
    }

    @BeforeEach
    void open() {
        // axe is injected as an inline script, which the portal's CSP forbids: bypass it for the check only
        context = browser.newContext(new Browser.NewContextOptions().setBypassCSP(true).setAcceptDownloads(true));
        page = context.newPage();
    }

    @AfterEach
    void shot(TestInfo info) {
        if (page != null) page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve(info.getTestMethod().orElseThrow().getName() + ".png")).setFullPage(true));
        if (context != null) context.close();
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    long total() {
        String h1 = page.locator("main h1").first().textContent();
        return Long.parseLong(h1.replaceAll("^\\D*(\\d+).*$", "$1"));
    }

    @Test
    void searchWithAndWithoutDiacriticsFindsTheSame() {
        page.navigate(url("/"));
        page.locator("#q-home").fill("phủ sóng 5G");
        page.locator("#q-home").press("Enter");
        page.waitForURL("**/search?**");
        long with = total();
        assertThat(with).isPositive();
        assertThat(page.locator("ol.hits mark").count()).isPositive();
        page.locator("#q").fill("phu song 5G");
        page.locator("#q").press("Enter");
        page.waitForURL("**q=phu**");
        assertThat(total()).isEqualTo(with);
    }

    @Test
    void tickAndUntickFacetsThenPage() {
        page.navigate(url("/search?q=chuy%E1%BB%83n+%C4%91%E1%BB%95i+s%E1%BB%91"));
        long all = total();
        page.locator("fieldset:has(legend:text('Loại')) li a").first().click();
        page.waitForURL("**type=**");
        long filtered = total();
        assertThat(filtered).isLessThan(all);
        assertThat(page.locator(".chips a.chip").count()).isEqualTo(1);
        page.locator("ol.hits").waitFor();
        page.locator(".chips a.chip").first().click();
        page.waitForLoadState();
        assertThat(page.url()).doesNotContain("type=");
        assertThat(total()).isEqualTo(all);
        page.locator("a[rel=next]").click();
        page.waitForURL("**page=2**");
        assertThat(page.locator("ol.hits").getAttribute("start")).isEqualTo("21");
        page.goBack();
        assertThat(page.url()).doesNotContain("page=2");
    }

    @Test
    void tickTwoProvinceCheckboxesAndApply() {
        page.navigate(url("/search?q=5G"));
        long all = total();
        var boxes = page.locator("fieldset:has(legend:text('Tỉnh (khi ban hành)')) input[type=checkbox]");
        boxes.nth(0).check();
        page.locator("aside.facets button[type=submit]").click();
        page.waitForURL("**province=**");
        long one = total();
        assertThat(one).isLessThan(all);
        page.locator("fieldset:has(legend:text('Tỉnh (khi ban hành)')) input[type=checkbox]").nth(1).check();
        page.locator("aside.facets button[type=submit]").click();
        page.waitForLoadState();
        assertThat(total()).isGreaterThan(one);
        assertThat(page.locator(".chips a.chip").count()).isEqualTo(2);
        page.locator("fieldset:has(legend:text('Tỉnh (khi ban hành)')) input[type=checkbox]:checked").first().uncheck();
        page.locator("aside.facets button[type=submit]").click();
        page.waitForLoadState();
        assertThat(page.locator(".chips a.chip").count()).isEqualTo(1);
    }

    @Test
    void filterThePlanTables() {
        page.navigate(url("/search?q=5G&type=task"));
        page.locator("ol.hits .meta a").first().click();
        page.waitForURL("**/plans/**");
        int rows = page.locator("#task-table tbody tr:visible").count();
        page.locator("#task-filter").fill("chuyen doi so");
        int filtered = page.locator("#task-table tbody tr:visible").count();
        assertThat(filtered).isPositive().isLessThan(rows);
    }

    @Test
    void openARecordAndItsPlan() {
        page.navigate(url("/search?q=5G&type=task"));
        page.locator("ol.hits a.title").first().click();
        page.waitForURL("**/records/**");
        assertThat(page.locator("#citation").inputValue()).contains("Kế hoạch số").contains("/records/");
        page.locator("dl.fields a[href*='/plans/']").first().click();
        page.waitForURL("**/plans/**");
        assertThat(page.locator("#source li").count()).isGreaterThan(100);
        assertThat(page.locator("#task-table tbody tr").count()).isPositive();
    }

    @Test
    void exportCsvAndReadItBack() throws Exception {
        page.navigate(url("/search?q=d%E1%BB%8Bch+v%E1%BB%A5+c%C3%B4ng"));
        long shown = total();
        Download d = page.waitForDownload(() -> page.locator("nav.tools a[href*='search.csv']").click());
        byte[] bytes = Files.readAllBytes(d.path());
        assertThat(bytes[0] & 0xff).isEqualTo(0xEF);
        List<String> lines = new String(bytes, StandardCharsets.UTF_8).lines().toList();
        assertThat(lines.getFirst()).contains("province").contains("planNumber").contains("text").contains("lead").contains("link");
        assertThat(lines.size() - 1L).isGreaterThanOrEqualTo(Math.min(shown, 2000));
    }

    @Test
    void switchLanguage() {
        page.navigate(url("/search?q=5G"));
        assertThat(page.locator("html").getAttribute("lang")).isEqualTo("vi");
        page.locator("a.lang").click();
        page.waitForURL("**lang=en**");
        assertThat(page.locator("html").getAttribute("lang")).isEqualTo("en");
        assertThat(page.locator("main h1").textContent()).contains("results");
    }

    @Test
    void worksOnA360PixelScreen() {
        page.setViewportSize(360, 740);
        page.navigate(url("/search?q=5G"));
        Object overflow = page.evaluate("() => document.documentElement.scrollWidth > window.innerWidth + 1");
        assertThat(overflow).isEqualTo(false);
    }

    @Test
    void compareProvincesAndFollowTheHeatMap() {
        page.navigate(url("/compare?q=ph%E1%BB%A7+s%C3%B3ng+5G"));
        assertThat(page.locator("section.column").count()).isEqualTo(3);
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("compare.png")).setFullPage(true));
        page.navigate(url("/themes"));
        assertThat(page.locator("svg.heat rect").count()).isPositive();
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("themes.png")).setFullPage(true));
        page.locator("svg.heat a").first().click();
        page.waitForURL("**/search?**");
        assertThat(page.url()).contains("type=task").contains("theme=").contains("province=");
    }

    @Test
    void targetsSideBySide() {
        page.navigate(url("/targets"));
        page.locator("a[href*='indicator=phu-song-5g']").click();
        page.waitForURL("**indicator=phu-song-5g**");
        assertThat(page.locator("main table tbody tr").count()).isGreaterThanOrEqualTo(3);
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("targets.png")).setFullPage(true));
    }

    @Test
    void timelineAndPrecedentsSideBySide() {
        page.navigate(url("/timeline?q=chuy%E1%BB%83n+%C4%91%E1%BB%95i+s%E1%BB%91"));
        assertThat(page.locator("svg.heat circle").count()).isPositive();
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("timeline.png")).setFullPage(true));
        page.navigate(url("/search?q=phong+tr%C3%A0o+h%E1%BB%8Dc+t%E1%BA%ADp&type=task"));
        page.locator("ol.hits a.title").first().click();
        page.waitForURL("**/records/**");
        page.locator("section.similar a[href$='/similar']").click();
        page.waitForURL("**/similar");
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("similar.png")).setFullPage(true));
        page.locator("a[href*='/compare/records']").first().click();
        page.waitForURL("**/compare/records**");
        assertThat(page.locator("main table tbody tr").count()).isGreaterThanOrEqualTo(5);
    }

    @Test
    void agencyViewFromARecord() {
        page.navigate(url("/agencies/S%E1%BB%9F%20Khoa%20h%E1%BB%8Dc%20v%C3%A0%20C%C3%B4ng%20ngh%E1%BB%87"));
        assertThat(page.locator("main h1").textContent()).contains("Sở Khoa học và Công nghệ");
        assertThat(page.locator("main table tbody tr").count()).isPositive();
    }

    @Test
    void noSeriousOrCriticalAccessibilityViolations() {
        page.navigate(url("/search?q=5G&type=task"));
        String record = page.locator("ol.hits a.title").first().getAttribute("href");
        String plan = page.locator("ol.hits .meta a").first().getAttribute("href");
        for (String path : List.of("/", "/search?q=ph%E1%BB%A7+s%C3%B3ng+5G", record, plan, "/compare?q=5G", "/themes", "/targets?indicator=phu-song-5g", "/timeline?q=5G",
                "/agencies/S%E1%BB%9F%20N%E1%BB%99i%20v%E1%BB%A5")) {
            page.navigate(url(path));
            page.addScriptTag(new Page.AddScriptTagOptions().setContent(axe));
            @SuppressWarnings("unchecked")
            List<String> violations = (List<String>) page.evaluate("async () => (await axe.run()).violations"
                    + ".filter(v => v.impact === 'serious' || v.impact === 'critical')"
                    + ".map(v => v.impact + ' ' + v.id + ' (' + v.nodes.length + '): ' + v.nodes.slice(0, 2).map(n => n.target.join(' ')).join(', '))");
            System.out.println("axe " + path + ": " + (violations.isEmpty() ? "no serious or critical violations" : violations));
            assertThat(violations).as(path).isEmpty();
        }
    }
}
