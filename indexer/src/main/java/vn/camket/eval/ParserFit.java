package vn.camket.eval;

import java.util.List;
import vn.camket.parse.PlanParser;
import vn.camket.text.SourceText;

/**
 * What the parser learns from the corpus texts, so that an evaluation can fit it again without the
 * plan it scores ({@link LeaveOnePlanOut}). A parser that comes to learn something from the corpus
 * (word counts, weights of a table model) says so here: {@link #fitted()} names it and
 * {@link #fit} builds the parser from the texts given.
 */
public interface ParserFit {
    /** What is fitted from the corpus texts; empty when nothing is. */
    List<String> fitted();

    /** A parser fitted on these texts alone. */
    PlanParser fit(List<SourceText> training);

    /**
     * Today's parser: it reads its data files and the bundled hunspell syllable list, nothing
     * learned from the corpus. ({@code SyllableModel}'s word and word-pair counts are learned from
     * the corpus, by {@code IndexBuilder.learnModel}, for the search analysis only; the parser
     * uses {@code SyllableModel.bundledSyllables()}, which holds none of them.)
     */
    ParserFit CURRENT = new ParserFit() {
        @Override
        public List<String> fitted() {
            return List.of();
        }

        @Override
        public PlanParser fit(List<SourceText> training) {
            return PlanParser.withDefaults();
        }
    };
}
