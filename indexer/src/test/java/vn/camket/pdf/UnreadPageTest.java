package vn.camket.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Font;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A page image drawn for this test (lines of text under a ruled border): the share of its ink no
 * word covers is low when the reading's boxes cover the lines, near 1 when the reading gave up
 * (the page is then read again whole); a blank page has nothing unread.
 */
class UnreadPageTest {
    static final int LINES = 12, TOP = 200, PITCH = 60, LEFT = 150;

    private static BufferedImage page() {
        BufferedImage img = new BufferedImage(1600, 1200, BufferedImage.TYPE_BYTE_GRAY);
        var g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, img.getWidth(), img.getHeight());
        g.setColor(Color.BLACK);
        g.drawRect(100, 100, 1400, 1000); // a table's border: not text
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 36));
        for (int i = 0; i < LINES; i++) g.drawString("Nhiệm vụ số " + (i + 1) + " của kế hoạch năm nay", LEFT, TOP + i * PITCH);
        g.dispose();
        return img;
    }

    /** One word box per printed line, as a reading of the whole page gives. */
    private static List<Word> lineBoxes(int lines) {
        List<Word> words = new ArrayList<>();
        for (int i = 0; i < lines; i++) words.add(new Word("dòng", LEFT - 4, TOP + i * PITCH - 40, LEFT + 900, TOP + i * PITCH + 14, 90, "1.1." + i));
        return words;
    }

    @Test
    void aPageReadWholeHasNoInkUnread() {
        // the border's vertical rules stay as ink no word covers (only long horizontal runs are taken
        // for rules): a few per cent, far below the share at which a page is read again
        assertThat(LostText.unreadShare(page(), lineBoxes(LINES), LostText.cell(PdfPlanReader.DPI))).isLessThan(0.15);
    }

    @Test
    void aPageTheReadingGaveUpOnIsMostlyUnread() {
        assertThat(LostText.unreadShare(page(), List.of(), LostText.cell(PdfPlanReader.DPI))).isGreaterThan(0.95);
        assertThat(LostText.unreadShare(page(), lineBoxes(2), LostText.cell(PdfPlanReader.DPI))).isGreaterThan(TesseractOcr.UNREAD);
    }

    @Test
    void aBlankPageIsNotUnread() {
        BufferedImage blank = new BufferedImage(800, 600, BufferedImage.TYPE_BYTE_GRAY);
        var g = blank.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 800, 600);
        g.dispose();
        assertThat(LostText.unreadShare(blank, List.of(), LostText.cell(PdfPlanReader.DPI))).isZero();
    }

    @Test
    void confidentLettersCountOnlyWordsReadWithConfidence() {
        List<Word> words = List.of(new Word("Sở", 0, 0, 10, 10, 95, "a"), new Word("Nội", 0, 0, 10, 10, 20, "a"), new Word("12", 0, 0, 10, 10, 95, "a"));
        assertThat(TesseractOcr.confidentLetters(words)).isEqualTo(2);
    }
}
