package vn.camket.parse;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.camket.table.HeaderReader;
import vn.camket.text.Fold;

/** Line tests shared by the table parsers: header rows repeated on each page, page numbers, links. */
final class TableLines {
    private static final Set<String> HEADER_WORDS = Set.of(
            "tt", "stt", "ten", "nhiem", "vu", "co", "quan", "chu", "tri", "phoi", "hop", "thoi", "gian",
            "hoan", "thanh", "ghi", "ket", "qua", "san", "pham", "tien", "do", "thuc", "hien", "du", "kien",
            "giai", "phap", "theo", "doi", "danh", "gia", "don", "vi", "chi", "tieu", "noi", "dung", "va",
            "muc", "nam", "tri/theo", "thue");
    /** Links and punctuation-only debris. A lone number is kept: it may be a row number (the row parser decides). */
    private static final Pattern NOISE = Pattern.compile("^(https?://\\S*|[^\\p{L}\\p{N}]*)$");

    private static final Set<String> SYLLABLES = vn.camket.analysis.SyllableModel.bundledSyllables();

    private TableLines() {}

    /**
     * A table header line: mostly header words ("TT Tên nhiệm vụ Cơ quan chủ trì …"). In a line that
     * opens as the header does ("TT …"), words the OCR garbled past any syllable ("chii", "1ol") count
     * neither way: a page's repeated header is often garbled.
     */
    static boolean isHeader(String line) {
        return isLabels(line) || isMostlyHeaderWords(line);
    }

    private static final HeaderReader HEADERS = HeaderReader.bundled();

    /**
     * A line made of column labels read through the OCR channel ("San phaém dau ra", a label the OCR
     * printed on a line of its own where it read the page column by column): two label words at
     * least, and few other words.
     */
    private static boolean isLabels(String line) {
        HeaderReader.Reading r = HEADERS.read(line);
        return r.labelWords() >= 2 && r.junkWords() * 4 <= r.words();
    }

    private static boolean isMostlyHeaderWords(String line) {
        String[] words = Fold.ocrFold(line).replaceAll("[^a-z0-9/ ]", " ").trim().split("\\s+");
        boolean opensAsHeader = words[0].equals("tt") || words[0].equals("stt");
        int header = 0, other = 0;
        for (String w : words) {
            if (w.length() <= 1) continue;
            if (HEADER_WORDS.contains(w)) header++;
            else if (!opensAsHeader || SYLLABLES.contains(w) || w.chars().allMatch(Character::isDigit)) other++;
        }
        return header >= 2 && other <= header / 4;
    }

    static boolean isNoise(String line) {
        return NOISE.matcher(line.strip()).matches();
    }

    private static final Pattern GARBLED_ROMAN = Pattern.compile("^([IVXLlT1]{2,5})(?=\\s*[|.]?\\s)");
    private static final String[] ROMANS = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"};

    /** "IL", "IT" or "1I" where the next group's "II" was printed: read as that numeral only when it is the one expected next. */
    static String romanRead(String line, String lastGroup) {
        Matcher m = GARBLED_ROMAN.matcher(line);
        if (!m.find() || m.group(1).matches("[IVX]+") || !m.group(1).matches(".*[IVX].*")) return line;
        String expected = nextRoman(lastGroup);
        String read = m.group(1).replaceAll("[LlT1]", "I");
        return read.equals(expected) ? expected + line.substring(m.end(1)) : line;
    }

    /**
     * A group numeral the OCR misread into a short token ("1", "Il", "lV", "H" for II), then the
     * group's title: a group title is printed in capitals, which no task cell is ("1 | CHUYEN DOI SO
     * TRONG …", not "1 | Xây dựng …"). Several words in capitals, no cell's lower case among them.
     */
    private static final Pattern MISREAD_GROUP = Pattern.compile(
            "^([IVXLlTH1|!]{1,4})\\s*[.|):]?\\s+((?:[\\p{Lu}&,-]{2,}\\s+){2,}[\\p{Lu}&,-]{2,}(?:[\\s,.:;]+.*)?)$");

    /**
     * A line whose misread group numeral opens a title in capitals, printed as the group's numeral
     * ("III | CHUYEN DOI SO …"): the numeral as read when it reads as one with a V or an X in it (the
     * OCR keeps those), else the one due after {@code lastGroup} (group numerals run in order); the
     * line unchanged otherwise.
     */
    static String groupRead(String line, String lastGroup) {
        Matcher m = MISREAD_GROUP.matcher(line);
        if (!m.matches() || m.group(1).matches("[IVX]+")) return line;
        String title = m.group(2);
        long capitals = title.codePoints().filter(Character::isUpperCase).count();
        if (capitals < 10 || title.codePoints().filter(Character::isLowerCase).count() * 10 > capitals) return line;
        String read = m.group(1).replace("H", "II").replaceAll("[LlT1|!]", "I");
        boolean numeral = java.util.Arrays.asList(ROMANS).contains(read);
        String label = numeral && read.matches(".*[VX].*") ? read : nextRoman(lastGroup);
        if (label.isEmpty()) label = numeral ? read : "";
        return label.isEmpty() ? line : label + " | " + title;
    }

    /** The numeral after {@code last} ("" → "I", "II" → "III"), or "" past the table's end. */
    static String nextRoman(String last) {
        int at = java.util.Arrays.asList(ROMANS).indexOf(last);
        return at + 1 < ROMANS.length ? ROMANS[at + 1] : "";
    }
}
