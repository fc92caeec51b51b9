package vn.camket.ocr;

/**
 * Aligns an intended text with what the OCR printed for it, character by character (weighted
 * edit distance), and says what each intended character became: "đổi" / "d6i" gives
 * {"d", "6", "i"}. A printed character inserted after an intended one goes with it ("ứ" → "tt"
 * in "cứu" / "cttu"); one printed before the first intended character goes with the first.
 */
final class CharAlignment {
    /** Edit costs, in nats (–log probability) once the model is estimated. */
    interface Costs {
        double sub(char intended, char printed);

        double del(char intended);

        double ins(char printed);
    }

    /** What each intended character became, and the alignment's total cost. */
    record Result(String[] outputs, double cost) {}

    private CharAlignment() {}

    static Result align(String intended, String printed, Costs costs) {
        int n = intended.length(), m = printed.length();
        double[][] d = new double[n + 1][m + 1];
        byte[][] op = new byte[n + 1][m + 1]; // 1 = sub/match, 2 = deletion, 3 = insertion
        for (int i = 1; i <= n; i++) {
            d[i][0] = d[i - 1][0] + costs.del(intended.charAt(i - 1));
            op[i][0] = 2;
        }
        for (int j = 1; j <= m; j++) {
            d[0][j] = d[0][j - 1] + costs.ins(printed.charAt(j - 1));
            op[0][j] = 3;
        }
        for (int i = 1; i <= n; i++) {
            char x = intended.charAt(i - 1);
            double del = costs.del(x);
            for (int j = 1; j <= m; j++) {
                char p = printed.charAt(j - 1);
                double best = d[i - 1][j - 1] + costs.sub(x, p);
                byte o = 1;
                double c = d[i - 1][j] + del;
                if (c < best) {
                    best = c;
                    o = 2;
                }
                c = d[i][j - 1] + costs.ins(p);
                if (c < best) {
                    best = c;
                    o = 3;
                }
                d[i][j] = best;
                op[i][j] = o;
            }
        }
        StringBuilder[] out = new StringBuilder[n];
        for (int i = 0; i < n; i++) out[i] = new StringBuilder(2);
        StringBuilder prefix = new StringBuilder();
        int i = n, j = m;
        // walking back, an insertion at (i, j) belongs to intended character i-1 (the one before it)
        while (i > 0 || j > 0) {
            byte o = op[i][j];
            if (o == 1) {
                out[i - 1].insert(0, printed.charAt(j - 1));
                i--;
                j--;
            } else if (o == 2) {
                i--;
            } else {
                if (i > 0) out[i - 1].insert(0, printed.charAt(j - 1));
                else prefix.insert(0, printed.charAt(j - 1));
                j--;
            }
        }
        String[] outputs = new String[n];
        for (int k = 0; k < n; k++) outputs[k] = out[k].toString();
        if (n > 0 && !prefix.isEmpty()) outputs[0] = prefix + outputs[0];
        return new Result(outputs, d[n][m]);
    }
}
