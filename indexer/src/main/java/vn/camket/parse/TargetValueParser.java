package vn.camket.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.camket.model.TargetValue;
import vn.camket.text.Fold;

/** Reads a target's value: "≥ 90%" → (≥, 90, %); "trên 80%" → (>, 80, %); "tối thiểu 55%" → (≥, 55, %). */
public final class TargetValueParser {
    private static final Pattern VALUE = Pattern.compile(
            "(≥|>=|≤|<=|>|<|=|toi thieu|it nhat|khong duoi|khong qua|toi da|tren|hon|duoi|dat|tu)?\\s*(\\d+(?:[.,]\\d+)?)\\s*(%)?");

    /** The unit after the number: "%" or a short word group ("doanh nghiệp", "người trên một vạn dân"). */
    public record Parsed(TargetValue value, String unit) {}

    public Parsed parse(String text) {
        if (text == null || text.isBlank()) return new Parsed(new TargetValue("", null, null), null);
        String f = Fold.ocrFold(text);
        Matcher m = VALUE.matcher(f);
        Parsed first = null;
        while (m.find()) {
            String num = m.group(2);
            // a year, a numbered reference ("03/NQ-CP") or a generation ("5G", "4.0") is not a target value
            if (num.matches("(19|20)\\d\\d") && m.group(3) == null) continue;
            if (m.start(2) > 0 && (f.charAt(m.start(2) - 1) == '/' || Character.isLetter(f.charAt(m.start(2) - 1)))) continue;
            if (m.end(2) < f.length() && (f.charAt(m.end(2)) == '/' || Character.isLetter(f.charAt(m.end(2))))) continue;
            String comparator = comparator(m.group(1));
            String unit = m.group(3) != null ? "%" : null;
            int rawStart = Math.max(0, Math.min(text.length(), m.start()));
            int rawEnd = Math.min(text.length(), m.end());
            Parsed p = new Parsed(new TargetValue(text.substring(rawStart, rawEnd).strip(), comparator, parseNumber(num)), unit);
            // a number with a comparator or a percent sign is the target; a bare one only if nothing better comes
            if (comparator != null || unit != null) return p;
            if (first == null) first = p;
        }
        return first != null ? first : new Parsed(new TargetValue("", null, null), null);
    }

    private static Double parseNumber(String s) {
        // Vietnamese decimals use a comma ("0,7"); a dot groups thousands ("1.000")
        String n = s.matches("\\d{1,3}(\\.\\d{3})+") ? s.replace(".", "") : s.replace(',', '.');
        try {
            return Double.parseDouble(n);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String comparator(String word) {
        if (word == null) return null;
        return switch (word) {
            case "≥", ">=", "toi thieu", "it nhat", "khong duoi", "tu" -> "≥";
            case "≤", "<=", "khong qua", "toi da" -> "≤";
            case ">", "tren", "hon" -> ">";
            case "<", "duoi" -> "<";
            case "=", "dat" -> "=";
            default -> null;
        };
    }
}
