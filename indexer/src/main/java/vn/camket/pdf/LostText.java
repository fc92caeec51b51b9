package vn.camket.pdf;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.util.ArrayList;
import java.util.ArrayDeque;
import java.util.List;

/**
 * Where a page has ink but the OCR gave no word: Tesseract's single-block segmentation now and then
 * drops a line it could read, most often a table's header (bold labels centred at different
 * heights). The page is looked at in cells of 8×8 pixels at 300 dpi (as large a share of an inch
 * at other resolutions); cells with ink that no word's box
 * covers are joined into regions; regions the size of words or lines (not ruled lines, not specks,
 * not half the page) are returned, to be read again on their own.
 */
final class LostText {
    /** The cell's side at {@link PdfPlanReader#DPI}. */
    private static final int CELL = 8;

    /** The cell's side in pixels of a page at {@code dpi}: the same share of an inch at any resolution. */
    static int cell(float dpi) {
        return Math.max(3, Math.round(CELL * dpi / PdfPlanReader.DPI));
    }

    private LostText() {}

    static List<Rectangle> regions(BufferedImage img, List<Word> words, int cell) {
        int gw = img.getWidth() / cell, gh = img.getHeight() / cell;
        if (gw < 4 || gh < 4) return List.of();
        boolean[][] ink = inkOutsideWords(img, words, cell);
        List<Rectangle> out = new ArrayList<>();
        boolean[][] seen = new boolean[gh][gw];
        ArrayDeque<int[]> queue = new ArrayDeque<>();
        for (int gy = 0; gy < gh; gy++) {
            for (int gx = 0; gx < gw; gx++) {
                if (!ink[gy][gx] || seen[gy][gx]) continue;
                int x0 = gx, x1 = gx, y0 = gy, y1 = gy, n = 0;
                queue.add(new int[] {gy, gx});
                seen[gy][gx] = true;
                while (!queue.isEmpty()) {
                    int[] c = queue.poll();
                    n++;
                    x0 = Math.min(x0, c[1]);
                    x1 = Math.max(x1, c[1]);
                    y0 = Math.min(y0, c[0]);
                    y1 = Math.max(y1, c[0]);
                    // letters of a word stand a cell or two apart: join across small gaps
                    for (int dy = -1; dy <= 1; dy++) {
                        for (int dx = -2; dx <= 2; dx++) {
                            int ny = c[0] + dy, nx = c[1] + dx;
                            if (ny < 0 || nx < 0 || ny >= gh || nx >= gw || seen[ny][nx] || !ink[ny][nx]) continue;
                            seen[ny][nx] = true;
                            queue.add(new int[] {ny, nx});
                        }
                    }
                }
                int h = y1 - y0 + 1, w = x1 - x0 + 1;
                if (h >= 3 && h <= 20 && w >= 3 && n >= 6 && w * h < gw * gh / 4) {
                    out.add(new Rectangle(x0 * cell, y0 * cell, w * cell, h * cell));
                }
            }
        }
        return out.size() > 80 ? List.of() : out; // a page of such (a photograph) is not lost text
    }

    /**
     * The share of the page's ink (ruled lines aside) that no word's box covers: near 0 on a page
     * read whole, near 1 on one the segmentation gave up on (a ruled table it took for a picture).
     */
    static double unreadShare(BufferedImage img, List<Word> words, int cell) {
        int gw = img.getWidth() / cell, gh = img.getHeight() / cell;
        if (gw < 4 || gh < 4) return 0;
        int all = count(inkOutsideWords(img, List.of(), cell)), unread = count(inkOutsideWords(img, words, cell));
        return all == 0 ? 0 : (double) unread / all;
    }

    private static int count(boolean[][] cells) {
        int n = 0;
        for (boolean[] row : cells) for (boolean c : row) if (c) n++;
        return n;
    }

    /** The page's cells that hold ink, ruled lines and the cells near a word's box taken out. */
    private static boolean[][] inkOutsideWords(BufferedImage img, List<Word> words, int cell) {
        int gw = img.getWidth() / cell, gh = img.getHeight() / cell;
        boolean[][] ink = new boolean[gh][gw];
        Raster r = img.getRaster();
        int[] px = new int[cell * cell];
        // 3 dark pixels of 64 at 300 dpi: the same share of the cell at any resolution
        int enough = Math.max(2, Math.round(3f * cell * cell / (CELL * CELL)));
        for (int gy = 0; gy < gh; gy++) {
            for (int gx = 0; gx < gw; gx++) {
                r.getSamples(gx * cell, gy * cell, cell, cell, 0, px);
                int dark = 0;
                for (int v : px) if (v < 128) dark++;
                ink[gy][gx] = dark >= enough;
            }
        }
        // a ruled line is a long run of ink one or two cells thick: not text
        for (int gy = 0; gy < gh; gy++) {
            for (int gx = 0; gx < gw; ) {
                if (!ink[gy][gx]) {
                    gx++;
                    continue;
                }
                int s = gx;
                while (gx < gw && ink[gy][gx]) gx++;
                if (gx - s > 60) {
                    boolean thin = (gy == 0 || !allInk(ink[gy - 1], s, gx)) || (gy + 1 == gh || !allInk(ink[gy + 1], s, gx));
                    if (thin) for (int x = s; x < gx; x++) ink[gy][x] = false;
                }
            }
        }
        for (Word w : words) {
            for (int gy = Math.max(0, w.top() / cell - 1); gy <= Math.min(gh - 1, w.bottom() / cell + 1); gy++) {
                for (int gx = Math.max(0, w.left() / cell - 1); gx <= Math.min(gw - 1, w.right() / cell + 1); gx++) ink[gy][gx] = false;
            }
        }
        return ink;
    }

