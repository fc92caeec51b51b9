package vn.camket.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

class MatchSampleTest {
    /** An index of {@code blocks} runs of {@code perBlock} records each (a plan's records stand together), a segment every 700 records. */
    private static DirectoryReader index(ByteBuffersDirectory dir, int blocks, int perBlock) throws Exception {
        try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig())) {
            int n = 0;
            for (int b = 0; b < blocks; b++) {
                for (int k = 0; k < perBlock; k++) {
                    Document d = new Document();
                    d.add(new StringField("block", "b" + b, Field.Store.NO));
                    d.add(new StringField("parity", k % 2 == 0 ? "even" : "odd", Field.Store.NO));
                    w.addDocument(d);
                    if (++n % 700 == 0) w.commit();
                }
            }
        }
        return DirectoryReader.open(dir);
    }

    private static List<Integer> kept(MatchSample s) throws Exception {
        List<Integer> docs = new ArrayList<>();
        for (var md : s.getMatchingDocs()) {
            DocIdSetIterator it = md.bits().iterator();
            if (it == null) continue;
            for (int d = it.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = it.nextDoc()) docs.add(md.context().docBase + d);
        }
        return docs;
    }

    @Test
    void keepsEveryMatchWhenThereAreNoMoreThanTheSample() throws Exception {
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory(); DirectoryReader r = index(dir, 10, 50)) {
            MatchSample s = new IndexSearcher(r).search(new MatchAllDocsQuery(), MatchSample.manager(500));
            assertThat(s.total()).isEqualTo(500);
            assertThat(kept(s)).hasSize(500);
            assertThat(s.scale()).isEqualTo(1.0);
        }
    }

    @Test
    void aLargeMatchSetIsCountedExactlyAndSampledEvenlyWithinTheSampleSize() throws Exception {
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory(); DirectoryReader r = index(dir, 40, 150)) {
            int size = 400;
            MatchSample s = new IndexSearcher(r).search(new TermQuery(new Term("parity", "even")), MatchSample.manager(size));
            assertThat(s.total()).isEqualTo(3000);
            List<Integer> kept = kept(s);
            assertThat(kept.size()).isBetween(size / 2, size);
            assertThat(s.scale() * kept.size()).isCloseTo(3000.0, org.assertj.core.api.Assertions.within(1e-6));
            // only matches are kept, each once
            assertThat(kept).allMatch(d -> (d % 150) % 2 == 0).doesNotHaveDuplicates();
            // spread over the whole index: every run of records is in the sample
            java.util.Set<Integer> blocks = new java.util.HashSet<>();
            for (int d : kept) blocks.add(d / 150);
            assertThat(blocks).hasSize(40);
        }
    }

    @Test
    void slicesSampledApartAreJoinedAtOneStride() throws Exception {
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory(); DirectoryReader r = index(dir, 10, 210)) {
            List<LeafReaderContext> leaves = r.leaves();
            assertThat(leaves.size()).isGreaterThan(1);
            var manager = MatchSample.manager(100);
            // the first segment alone in one slice, the two others in another: they thin to different strides
            MatchSample first = manager.newCollector(), rest = manager.newCollector();
            for (LeafReaderContext leaf : leaves) {
                MatchSample c = leaf.ord == 0 ? first : rest;
                var lc = c.getLeafCollector(leaf);
                for (int d = 0; d < leaf.reader().maxDoc(); d++) lc.collect(d);
            }
            MatchSample joined = manager.reduce(List.of(rest, first));
            assertThat(joined.total()).isEqualTo(2100);
            List<Integer> kept = kept(joined);
            assertThat(kept).isSorted().doesNotHaveDuplicates();
            // one stride over all: each kept record stands for the same number of records
            assertThat(joined.scale() * kept.size()).isCloseTo(2100.0, org.assertj.core.api.Assertions.within(1e-6));
            int firstSize = leaves.getFirst().reader().maxDoc();
            long inFirst = kept.stream().filter(d -> d < firstSize).count();
            assertThat((double) inFirst / kept.size()).isCloseTo((double) firstSize / 2100, org.assertj.core.api.Assertions.within(0.05));
        }
    }
}
