package vn.camket.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * Tesseract's TSV output (level, page, block, paragraph, line, word, left, top, width, height,
 * conf, text): the word rows (level 5) with text, as {@link Word}s. Also the cache's own format
 * for a page's words, which is the same shape so a cached page reads like a fresh one.
 */
final class TesseractTsv {
    private TesseractTsv() {}

    static List<Word> words(String tsv) {
        List<Word> words = new ArrayList<>();
        for (String row : tsv.split("\r?\n")) {
            String[] f = row.split("\t", -1);
            if (f.length < 12 || !"5".equals(f[0])) continue;
            String text = f[11].strip();
            if (text.isEmpty()) continue;
            try {
                int left = Integer.parseInt(f[6]), top = Integer.parseInt(f[7]);
                int w = Integer.parseInt(f[8]), h = Integer.parseInt(f[9]);
                double conf = Double.parseDouble(f[10]);
                words.add(new Word(text, left, top, left + w, top + h, conf, f[2] + "." + f[3] + "." + f[4]));
            } catch (NumberFormatException e) {
                // a malformed row is skipped; the rest of the page stands
            }
        }
        return words;
    }

    static String format(List<Word> words) {
        StringBuilder sb = new StringBuilder("level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n");
        for (Word w : words) {
            String[] l = (w.line() == null ? "0.0.0" : w.line()).split("\\.");
            sb.append("5\t1\t").append(l.length > 0 ? l[0] : "0").append('\t').append(l.length > 1 ? l[1] : "0").append('\t')
                    .append(l.length > 2 ? l[2] : "0").append("\t0\t").append(w.left()).append('\t').append(w.top()).append('\t')
                    .append(w.width()).append('\t').append(w.height()).append('\t').append(w.conf()).append('\t')
                    .append(w.text().replace('\t', ' ').replace('\n', ' ')).append('\n');
        }
        return sb.toString();
    }
}
