package vn.camket.pdf;

import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.awt.image.ConvolveOp;
import java.awt.image.Kernel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Assumptions;

/**
 * Makes plan PDFs for the tests: a letterhead, a title, numbered sections, then an appendix with a
 * task table drawn cell by cell (text wrapped to the column, ruled or not, the number at the top
 * of its row or centred in it, the header repeated on each page or not). And the same pages as a
 * scan: rendered, turned by a degree, blurred, and stored as images only.
 */
final class PlanPdfs {
    static final Path FONT = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");

    /** One row of the table: its cells in the layout's column order ("" for an empty cell). */
    record Row(List<String> cells) {}

    record Layout(List<String> labels, boolean borders, boolean centredNumbers, boolean repeatHeader, boolean landscape, float fontSize) {}

    private PlanPdfs() {}

    static void assumeFont() {
        Assumptions.assumeTrue(Files.isRegularFile(FONT), "DejaVu Sans not installed (apt-get install fonts-dejavu-core): PDF tests skipped");
    }

    /** The plan's first page: letterhead (two blocks side by side), title, grounds, sections, signature. */
    static final List<String> BODY = List.of(
            "ỦY BAN NHÂN DÂN    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "TỈNH THỬ NGHIỆM    Độc lập - Tự do - Hạnh phúc",
            "Số: 12/KH-UBND    Thử Nghiệm, ngày 10 tháng 01 năm 2026",
            "KẾ HOẠCH",
            "Thực hiện chuyển đổi số và đổi mới sáng tạo năm 2026",
            "Căn cứ Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị;",
            "Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện như sau:",
            "I. MỤC TIÊU",
            "1. Nâng cao năng lực số của cơ quan nhà nước trên địa bàn tỉnh.",
            "II. NHIỆM VỤ",
            "Các cơ quan thực hiện nhiệm vụ tại Phụ lục kèm theo Kế hoạch này.",
            "Nơi nhận:",
            "- Như trên;",
            "TM. ỦY BAN NHÂN DÂN",
            "CHỦ TỊCH",
            "Nguyễn Văn Thử");

    /** Writes the plan: a body page, then the table pages. Returns the page each row starts on. */
    static List<Integer> write(Path file, Layout layout, List<Row> rows) throws IOException {
        assumeFont();
        List<Integer> rowPages = new ArrayList<>();
        try (PDDocument doc = new PDDocument()) {
            PDFont font = PDType0Font.load(doc, FONT.toFile());
            PDRectangle a4 = PDRectangle.A4;
            PDRectangle body = new PDRectangle(a4.getWidth(), a4.getHeight());
            PDPage first = new PDPage(body);
            doc.addPage(first);
            try (PDPageContentStream cs = new PDPageContentStream(doc, first)) {
                float y = body.getHeight() - 72;
                for (String line : BODY) {
                    String[] parts = line.split(" {4}");
                    text(cs, font, 12, 50, y, parts[0]);
                    if (parts.length > 1) text(cs, font, 12, 300, y, parts[1]);
                    y -= 24;
                }
            }
            PDRectangle size = layout.landscape() ? new PDRectangle(a4.getHeight(), a4.getWidth()) : a4;
            float margin = 40, fs = layout.fontSize(), lead = fs * 1.3f, pad = 4;
            float tableWidth = size.getWidth() - 2 * margin;
            float[] widths = widths(layout.labels().size(), tableWidth);
            PDPage page = null;
            PDPageContentStream cs = null;
            float y = 0;
            boolean firstTablePage = true;
            try {
                for (int r = -1; r < rows.size(); r++) {
                    List<String> cells = r < 0 ? layout.labels() : rows.get(r).cells();
                    List<List<String>> wrapped = new ArrayList<>();
                    int lines = 1;
                    for (int c = 0; c < cells.size(); c++) {
                        List<String> w = wrap(font, fs, cells.get(c), widths[c] - 2 * pad);
                        wrapped.add(w);
                        lines = Math.max(lines, w.size());
                    }
                    float height = lines * lead + 2 * pad;
                    if (page == null || y - height < margin) {
                        if (cs != null) cs.close();
                        page = new PDPage(size);
                        doc.addPage(page);
                        cs = new PDPageContentStream(doc, page);
                        y = size.getHeight() - margin;
                        if (firstTablePage) {
                            text(cs, font, 13, margin, y - 14, "PHỤ LỤC");
                            text(cs, font, 12, margin, y - 32, "DANH MỤC NHIỆM VỤ NĂM 2026");
                            y -= 60;
                        }
                        if (r >= 0 && (layout.repeatHeader() || firstTablePage)) y = drawRow(cs, font, layout, layout.labels(), widths, margin, y, fs, lead, pad);
                        firstTablePage = false;
                    }
                    if (r >= 0) rowPages.add(doc.getNumberOfPages());
                    y = drawRow(cs, font, layout, cells, widths, margin, y, fs, lead, pad);
                }
            } finally {
                if (cs != null) cs.close();
            }
            doc.save(file.toFile());
        }
        return rowPages;
    }

