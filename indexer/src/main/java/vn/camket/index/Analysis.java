package vn.camket.index;

import org.apache.lucene.analysis.Analyzer;
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
        return this == VIETNAMESE ? new VietnameseAnalyzer(model, true) : new BaselineAnalyzer();
    }

    public Analyzer queryAnalyzer(SyllableModel model) {
        return this == VIETNAMESE ? new VietnameseAnalyzer(model, false) : new BaselineAnalyzer();
    }
}
