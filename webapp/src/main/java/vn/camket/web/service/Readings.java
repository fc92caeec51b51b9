package vn.camket.web.service;

import java.util.ArrayList;
import java.util.List;
import vn.camket.model.Restoration;
import vn.camket.model.Restoration.Segment;

/** A restored reading cut short for a table cell, its uncertain words still apart (templates render each run escaped). */
public final class Readings {
    private Readings() {}

    /**
     * The reading cut at its line ends, each line's runs apart (uncertain words stay whole: a word
     * never spans a line end). Empty for no reading.
     */
    public static List<List<Segment>> lines(Restoration r) {
        List<List<Segment>> out = new ArrayList<>();
        if (r == null) return out;
        List<Segment> line = new ArrayList<>();
        for (Segment s : r.segments()) {
            String[] parts = s.text().split("\r?\n", -1);
            for (int i = 0; i < parts.length; i++) {
                if (i > 0) {
                    out.add(line);
                    line = new ArrayList<>();
                }
                if (!parts[i].isEmpty()) line.add(new Segment(parts[i], s.uncertain()));
            }
        }
        out.add(line);
        return out;
    }

    /** The runs of the reading up to {@code max} characters, an ellipsis where it was cut. */
    public static List<Segment> clip(Restoration r, int max) {
        List<Segment> out = new ArrayList<>();
        if (r == null) return out;
        int left = max;
        for (Segment s : r.segments()) {
            if (s.text().length() <= left) {
                out.add(s);
                left -= s.text().length();
                continue;
            }
            if (left > 0) out.add(new Segment(s.text().substring(0, left), s.uncertain()));
            out.add(new Segment(" …", false));
            break;
        }
        return out;
    }
}
