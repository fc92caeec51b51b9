package vn.camket.search;

/**
 * The weights of re-ranking that were chosen by measuring (the evaluation chooses them on half the
 * judged queries and reports them on the other half, both ways). {@code accentPenalty}: the factor
 * a clean passage's score is multiplied by, when the first page is chosen, for each pair of adjacent
 * words typed with diacritics that it holds only as a folding collision (1 = accents ignored). {@code coordination}: what holding most of the query's
 * content words adds. {@code plainFusion}: how much the plain baseline's ranking (BM25 over the
 * plain words alone) counts beside Camket's in the reciprocal-rank fusion of the two, which keeps
 * what plain folding ranks high near the top. {@code planRatio}: which plans share the second half of the first page in turns
 * ({@link FirstPage}): those whose best record scores at least this share of the first record's.
 */
public record RankingWeights(double accentPenalty, float coordination, double plainFusion, double planRatio) {
    public static final RankingWeights DEFAULT = new RankingWeights(0.5, 3f, 0.3, 0.0);

    public RankingWeights {
        if (accentPenalty <= 0 || accentPenalty > 1 || coordination < 0 || plainFusion < 0 || planRatio < 0) {
            throw new IllegalArgumentException("weights out of range");
        }
    }

    /** The first three weights, the others as shipped. */
    public RankingWeights(double accentPenalty, float coordination, double plainFusion) {
        this(accentPenalty, coordination, plainFusion, DEFAULT.planRatio());
    }
}
