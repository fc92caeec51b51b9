package vn.camket.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Word boxes of a text layer: as tall as the letters printed, whatever the embedded font's metrics say. */
class TextLayerTest {
    private static final File DEJAVU = new File("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");

    @Test
    void aWordIsAtLeastACapitalHigh() throws Exception {
        Assumptions.assumeTrue(DEJAVU.exists(), "DejaVu Sans not installed (fonts-dejavu-core)");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                PDType0Font font = PDType0Font.load(doc, DEJAVU);
                // an embedded subset whose metrics understate its letters' height, as some PDF printers write them
                font.getDescendantFont().getFontDescriptor().setCapHeight(250);
                font.getDescendantFont().getFontDescriptor().setXHeight(200);
                cs.setFont(font, 12);
                cs.newLineAtOffset(72, 700);
                cs.showText("Nhiệm vụ            Cơ quan chủ trì            Thời hạn");
                cs.endText();
            }
            PageWords words = TextLayer.read(doc, 1, 300);
            double capital = TextLayer.CAP_HEIGHT * 12 * 300 / 72.0;
            assertThat(words.words()).hasSize(8).allSatisfy(w -> assertThat(w.bottom() - w.top()).isGreaterThanOrEqualTo((int) capital));
            // the labels stand apart by more than a word's gap: three cells, as a table header has them
            assertThat(TableHeader.cells(LineBuilder.lines(words), LineBuilder.medianHeight(words.words()))).extracting(TableHeader.Cell::label)
                    .containsExactly("Nhiệm vụ", "Cơ quan chủ trì", "Thời hạn");
        }
    }
}
