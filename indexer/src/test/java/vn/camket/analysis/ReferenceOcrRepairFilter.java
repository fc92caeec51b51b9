package vn.camket.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * Replaces a folded token that is no Vietnamese syllable with the syllable the OCR most likely
 * garbled ("d6i" → "doi", "mei" after "doi" → "moi"), as chosen by a {@link SyllableModel} from
 * the token's spelling and the token before it. With {@code keepOriginal} the garbled form is
 * also kept at the same position, so searching the printed form still finds it. Offsets are
 * untouched: a highlight of the repaired word marks the printed one.
 */
/** The OCR repair filter as it was, over any repair function (kept to prove the same tokens). */
final class ReferenceOcrRepairFilter extends TokenFilter {
    interface Repair {
        String repair(String previous, String token, String next);
    }

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute posInc = addAttribute(PositionIncrementAttribute.class);
    private final TypeAttribute type = addAttribute(TypeAttribute.class);
    private final Repair model;
    private final boolean keepOriginal;
    private String previous = "";
    private String pendingOriginal;
    private State pendingState;
    // one token of lookahead: the token after the current one helps choose its repair
    private State currentState;
    private String currentTerm;
    private boolean exhausted;

    ReferenceOcrRepairFilter(TokenStream input, Repair model, boolean keepOriginal) {
        super(input);
        this.model = model;
        this.keepOriginal = keepOriginal;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (pendingOriginal != null) {
            restoreState(pendingState);
            term.setEmpty().append(pendingOriginal);
            posInc.setPositionIncrement(0);
            pendingOriginal = null;
            pendingState = null;
            return true;
        }
        if (currentTerm == null) {
            if (exhausted || !input.incrementToken()) {
                exhausted = true;
                return false;
            }
            currentState = captureState();
            currentTerm = term.toString();
        }
        String next = null;
        State nextState = null;
        if (!exhausted && input.incrementToken()) {
            nextState = captureState();
            next = term.toString();
        } else {
            exhausted = true;
        }
        String token = currentTerm;
        restoreState(currentState);
        String repaired = model.repair(previous, token, next);
        if (!repaired.equals(token)) {
            if (keepOriginal) {
                pendingState = captureState();
                pendingOriginal = token;
            }
            term.setEmpty().append(repaired);
            type.setType(OcrRepairFilter.TYPE_REPAIRED);
        }
        previous = repaired;
        currentTerm = next;
        currentState = nextState;
        return true;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        previous = "";
        pendingOriginal = null;
        pendingState = null;
        currentTerm = null;
        currentState = null;
        exhausted = false;
    }
}
