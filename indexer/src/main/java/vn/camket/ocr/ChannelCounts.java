package vn.camket.ocr;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How often each intended unit (one or two characters) became each printed string (0–3
 * characters), as counted from aligned pairs: the data of the OCR channel model, and the format
 * of its file ({@code unit TAB printed TAB count}, {@code total} lines for the units' totals;
 * space written {@code \s}, backslash {@code \\}, the empty string {@code \e}).
 */
final class ChannelCounts {
    /** intended unit → printed string → count. */
    final Map<String, Map<String, Integer>> outputs = new HashMap<>();
    /** intended unit → how often it was seen (with any output, also ones longer than counted). */
    final Map<String, Integer> totals = new HashMap<>();

    void add(String unit, String printed) {
        totals.merge(unit, 1, Integer::sum);
        if (printed.length() <= OcrChannel.MAX_OUT) outputs.computeIfAbsent(unit, k -> new HashMap<>()).merge(printed, 1, Integer::sum);
    }

    int total(String unit) {
        return totals.getOrDefault(unit, 0);
    }

    int count(String unit, String printed) {
        Map<String, Integer> o = outputs.get(unit);
        return o == null ? 0 : o.getOrDefault(printed, 0);
    }

    /** Writes units seen at least {@code minPairs} times per (unit, printed) pair; single characters always. */
    void write(Writer out, List<String> header, int minPairs) throws IOException {
        BufferedWriter w = new BufferedWriter(out);
        for (String h : header) w.write("# " + h + "\n");
        for (var e : new TreeMap<>(totals).entrySet()) {
            w.write("total\t" + escape(e.getKey()) + "\t" + e.getValue() + "\n");
        }
        for (var u : new TreeMap<>(outputs).entrySet()) {
            int min = u.getKey().length() == 1 ? 1 : minPairs;
            for (var p : new TreeMap<>(u.getValue()).entrySet()) {
                if (p.getValue() >= min) w.write("unit\t" + escape(u.getKey()) + "\t" + escape(p.getKey()) + "\t" + p.getValue() + "\n");
            }
        }
        w.flush();
    }

    static ChannelCounts read(BufferedReader r) throws IOException {
        ChannelCounts c = new ChannelCounts();
        int lineNo = 0;
        for (String line; (line = r.readLine()) != null; ) {
            lineNo++;
            if (line.isEmpty() || line.startsWith("#")) continue;
            String[] f = line.split("\t", -1);
            try {
                switch (f[0]) {
                    case "total" -> c.totals.put(unescape(f[1]), Integer.parseInt(f[2]));
                    case "unit" -> c.outputs.computeIfAbsent(unescape(f[1]), k -> new HashMap<>()).put(unescape(f[2]), Integer.parseInt(f[3]));
                    default -> throw new IOException("unknown record '" + f[0] + "'");
                }
            } catch (RuntimeException e) {
                throw new IOException("bad OCR channel line " + lineNo + ": " + line, e);
            }
        }
        return c;
    }

    static String escape(String s) {
        if (s.isEmpty()) return "\\e";
        StringBuilder b = new StringBuilder();
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case '\\' -> b.append("\\\\");
                case ' ' -> b.append("\\s");
                case '\t' -> b.append("\\t");
                default -> b.append(ch);
            }
        }
        return b.toString();
    }

    static String unescape(String s) {
        if (s.equals("\\e")) return "";
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                b.append(switch (n) {
                    case 's' -> ' ';
                    case 't' -> '\t';
                    default -> n;
                });
            } else {
                b.append(ch);
            }
        }
        return b.toString();
    }
}
