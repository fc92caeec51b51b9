package vn.camket.search;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where a search's time goes, stage by stage (query building, facet counting, retrieval,
 * re-ranking, highlighting, stored-record decoding), summed over the searches it is handed to. The
 * benchmark prints it per corpus size; the portal passes {@link #NONE}, which records nothing.
 * A stage that runs beside others (on another thread) is summed all the same.
 */
public class StageTimes {
    /** Records nothing (the portal's searches). */
    public static final StageTimes NONE = new StageTimes() {
        @Override
        public long lap(String stage, long since) {
            return System.nanoTime();
        }

        @Override
        public long beside(String stage, long since) {
            return System.nanoTime();
        }

        @Override
        public void searched() {}
    };

    private final Map<String, Long> nanos = new LinkedHashMap<>();
    private final java.util.Set<String> besides = new java.util.LinkedHashSet<>();
    private int searches;

    /** Adds the time since {@code since} (a {@link System#nanoTime()}) to {@code stage}; returns now. */
    public synchronized long lap(String stage, long since) {
        long now = System.nanoTime();
        nanos.merge(stage, now - since, Long::sum);
        return now;
    }

    /** As {@link #lap}, for a stage that runs on another thread beside the request's own stages. */
    public synchronized long beside(String stage, long since) {
        besides.add(stage);
        return lap(stage, since);
    }

    /** The stages that ran beside the others: their time is not part of the request's sum. */
    public synchronized java.util.Set<String> besides() {
        return java.util.Set.copyOf(besides);
    }

    /** Counts one search (the mean is per search). */
    public synchronized void searched() {
        searches++;
    }

    public synchronized int searches() {
        return searches;
    }

    /** Each stage's mean milliseconds per search, in the order the stages first ran. */
    public synchronized Map<String, Double> meanMillis() {
        Map<String, Double> out = new LinkedHashMap<>();
        nanos.forEach((stage, n) -> out.put(stage, searches == 0 ? 0 : n / 1e6 / searches));
        return out;
    }
}
