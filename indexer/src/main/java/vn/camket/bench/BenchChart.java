package vn.camket.bench;

import java.util.List;
import java.util.Locale;

/** An SVG line chart of latency (p50 and p99) against concurrent clients, one colour per engine. */
public final class BenchChart {
    public record Series(String label, String colour, List<LoadRun.Result> runs) {}

    private static final int W = 720, H = 420, LEFT = 70, RIGHT = 190, TOP = 40, BOTTOM = 60;

    public static String svg(String title, List<Series> series) {
        double max = 1;
        for (Series s : series) for (LoadRun.Result r : s.runs()) max = Math.max(max, r.p99());
        max = niceCeiling(max);
        List<Integer> clients = series.isEmpty() ? List.of() : series.getFirst().runs().stream().map(LoadRun.Result::clients).toList();
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" font-family=\"sans-serif\" font-size=\"12\">%n", W, H));
        b.append(String.format(Locale.ROOT, "<rect width=\"%d\" height=\"%d\" fill=\"white\"/>%n", W, H));
        b.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"22\" font-size=\"15\">%s</text>%n", LEFT, esc(title)));
        int plotW = W - LEFT - RIGHT, plotH = H - TOP - BOTTOM;
        for (int k = 0; k <= 5; k++) {
            double v = max * k / 5;
            double y = TOP + plotH - plotH * k / 5.0;
            b.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#ddd\"/>%n", LEFT, y, LEFT + plotW, y));
            b.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%.0f</text>%n", LEFT - 6, y + 4, v));
        }
        b.append(String.format(Locale.ROOT, "<text x=\"16\" y=\"%d\" transform=\"rotate(-90 16 %d)\" text-anchor=\"middle\">latency, ms</text>%n",
                TOP + plotH / 2, TOP + plotH / 2));
        for (int i = 0; i < clients.size(); i++) {
            double x = xOf(i, clients.size(), plotW);
            b.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%d</text>%n", x, TOP + plotH + 18, clients.get(i)));
        }
        b.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">concurrent clients</text>%n", LEFT + plotW / 2, H - 16));
        int legend = 0;
        for (Series s : series) {
            for (String pct : List.of("p50", "p99")) {
                StringBuilder pts = new StringBuilder();
                for (int i = 0; i < s.runs().size(); i++) {
                    LoadRun.Result r = s.runs().get(i);
                    double v = pct.equals("p50") ? r.p50() : r.p99();
                    double y = TOP + plotH - plotH * Math.min(v, max) / max;
                    pts.append(String.format(Locale.ROOT, "%.1f,%.1f ", xOf(i, s.runs().size(), plotW), y));
                }
                String dash = pct.equals("p50") ? "" : " stroke-dasharray=\"6 4\"";
                b.append(String.format(Locale.ROOT, "<polyline points=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"2\"%s/>%n", pts.toString().strip(), s.colour(), dash));
                double ly = TOP + 10 + legend * 20;
                b.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"%s\" stroke-width=\"2\"%s/>%n",
                        W - RIGHT + 12, ly, W - RIGHT + 40, ly, s.colour(), dash));
                b.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\">%s %s</text>%n", W - RIGHT + 46, ly + 4, esc(s.label()), pct));
                legend++;
            }
        }
        return b.append("</svg>\n").toString();
    }

    private static double xOf(int i, int n, int plotW) {
        return LEFT + (n <= 1 ? plotW / 2.0 : plotW * (i + 0.5) / n);
    }

    private static double niceCeiling(double v) {
        double step = Math.pow(10, Math.floor(Math.log10(v)));
        for (double m : new double[] {1, 2, 5, 10}) if (m * step >= v) return m * step;
        return 10 * step;
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
