package vn.camket.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.camket.text.Fold;
import vn.camket.text.SourceText;

/**
 * Where the parts of a plan are: the body (after the title, before the signature block and the
 * distribution list "Nơi nhận") and the appendices ("Phụ lục", each with its caption "Kèm theo
 * Kế hoạch số …"). Line indexes here are 0-based.
 */
public record DocumentLayout(int bodyFrom, int bodyTo, List<Appendix> appendices) {
    private static final Pattern END_OF_BODY = Pattern.compile("^(noi nh\\S{0,3}\\s*:|(tm|kt)\\s*\\.\\s*(uy ban|chu tich|ubnd))");
    /** "Phụ lục II", "PHU LUC1 )", or a garbled "Phl.l‘ll.lc . ]": the word and its label alone on the line. */
    private static final Pattern APPENDIX_HEADING = Pattern.compile("^(ph[^ ]{0,3}\\s?l[^ ]{0,5}c|ph[^ ]{1,10}c)\\s*([ivxl1]+|\\d+)?[^a-z0-9]*([a-z][^a-z0-9]*)?$");
    private static final Pattern CAPTION = Pattern.compile("^[(\\[]?\\s*(ban hanh )?kem theo (ke hoach|van ban)");

    public static DocumentLayout of(SourceText text, int titleEnd) {
        List<String> folded = text.lines().stream().map(l -> Fold.ocrFold(l).replaceAll("^[^a-z0-9(\\[]+", "")).toList();
        int n = folded.size();
        List<Integer> starts = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (int i = titleEnd; i < n; i++) {
            String f = folded.get(i);
            boolean heading = f.length() <= 40 && APPENDIX_HEADING.matcher(f).find();
            boolean caption = CAPTION.matcher(f).find();
            if (!heading && !caption) continue;
            int start = i;
            String label = heading ? label(f) : null;
            if (caption) {
                // the heading and the appendix title stand just above the caption
                for (int k = i - 1; k >= Math.max(titleEnd, i - 5); k--) {
                    String g = folded.get(k);
                    if (g.length() <= 40 && APPENDIX_HEADING.matcher(g).find()) {
                        start = k;
                        label = label(g);
                        break;
                    }
                    if (!g.isBlank()) start = k;
                }
            }
            if (!starts.isEmpty() && start <= starts.getLast() + 5) {
                if (label != null && labels.getLast() == null) labels.set(labels.size() - 1, label);
                continue;
            }
            starts.add(start);
            labels.add(label);
        }
        int bodyTo = starts.isEmpty() ? n : starts.getFirst();
        for (int i = titleEnd; i < bodyTo; i++) {
            if (END_OF_BODY.matcher(folded.get(i)).find()) {
                bodyTo = i;
                break;
            }
        }
        List<Appendix> appendices = new ArrayList<>();
        for (int a = 0; a < starts.size(); a++) {
            int to = a + 1 < starts.size() ? starts.get(a + 1) : n;
            appendices.add(new Appendix(labels.get(a) == null ? "" : labels.get(a), starts.get(a), to));
        }
        return new DocumentLayout(titleEnd, bodyTo, appendices);
    }

    private static String label(String foldedHeading) {
        Matcher m = Pattern.compile("^ph\\S{0,3}\\s?l\\S{0,5}?c\\s*([ivx]+|\\d+)\\b").matcher(foldedHeading);
        if (!m.find()) return "";
        String l = m.group(1);
        return l.chars().allMatch(Character::isDigit) ? l : l.toUpperCase();
    }
}