    private static float drawRow(PDPageContentStream cs, PDFont font, Layout layout, List<String> cells, float[] widths, float x0, float y,
                                 float fs, float lead, float pad) throws IOException {
        List<List<String>> wrapped = new ArrayList<>();
        int lines = 1;
        for (int c = 0; c < cells.size(); c++) {
            List<String> w = wrap(font, fs, cells.get(c), widths[c] - 2 * pad);
            wrapped.add(w);
            lines = Math.max(lines, w.size());
        }
        float height = lines * lead + 2 * pad;
        float x = x0;
        for (int c = 0; c < cells.size(); c++) {
            List<String> w = wrapped.get(c);
            // cells other than the task's are centred vertically when the layout says so
            int offset = layout.centredNumbers() && c != 1 ? (lines - w.size()) / 2 : 0;
            for (int i = 0; i < w.size(); i++) text(cs, font, fs, x + pad, y - pad - (i + offset + 1) * lead + lead * 0.25f, w.get(i));
            x += widths[c];
        }
        if (layout.borders()) {
            cs.setLineWidth(0.8f);
            cs.addRect(x0, y - height, x - x0, height);
            float bx = x0;
            for (int c = 0; c + 1 < cells.size(); c++) {
                bx += widths[c];
                cs.moveTo(bx, y);
                cs.lineTo(bx, y - height);
            }
            cs.stroke();
        }
        return y - height;
    }

    /** Column widths: a narrow number column, a wide task column, the rest shared. */
    private static float[] widths(int n, float total) {
        float[] w = new float[n];
        w[0] = total * 0.06f;
        w[1] = total * 0.36f;
        for (int i = 2; i < n; i++) w[i] = (total - w[0] - w[1]) / (n - 2);
        return w;
    }

    static List<String> wrap(PDFont font, float fs, String text, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (String word : text.split(" ")) {
            if (word.isEmpty()) continue;
            String trial = cur.isEmpty() ? word : cur + " " + word;
            if (!cur.isEmpty() && font.getStringWidth(trial) / 1000 * fs > width) {
                lines.add(cur.toString());
                cur = new StringBuilder(word);
            } else {
                cur = new StringBuilder(trial);
            }
        }
        if (!cur.isEmpty()) lines.add(cur.toString());
        return lines;
    }

    private static void text(PDPageContentStream cs, PDFont font, float fs, float x, float y, String s) throws IOException {
        cs.beginText();
        cs.setFont(font, fs);
        cs.newLineAtOffset(x, y);
        cs.showText(s);
        cs.endText();
    }

    /** The pages of {@code source} as a scan: rendered at {@code dpi}, turned by {@code degrees}, blurred, images only. */
    static void scan(Path source, Path out, int dpi, double degrees) throws IOException {
        try (PDDocument src = Loader.loadPDF(source.toFile()); PDDocument dst = new PDDocument()) {
            PDFRenderer renderer = new PDFRenderer(src);
            for (int p = 0; p < src.getNumberOfPages(); p++) {
                BufferedImage img = renderer.renderImageWithDPI(p, dpi, ImageType.GRAY);
                BufferedImage turned = new BufferedImage(img.getWidth(), img.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
                var g = turned.createGraphics();
                g.setColor(java.awt.Color.WHITE);
                g.fillRect(0, 0, img.getWidth(), img.getHeight());
                g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
                g.drawImage(img, AffineTransform.getRotateInstance(Math.toRadians(degrees), img.getWidth() / 2.0, img.getHeight() / 2.0), null);
                g.dispose();
                float k = 1f / 9;
                BufferedImage blurred = new ConvolveOp(new Kernel(3, 3, new float[] {k, k, k, k, k, k, k, k, k}), ConvolveOp.EDGE_NO_OP, null).filter(turned, null);
                PDRectangle box = src.getPage(p).getMediaBox();
                PDPage page = new PDPage(box);
                dst.addPage(page);
                PDImageXObject image = LosslessFactory.createFromImage(dst, blurred);
                try (PDPageContentStream cs = new PDPageContentStream(dst, page)) {
                    cs.drawImage(image, 0, 0, box.getWidth(), box.getHeight());
                }
            }
            dst.save(out.toFile());
        }
    }

    /** Task rows written for the tests (not from any plan), numbered from 1. */
    static List<Row> rows(int n, List<String> kinds) {
        String[] tasks = {
            "Xây dựng kho dữ liệu mở về nông nghiệp của tỉnh phục vụ người dân và doanh nghiệp tra cứu",
            "Tổ chức lớp tập huấn kỹ năng số cho cán bộ cấp xã",
            "Rà soát các thủ tục hành chính có thể thực hiện trực tuyến toàn trình trên cổng dịch vụ công của tỉnh",
            "Triển khai nền tảng học trực tuyến cho học sinh vùng sâu",
            "Đánh giá mức độ sẵn sàng chuyển đổi số của các sở, ngành và địa phương trong năm",
            "Hỗ trợ doanh nghiệp nhỏ ứng dụng hóa đơn điện tử"};
        String[] leads = {"Sở Khoa học và Công nghệ", "Sở Nội vụ", "Sở Y tế", "Sở Giáo dục và Đào tạo", "Sở Tài chính", "Sở Công Thương"};
        String[] coords = {"Các sở, ban, ngành", "Ủy ban nhân dân các xã", "", "Các cơ quan liên quan", "Sở Nội vụ", "Các hiệp hội doanh nghiệp"};
        String[] results = {"Kho dữ liệu", "Lớp tập huấn", "Báo cáo", "Nền tảng được triển khai", "Báo cáo đánh giá", "Kế hoạch"};
        String[] deadlines = {"Tháng 6/2026", "Quý III/2026", "Thường xuyên", "12/2026", "Hằng năm", "Năm 2027"};
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            List<String> cells = new ArrayList<>();
            for (String k : kinds) {
                cells.add(switch (k) {
                    case "stt" -> String.valueOf(i + 1);
                    case "task" -> tasks[i % tasks.length];
                    case "lead" -> leads[i % leads.length];
                    case "coord" -> coords[i % coords.length];
                    case "result" -> results[i % results.length];
                    case "deadline" -> deadlines[i % deadlines.length];
                    default -> "";
                });
            }
            rows.add(new Row(cells));
        }
        return rows;
    }
}
