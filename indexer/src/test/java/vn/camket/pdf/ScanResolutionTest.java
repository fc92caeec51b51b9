package vn.camket.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;

class ScanResolutionTest {
    @Test
    void aScanDrawnOverThePageHasThePixelsPerInchItWasDrawnAt() throws Exception {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            // 700 pixels across 7 inches: 100 dpi; a small logo beside it at 600 dpi does not count, the page's scan does
            PDImageXObject scan = LosslessFactory.createFromImage(doc, new BufferedImage(700, 1000, BufferedImage.TYPE_BYTE_BINARY));
            PDImageXObject logo = LosslessFactory.createFromImage(doc, new BufferedImage(300, 300, BufferedImage.TYPE_BYTE_GRAY));
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.drawImage(scan, 36, 36, 7 * 72, 10 * 72);
                cs.drawImage(logo, 500, 700, 36, 36);
            }
            assertThat(ScanResolution.of(page)).hasValueCloseTo(100.0, org.assertj.core.data.Offset.offset(0.01));
        }
    }

    @Test
    void aTurnedScanKeepsItsResolution() throws Exception {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            PDImageXObject scan = LosslessFactory.createFromImage(doc, new BufferedImage(1600, 2000, BufferedImage.TYPE_BYTE_GRAY));
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                // a quarter turn, then the image 8 by 10 inches: 200 dpi either way up
                cs.transform(new org.apache.pdfbox.util.Matrix(0, 576, -720, 0, 740, 100));
                cs.drawImage(scan, 0, 0, 1, 1);
            }
            assertThat(ScanResolution.of(page)).hasValueCloseTo(200.0, org.assertj.core.data.Offset.offset(0.01));
        }
    }

    @Test
    void aPictureOnAPageOfTextIsNoScan() throws Exception {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            PDImageXObject photo = LosslessFactory.createFromImage(doc, new BufferedImage(400, 300, BufferedImage.TYPE_BYTE_GRAY));
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.drawImage(photo, 72, 400, 4 * 72, 3 * 72);
            }
            assertThat(ScanResolution.of(page)).isEmpty();
        }
    }

    @Test
    void aPageOfTextHasNoScan() throws Exception {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                cs.newLineAtOffset(72, 700);
                cs.showText("Plan text");
                cs.endText();
            }
            assertThat(ScanResolution.of(page)).isEmpty();
        }
    }
}
