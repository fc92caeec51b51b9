package vn.camket.lexicon;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import vn.camket.ocr.OcrChannel;

/**
 * The year a printed deadline year stands for. A plan sets its tasks due in the years after it
 * is issued, or at the genre's horizons (2030, 2035, 2045, 2050); a printed year past them all
 * ("2046", "2036" in a plan of 2025) is the OCR's misreading of one of them with one digit
 * misread: the one the channel times the prior finds likeliest, the prior favouring the years
 * nearest the plan's ("2046" of 2026 rather than of 2045). The channel alone cannot tell digits
 * apart (its pairs hold few misread digits); the genre's years can. A year before the plan's
 * stays as printed: it is a cited document's, which the deadline grammar sets aside.
 */
public final class DeadlineYears {
    /** How many years after the plan's own its near deadlines run. */
    private static final int NEAR_YEARS = 5;
    private static final List<Integer> HORIZONS = List.of(2030, 2035, 2045, 2050);
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)20\\d\\d(?!\\d)");
    /**
     * A year the OCR garbled beyond a digit for a digit of its last two: a letter read for its last
     * digit ("202q"), a digit too many ("29026"), or its leading 2 or 0 misread ("3029", "2926"),
     * standing alone as a year does (not inside a longer number or word).
     */
    private static final Pattern GARBLED = Pattern.compile("(?<![\\p{L}\\d.])(20\\d[a-z]|2\\d{4}|[013-9]0[2-5]\\d|2[1-9][2-5]\\d)(?![\\p{L}\\d])");

    private final OcrChannel channel;
    private final Map<String, String> cache = new ConcurrentHashMap<>();

    public DeadlineYears(OcrChannel channel) {
        this.channel = channel;
    }

    /** The years a plan of {@code planYear} may set deadlines in. */
    static List<Integer> plausible(int planYear) {
        List<Integer> out = new ArrayList<>();
        for (int y = planYear - 1; y <= planYear + NEAR_YEARS; y++) out.add(y);
        for (int h : HORIZONS) if (!out.contains(h)) out.add(h);
        return out;
    }

    /** The year {@code printed} (four digits) stands for in a plan of {@code planYear}. */
    public String read(String printed, int planYear) {
        return cache.computeIfAbsent(printed + "@" + planYear, k -> reading(printed, planYear));
    }

    private String reading(String printed, int planYear) {
        List<Integer> years = plausible(planYear);
        int year = Integer.parseInt(printed);
        if (years.contains(year) || year < planYear) return printed;
        String best = printed;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int y : years) {
            String intended = String.valueOf(y);
            if (differingDigits(printed, intended) != 1) continue;
            double score = channel.logProb(printed, intended) + logPrior(y, planYear);
            if (score > bestScore) {
                bestScore = score;
                best = intended;
            }
        }
        return best;
    }

    /** Near years likelier the nearer the plan's own; a horizon less likely than any near year. */
    private static double logPrior(int year, int planYear) {
        return year <= planYear + NEAR_YEARS ? -0.1 * Math.abs(year - planYear) : -1.0;
    }

    private static int differingDigits(String a, String b) {
        int n = 0;
        for (int k = 0; k < a.length(); k++) if (a.charAt(k) != b.charAt(k)) n++;
        return n;
    }

    /**
     * The plausible year a garbled one stands for ({@link #GARBLED}): the one the channel times the
     * prior finds likeliest among those the printing differs from by a letter for the last digit, by
     * one digit for another, or by one digit inserted; the printing itself when none is.
     */
    String readGarbled(String printed, int planYear) {
        String best = printed;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int y : plausible(planYear)) {
            String intended = String.valueOf(y);
            boolean letter = printed.length() == 4 && printed.startsWith(intended.substring(0, 3)) && Character.isLetter(printed.charAt(3));
            boolean digit = printed.length() == 4 && printed.chars().allMatch(Character::isDigit) && differingDigits(printed, intended) == 1;
            boolean inserted = false;
            for (int k = 1; k < printed.length() && printed.length() == 5 && !inserted; k++) {
                inserted = (printed.substring(0, k) + printed.substring(k + 1)).equals(intended);
            }
            if (!letter && !digit && !inserted) continue;
            double score = channel.logProb(printed, intended) + logPrior(y, planYear);
            if (score > bestScore) {
                bestScore = score;
                best = intended;
            }
        }
        return best;
    }

    /** The text with each year read as {@link #read} does, and each garbled one as {@link #readGarbled} does. */
    public String readYears(String text, int planYear) {
        String t = GARBLED.matcher(text).replaceAll(m -> readGarbled(m.group(), planYear));
        return YEAR.matcher(t).replaceAll(m -> read(m.group(), planYear));
    }
}
