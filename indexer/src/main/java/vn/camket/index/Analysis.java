package vn.camket.index;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import vn.camket.analysis.AccentAnalyzer;
import vn.camket.analysis.BaselineAnalyzer;
import vn.camket.analysis.SyllableModel;
import vn.camket.analysis.VietnameseAnalyzer;

/** Which analysis an index was built with; the query side uses the matching analyzer. */
public enum Analysis {
    /** Folding plus OCR repair: what the portal serves. */
    VIETNAMESE,
    /** Standard tokenizer, lower case, ASCII folding: the figure to beat. */
    BASELINE;

    public Analyzer indexAnalyzer(SyllableModel model) {
        if (this == BASELINE) return new BaselineAnalyzer();
        // the folded, repaired text and its context; beside them the plain and the accent-keeping forms
        return new PerFieldAnalyzerWrapper(new VietnameseAnalyzer(model, true),
                Map.of(IndexFields.PLAIN, new BaselineAnalyzer(), IndexFields.EXACT, new AccentAnalyzer()));
    }

    public Analyzer queryAnalyzer(SyllableModel model) {
        return this == VIETNAMESE ? new VietnameseAnalyzer(model, false) : new BaselineAnalyzer();
    }
}
