package jp.akapen.manuscript;

/** The contractor returned a round's corrections to the resident (seed W2). */
public record RoundReturned(long manuscriptId, Long articleId, long roundId, int roundNumber, long residentId) {
}
