package vn.camket.pdf;

/**
 * Tesseract's Vietnamese model often prints a horned or accented vowel in capitals inside a
 * lower-case word ("ThƯờng", "nhƯ", "tỘc") and a short word of a sentence in capitals ("BỘ Chính
 * trị", "CƠ quan"). A capital that is not the word's first letter and carries a Vietnamese mark is
 * put in lower case when the word, or the line around an all-capital word, is in lower case;
 * plain capitals (UBND, KH&CN) and lines in capitals (titles) are left as printed.
 */
final class CaseRepair {
    private CaseRepair() {}

    static String line(String text) {
        String[] words = text.split(" ", -1);
        int capitalWords = 0, letterWords = 0;
        for (String w : words) {
            if (w.codePoints().filter(Character::isLetter).count() < 2) continue;
            letterWords++;
            if (w.codePoints().filter(Character::isLetter).allMatch(Character::isUpperCase)) capitalWords++;
        }
        boolean titleLine = letterWords > 0 && capitalWords * 2 >= letterWords;
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < words.length; i++) {
            if (i > 0) sb.append(' ');
            // a short word in capitals beside another in capitals is a name or a heading ("HƯNG YÊN")
            boolean capsBeside = (i > 0 && capitals(words[i - 1])) || (i + 1 < words.length && capitals(words[i + 1]));
            sb.append(word(words[i], titleLine || capsBeside));
        }
        return sb.toString();
    }

    private static boolean capitals(String w) {
        return w.codePoints().filter(Character::isLetter).count() >= 2 && w.codePoints().filter(Character::isLetter).allMatch(Character::isUpperCase);
    }

    static String word(String w, boolean titleLine) {
        if (w.length() < 2) return w;
        boolean allCaps = w.codePoints().filter(Character::isLetter).allMatch(Character::isUpperCase);
        if (allCaps && (titleLine || w.codePoints().filter(Character::isLetter).count() > 3)) return w;
        StringBuilder sb = new StringBuilder(w.length());
        boolean first = true, marked = false;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (Character.isLetter(c) && c > 0x7f && c != 'Đ') marked = true;
        }
        if (!marked) return w;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (Character.isLetter(c)) {
                if (!first && Character.isUpperCase(c) && (c > 0x7f || allCaps)) c = Character.toLowerCase(c);
                first = false;
            }
            sb.append(c);
        }
        return sb.toString();
    }
}
