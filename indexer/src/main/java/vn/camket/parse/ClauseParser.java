package vn.camket.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.camket.model.Clause;
import vn.camket.text.SourceText;

/**
 * Splits a plan's body into clauses: parts (I., II.), sections (1., 2.1.), sub-clauses (a), b),
 * đ)), bullets (-, +, •) and plain paragraphs, each with its path and its chain of headings.
 * A line goes on the clause above it unless it opens a new one; after a blank line a capitalised
 * line that follows a finished sentence opens a new paragraph.
 */
public final class ClauseParser {
    private static final Pattern ROMAN = Pattern.compile("^([IVX]{1,5})\\s*[.:]\\s*(\\S.*)$");
    private static final Pattern ARABIC = Pattern.compile("^(\\d{1,2}(?:\\.\\d{1,2}){0,2})\\s*[.)]\\s*(\\S.*)$");
    private static final Pattern LETTER = Pattern.compile("^([a-zđA-Z¢©])\\s*\\)\\s*(\\S.*)$");
    private static final Pattern BULLET = Pattern.compile("^[-–—•+*]\\s*(\\S.*)$");
    private static final Pattern STRAY_LEAD = Pattern.compile("^[\\s'’‘\"`.,:;|]+");
    private static final Pattern NOISE = Pattern.compile("^(\\d{1,3}|https?://\\S*|[^\\p{L}\\p{N}]*)$");
    private static final int HEADING_MAX = 160;

    private final ThemeClassifier themes;

    public ClauseParser(ThemeClassifier themes) {
        this.themes = themes;
    }

    /** Level of a unit: parts, sections, sub-clauses, bullets, paragraphs. */
    private enum Level { PART, SECTION, LETTER, BULLET, PARAGRAPH }

    private static final class Unit {
        Level level;
        String label;
        List<String> path;
        List<String> headings;
        StringBuilder text = new StringBuilder();
        int from, to;
    }

    public List<Clause> parse(SourceText src, String planId, int from, int to) {
        List<Unit> units = new ArrayList<>();
        Unit[] open = new Unit[Level.values().length];
        int[] childCount = new int[Level.values().length + 1];
        Unit current = null;
        boolean blankBefore = false;
        for (int i = from; i < to; i++) {
            String raw = src.lines().get(i);
            String line = STRAY_LEAD.matcher(raw).replaceFirst("").strip();
            if (line.isEmpty()) {
                blankBefore = true;
                continue;
            }
            if (NOISE.matcher(line).matches()) continue;
            Level level = null;
            String label = null;
            String body = line;
            Matcher m;
            if ((m = ROMAN.matcher(line)).matches() && isHeadingLike(m.group(2))) {
                level = Level.PART; label = m.group(1); body = line;
            } else if ((m = ARABIC.matcher(line)).matches() && !m.group(2).matches("^\\d.*")) {
                level = Level.SECTION; label = m.group(1); body = line;
            } else if ((m = LETTER.matcher(line)).matches()) {
                level = Level.LETTER; label = letter(m.group(1)); body = line;
            } else if ((m = BULLET.matcher(line)).matches()) {
                level = Level.BULLET; body = line;
            } else if (current == null || (blankBefore && endsSentence(current.text) && startsUpper(line))) {
                level = Level.PARAGRAPH;
            }
            blankBefore = false;
            if (level == null) {
                current.text.append(joinSpace(current.text, line)).append(line);
                current.to = i;
                continue;
            }
            // close deeper levels, then open this unit under the nearest shallower one
            for (int l = level.ordinal(); l < open.length; l++) {
                if (l > level.ordinal()) childCount[l] = 0;
                open[l] = null;
            }
            for (int l = level.ordinal() + 1; l <= Level.values().length; l++) childCount[l] = 0;
            Unit u = new Unit();
            u.level = level;
            childCount[level.ordinal()]++;
            if (label == null) {
                label = (level == Level.BULLET ? "-" : "p") + childCount[level.ordinal()];
            }
            u.label = label;
            u.path = new ArrayList<>();
            u.headings = new ArrayList<>();
            for (int l = 0; l < level.ordinal(); l++) {
                if (open[l] != null) {
                    u.path.add(open[l].label);
                    u.headings.add(headingOf(open[l]));
                }
            }
            u.path.add(label);
            u.text.append(body);
            u.from = u.to = i;
            open[level.ordinal()] = u;
            units.add(u);
            current = u;
        }
        List<Clause> clauses = new ArrayList<>();
        for (Unit u : units) {
            String text = u.text.toString();
            String id = planId + ":c:" + String.join(".", u.path) + ":" + (u.from + 1);
            String heading = u.headings.isEmpty() ? null : String.join(" / ", u.headings);
            clauses.add(new Clause(id, planId, src.source(), List.copyOf(u.path), List.copyOf(u.headings), text,
                    new int[] {u.from + 1, u.to + 1}, themes.classify(heading, text)));
        }
        return clauses;
    }

    private static String headingOf(Unit u) {
        String t = u.text.toString();
        return t.length() <= HEADING_MAX ? t : t.substring(0, HEADING_MAX).replaceAll("\\s+\\S*$", "") + "…";
    }

    /** OCR reads the letters c) and l) as ¢) and I). */
    private static String letter(String s) {
        return switch (s) {
            case "¢", "©" -> "c";
            case "I" -> "l";
            default -> s.toLowerCase();
        };
    }

    private static boolean isHeadingLike(String rest) {
        return !rest.isEmpty() && !Character.isDigit(rest.charAt(0));
    }

    private static boolean endsSentence(CharSequence text) {
        String t = text.toString().strip();
        return !t.isEmpty() && ".:;!?)".indexOf(t.charAt(t.length() - 1)) >= 0;
    }

    private static boolean startsUpper(String line) {
        return Character.isUpperCase(line.codePointAt(0));
    }

    private static String joinSpace(CharSequence text, String next) {
        return text.isEmpty() ? "" : " ";
    }
}
