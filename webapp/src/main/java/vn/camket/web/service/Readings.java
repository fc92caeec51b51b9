package vn.camket.web.service;

import java.util.ArrayList;
import java.util.List;
import vn.camket.model.Restoration;
import vn.camket.model.Restoration.Segment;

/** A restored reading cut short for a table cell, its uncertain words still apart (templates render each run escaped). */
public final class Readings {
    private Readings() {}

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
