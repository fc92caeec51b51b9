package vn.camket.web.service;

import vn.camket.model.Plan;

/** A ready citation of a record: plan number and date, issuing body, place in the plan, permalink path. */
public final class Citations {
    /** Longest quotation of the printed text in a citation. */
    static final int QUOTE_MAX = 300;

    private Citations() {}

    public static String of(RecordView r) {
        Plan p = r.plan();
        StringBuilder b = new StringBuilder();
        if (p != null) {
            b.append("Kế hoạch số ").append(p.number() == null ? "?" : p.number());
            if (p.date() != null) b.append(" ngày ").append(vnDate(p.date()));
            if (p.issuer() != null) b.append(" của ").append(p.issuer());
            b.append(", ");
        }
        if (r.task() != null) {
            if (!r.task().appendix().isEmpty()) b.append("Phụ lục ").append(r.task().appendix()).append(", ");
            if (!r.task().group().isEmpty()) b.append("mục ").append(r.task().group()).append(", ");
            b.append("nhiệm vụ số ").append(r.task().row());
        } else if (r.target() != null) {
            b.append("chỉ tiêu ").append(r.target().row());
            if (r.target().horizon() != null) b.append(" (đến năm ").append(r.target().horizon()).append(")");
        } else if (r.clause() != null) {
            b.append("mục ").append(String.join(".", r.clause().path()));
        }
        int[] l = r.lines();
        b.append(" (dòng ").append(l[0]).append("–").append(l[1]).append(")");
        // the printed text is the text of reference: a machine-restored reading is never quoted as the plan's words
        String printed = r.text() == null ? "" : r.text().strip().replaceAll("\\s+", " ");
        if (!printed.isEmpty()) b.append(": “").append(printed.length() > QUOTE_MAX ? printed.substring(0, QUOTE_MAX) + " …" : printed).append("”");
        b.append(". /records/").append(r.id());
        return b.toString();
    }

    static String vnDate(String iso) {
        String[] p = iso.split("-");
        return p.length == 3 ? p[2] + "/" + p[1] + "/" + p[0] : iso;
    }
}
