package vn.camket.eval;

/** Counts of one plan scored against its truth, or of several added up. */
public final class TruthScore {
    public int gold, extracted, matched, leadRight, deadlineJudged, deadlineRight, metaRight, metaChecked;
    /** Plans scored, and those whose parse failed (scored as empty). */
    public int plans, failed;

    public void add(TruthScore s) {
        gold += s.gold; extracted += s.extracted; matched += s.matched; leadRight += s.leadRight;
        deadlineJudged += s.deadlineJudged; deadlineRight += s.deadlineRight;
        metaRight += s.metaRight; metaChecked += s.metaChecked; plans += s.plans; failed += s.failed;
    }

    public double recall() { return ratio(matched, gold); }
    public double precision() { return ratio(matched, extracted); }
    public double leadAccuracy() { return ratio(leadRight, matched); }
    public double deadlineAccuracy() { return ratio(deadlineRight, deadlineJudged); }

    /** 0 when there is nothing to divide (an empty extraction has no precision to boast of). */
    private static double ratio(int a, int b) { return b == 0 ? 0.0 : (double) a / b; }
}