    private static boolean allInk(boolean[] row, int from, int to) {
        for (int x = from; x < to; x++) if (!row[x]) return false;
        return true;
    }

    /** The regions, with a margin, stacked one under another on a white page to be read in one go. */
    record Sheet(BufferedImage image, List<Rectangle> regions, List<Integer> offsets, int gap) {}

    static Sheet sheet(BufferedImage img, List<Rectangle> regions, int cell) {
        // a margin of a cell and a half: enough for the letters' edges, too little to take in the next line's
        int pad = cell * 3 / 2, gap = 5 * cell, width = 0, height = gap;
        List<Rectangle> grown = new ArrayList<>();
        for (Rectangle r : regions) {
            Rectangle g = r.union(r).intersection(new Rectangle(0, 0, img.getWidth(), img.getHeight()));
            g = new Rectangle(Math.max(0, g.x - pad), Math.max(0, g.y - pad), g.width + 2 * pad, g.height + 2 * pad)
                    .intersection(new Rectangle(0, 0, img.getWidth(), img.getHeight()));
            grown.add(g);
            width = Math.max(width, g.width + 2 * gap);
            height += g.height + gap;
        }
        BufferedImage sheet = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        var g2 = sheet.createGraphics();
        g2.setColor(java.awt.Color.WHITE);
        g2.fillRect(0, 0, width, height);
        List<Integer> offsets = new ArrayList<>();
        int y = gap;
        for (Rectangle r : grown) {
            g2.drawImage(img.getSubimage(r.x, r.y, r.width, r.height), gap, y, null);
            offsets.add(y);
            y += r.height + gap;
        }
        g2.dispose();
        return new Sheet(sheet, grown, offsets, gap);
    }

    /**
     * The page's words without the second reading of a word read already: a region can take in
     * the edge of a line the page's reading had (ink joined across a small gap), and the words
     * read again there would stand twice. A word put back is dropped when most of its box lies
     * on the same word of the page's own reading.
     */
    static List<Word> withoutRereads(List<Word> words) {
        List<Word> first = new ArrayList<>(), again = new ArrayList<>();
        for (Word w : words) (w.line() != null && w.line().startsWith("lost") ? again : first).add(w);
        if (again.isEmpty()) return words;
        List<Word> out = new ArrayList<>(first);
        for (Word w : again) {
            boolean twice = false;
            for (Word f : first) {
                long ix = Math.max(0, Math.min(w.right(), f.right()) - Math.max(w.left(), f.left()));
                long iy = Math.max(0, Math.min(w.bottom(), f.bottom()) - Math.max(w.top(), f.top()));
                long smaller = Math.min((long) w.width() * w.height(), (long) f.width() * f.height());
                if (smaller > 0 && ix * iy * 2 > smaller && same(w.text(), f.text())) {
                    twice = true;
                    break;
                }
            }
            if (!twice) out.add(w);
        }
        return out;
    }

    /** The same word read twice (case and marks aside); a different word on the spot is a reading the first one missed. */
    private static boolean same(String a, String b) {
        return a.replaceAll("[^\\p{L}\\p{N}]", "").equalsIgnoreCase(b.replaceAll("[^\\p{L}\\p{N}]", ""));
    }

    /** Words read from the sheet, put back where their region stands on the page. */
    static List<Word> placeBack(Sheet s, List<Word> read) {
        List<Word> out = new ArrayList<>();
        int gap = s.gap();
        for (Word w : read) {
            if (w.conf() < 50 || w.text().codePoints().noneMatch(Character::isLetterOrDigit)) continue;
            double cy = w.centerY();
            for (int i = 0; i < s.regions().size(); i++) {
                Rectangle r = s.regions().get(i);
                int top = s.offsets().get(i);
                if (cy < top || cy >= top + r.height) continue;
                int dx = r.x - gap, dy = r.y - top;
                out.add(new Word(w.text(), w.left() + dx, w.top() + dy, w.right() + dx, w.bottom() + dy, w.conf(), "lost." + i + "." + w.line()));
                break;
            }
        }
        return out;
    }
}
