package vn.camket.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.util.DocIdSetBuilder;

/**
 * A search's exact number of matches and a systematic sample of them, for facet counts: every
 * {@code stride}-th match in index order, the stride doubling (and every other kept match
 * dropped) whenever more than {@code size} are kept, so the sample holds between half of
 * {@code size} and {@code size} matches, spread evenly over the index (every plan's stretch of
 * it), and all of them when there are no more than {@code size}.
 *
 * <p>Lucene's {@code RandomSamplingFacetsCollector} first writes every match into a bit set the
 * size of the index and then draws from it; at a million records that bookkeeping cost as much
 * as the counting. Here a match costs a counter increment unless it is kept.
 */
final class MatchSample extends FacetsCollector {
    private final int size;
    private final List<Leaf> leaves = new ArrayList<>();
    private long total;
    private long stride = 1;
    private int kept;
    private Leaf current;

    /** One segment's kept matches, in order. */
    private static final class Leaf {
        final LeafReaderContext context;
        int[] docs = new int[16];
        int n;

        Leaf(LeafReaderContext context) {
            this.context = context;
        }

        void add(int doc) {
            if (n == docs.length) docs = java.util.Arrays.copyOf(docs, n * 2);
            docs[n++] = doc;
        }
    }

    MatchSample(int size) {
        super(false);
        if (size < 2) throw new IllegalArgumentException("sample size must be at least 2: " + size);
        this.size = size;
    }

    /** A manager for a search: one sample per slice of the index, joined into one at the end. */
    static CollectorManager<MatchSample, MatchSample> manager(int size) {
        return new CollectorManager<>() {
            @Override
            public MatchSample newCollector() {
                return new MatchSample(size);
            }

            @Override
            public MatchSample reduce(Collection<MatchSample> collectors) {
                List<MatchSample> all = new ArrayList<>(collectors);
                if (all.size() == 1) return all.getFirst();
                // slices are sampled apart: bring them to the coarsest stride, then join them in index order
                long stride = all.stream().mapToLong(c -> c.stride).max().orElse(1);
                MatchSample joined = new MatchSample(size);
                joined.stride = stride;
                for (MatchSample c : all) {
                    joined.total += c.total;
                    joined.kept += keepEvery(c.leaves, stride / c.stride);
                    joined.leaves.addAll(c.leaves);
                }
                joined.leaves.sort(java.util.Comparator.comparingInt(l -> l.context.docBase));
                return joined;
            }
        };
    }

    @Override
    public ScoreMode scoreMode() {
        return ScoreMode.COMPLETE_NO_SCORES;
    }

    @Override
    protected void doSetNextReader(LeafReaderContext context) {
        current = new Leaf(context);
        leaves.add(current);
    }

    @Override
    public void collect(int doc) {
        if (total++ % stride == 0) {
            current.add(doc);
            if (++kept > size) thin();
        }
    }

    @Override
    public void finish() {
        // nothing to close: the kept matches are read by getMatchingDocs
    }

    /** Keeps every other kept match and doubles the stride. */
    private void thin() {
        kept = keepEvery(leaves, 2);
        stride *= 2;
    }

    /**
     * Keeps, in place, the kept matches at every {@code every}-th place of their whole sequence over
     * the segments (the first included), so they stay every k-th match for a k that many times
     * larger; returns how many are left.
     */
    private static int keepEvery(List<Leaf> leaves, long every) {
        long at = 0;
        int left = 0;
        for (Leaf leaf : leaves) {
            int w = 0;
            for (int k = 0; k < leaf.n; k++, at++) if (at % every == 0) leaf.docs[w++] = leaf.docs[k];
            leaf.n = w;
            left += w;
        }
        return left;
    }

    /** The exact number of matches. */
    long total() {
        return total;
    }

    /** How many matches each kept one stands for (1 when all are kept). */
    double scale() {
        return kept == 0 ? 1 : (double) total / kept;
    }

    /** The kept matches, per segment, as facet counting reads them. */
    @Override
    public List<MatchingDocs> getMatchingDocs() {
        List<MatchingDocs> out = new ArrayList<>();
        for (Leaf leaf : leaves) {
            DocIdSetBuilder b = new DocIdSetBuilder(leaf.context.reader().maxDoc());
            DocIdSetBuilder.BulkAdder add = b.grow(leaf.n);
            for (int k = 0; k < leaf.n; k++) add.add(leaf.docs[k]);
            out.add(new MatchingDocs(leaf.context, b.build(), leaf.n, null));
        }
        return out;
    }
}
