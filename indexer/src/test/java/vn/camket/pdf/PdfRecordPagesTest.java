package vn.camket.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.camket.index.IndexBuilder;
import vn.camket.index.IndexHolder;
import vn.camket.index.IndexStore;
import vn.camket.io.JsonLines;
import vn.camket.model.Clause;
import vn.camket.model.TaskRow;
import vn.camket.search.Hit;
import vn.camket.search.SearchRequest;
import vn.camket.search.SearchService;
import vn.camket.search.StoredRecord;
import vn.camket.text.Fold;
import vn.camket.text.PageStarts;

/**
 * A plan PDF made for this test (a text layer: no OCR needed to know which page a line is on), built
 * into an index beside a plan in a text file: every task row carries the page it was printed on,
 * the body's clauses page 1, and the index gives both back (record JSON, hits, where each page of
 * the source begins); the text file's records carry no page.
 */
class PdfRecordPagesTest {
    @TempDir Path dir;

    @Test
    void recordsOfAPdfPlanKeepTheirPagesThroughTheIndex() throws Exception {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        List<String> kinds = List.of("stt", "task", "lead", "coord", "result", "deadline");
        PlanPdfs.Layout layout = new PlanPdfs.Layout(List.of("STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Sản phẩm", "Thời gian hoàn thành"),
                true, false, true, false, 10);
        List<PlanPdfs.Row> rows = PlanPdfs.rows(30, kinds);
        List<Integer> rowPages = PlanPdfs.write(corpus.resolve("ke-hoach.pdf"), layout, rows);
        assertThat(rowPages.getLast()).as("the table runs over several pages").isGreaterThan(2);
        // a second plan as a text file (another number): its records have no page
        Files.writeString(corpus.resolve("van-ban.txt"), String.join("\n", PlanPdfs.BODY).replace("12/KH-UBND", "13/KH-UBND") + "\n",
                StandardCharsets.UTF_8);

        IndexStore store = new IndexStore(dir.resolve("index"));
        IndexBuilder.Report report = IndexBuilder.withDefaults().build(corpus, store, f -> { });
        assertThat(report.plans()).as("problems: %s", report.problems()).isEqualTo(2);
        try (IndexHolder holder = new IndexHolder(store)) {
            assertThat(holder.refresh()).isTrue();
            SearchService search = new SearchService(holder);
            String pdfPlan = planOf(search, "ke-hoach.pdf"), textPlan = planOf(search, "van-ban.txt");

            List<StoredRecord> records = search.recordsOfPlan(pdfPlan);
            List<TaskRow> tasks = records.stream().filter(r -> r.type().equals("task")).map(r -> JsonLines.MAPPER.readValue(r.json(), TaskRow.class)).toList();
            int checked = 0;
            for (int i = 0; i < rows.size(); i++) {
                String opening = Fold.fold(rows.get(i).cells().get(1)).substring(0, 25);
                String number = rows.get(i).cells().get(0);
                TaskRow t = tasks.stream().filter(x -> number.equals(x.row()) && Fold.fold(x.task()).startsWith(opening)).findFirst().orElse(null);
                if (t == null) continue;
                assertThat(t.page()).as("page of row %s", number).isEqualTo(rowPages.get(i));
                checked++;
            }
            assertThat(checked).as("rows read back, of %d", rows.size()).isGreaterThanOrEqualTo(rows.size() * 9 / 10);
            // each row's place on its page: within the page's text area, and rows further down a page stand lower
            java.util.Map<Integer, Double> lastTop = new java.util.HashMap<>();
            for (TaskRow t : tasks.stream().filter(x -> x.page() != null).sorted(java.util.Comparator.comparingInt(x -> x.lines()[0])).toList()) {
                vn.camket.text.PageBox box = search.linesBox(pdfPlan, t.page(), t.lines()[0], t.lines()[1]).orElseThrow();
                assertThat(box.bottom() - box.top()).as("row %s is a band of its page", t.row()).isGreaterThan(0).isLessThan(0.5);
                assertThat(box.right() - box.left()).as("row %s spans the table", t.row()).isGreaterThan(0.5);
                Double above = lastTop.put(t.page(), box.top());
                if (above != null) assertThat(box.top()).as("row %s below the row before it", t.row()).isGreaterThan(above);
            }
            assertThat(search.linesBox(pdfPlan, 99, 1, 5)).as("no lines on a page past the end").isEmpty();
            List<Clause> clauses = records.stream().filter(r -> r.type().equals("clause")).map(r -> JsonLines.MAPPER.readValue(r.json(), Clause.class)).toList();
            assertThat(clauses).isNotEmpty().allSatisfy(c -> assertThat(c.page()).isEqualTo(1));

            assertThat(search.recordsOfPlan(textPlan)).isNotEmpty().allSatisfy(r -> assertThat(r.json()).doesNotContain("\"page\""));
            assertThat(search.sourcePages(textPlan)).isEmpty();
            assertThat(search.linesBox(textPlan, 1, 1, 5)).as("a text file's lines have no place on a page").isEmpty();

            List<PageStarts.Start> starts = search.sourcePages(pdfPlan);
            assertThat(starts.getFirst()).isEqualTo(new PageStarts.Start(1, 1));
            assertThat(starts.stream().map(PageStarts.Start::page).toList()).containsSequence(1, 2, 3);
            List<String> lines = List.of(search.sourceText(pdfPlan).orElseThrow().split("\n"));
            PageStarts.Start second = starts.get(1);
            assertThat(lines.get(second.line() - 1)).as("the second page begins with the appendix").contains("PHỤ LỤC");

            List<Hit> hits = search.search(SearchRequest.of("kho dữ liệu mở nông nghiệp").withFilter("plan", pdfPlan)).hits();
            assertThat(hits).isNotEmpty();
            for (Hit h : hits) {
                TaskRow t = tasks.stream().filter(x -> x.id().equals(h.id())).findFirst().orElse(null);
                if (t != null) assertThat(h.page()).isEqualTo(t.page());
            }
            assertThat(hits).anyMatch(h -> h.page() != null && h.page() > 1);
        }
    }

    private static String planOf(SearchService search, String file) {
        return search.plans().stream().filter(p -> JsonLines.MAPPER.readTree(p.json()).path("source").asString("").equals(file))
                .findFirst().orElseThrow().id();
    }
}
