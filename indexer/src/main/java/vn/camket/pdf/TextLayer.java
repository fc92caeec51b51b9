package vn.camket.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * The words of a page's text layer with their boxes, in the pixels of a page rendered at
 * {@code dpi}, so text-layer pages and OCR'd pages go through the same line and table rebuilding.
 */
final class TextLayer {
    /** Fewer letters than this on a page means it has no usable text layer (a scan). */
    static final int MIN_LETTERS = 40;
    /** A capital's height in a text face, as a share of the font's size (about 0.7 em in the faces plans are set in). */
    static final double CAP_HEIGHT = 0.7;

    private TextLayer() {}

    static PageWords read(PDDocument doc, int pageNumber, int dpi) throws IOException {
        PDPage page = doc.getPage(pageNumber - 1);
        double scale = dpi / 72.0;
        var box = page.getCropBox();
        boolean turned = page.getRotation() % 180 != 0;
        int w = (int) Math.round((turned ? box.getHeight() : box.getWidth()) * scale);
        int h = (int) Math.round((turned ? box.getWidth() : box.getHeight()) * scale);
        List<Word> words = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
                // PDFBox hands over a run of glyphs; it is split at spaces into words
                addWords(positions, scale, words);
            }
        };
        stripper.setSortByPosition(true);
        stripper.setStartPage(pageNumber);
        stripper.setEndPage(pageNumber);
        stripper.getText(doc);
        return new PageWords(pageNumber, w, h, List.copyOf(words), "text-layer", null);
    }

    static int letters(PageWords page) {
        int n = 0;
        for (Word w : page.words()) for (int i = 0; i < w.text().length(); i++) if (Character.isLetter(w.text().charAt(i))) n++;
        return n;
    }

    /** One word per run of non-space glyphs, its box the union of its glyphs' boxes. */
    private static void addWords(List<TextPosition> positions, double scale, List<Word> out) {
        StringBuilder sb = new StringBuilder();
        double l = Double.MAX_VALUE, t = Double.MAX_VALUE, r = -1, b = -1;
        for (TextPosition p : positions) {
            String u = p.getUnicode();
            if (u == null || u.isBlank()) {
                flush(sb, l, t, r, b, scale, out);
                sb.setLength(0);
                l = t = Double.MAX_VALUE;
                r = b = -1;
                continue;
            }
            sb.append(u);
            // PDFBox's glyph height comes from the font's own metrics, which many embedded subsets understate
            // (a third of the letters' height): a glyph stands at least a capital's height above its baseline
            double x = p.getXDirAdj(), y = p.getYDirAdj(), ph = Math.max(Math.max(p.getHeightDir(), CAP_HEIGHT * p.getFontSizeInPt()), 1);
            l = Math.min(l, x);
            r = Math.max(r, x + p.getWidthDirAdj());
            t = Math.min(t, y - ph);
            b = Math.max(b, y);
        }
        flush(sb, l, t, r, b, scale, out);
    }

    private static void flush(StringBuilder sb, double l, double t, double r, double b, double scale, List<Word> out) {
        if (sb.isEmpty() || r < 0) return;
        out.add(new Word(sb.toString(), (int) Math.round(l * scale), (int) Math.round(t * scale), (int) Math.round(r * scale),
                (int) Math.round(b * scale), 100, null));
    }
}
