package jp.akapen.manuscript;

/** The resident decided on every change of a round; the result is a new version. */
public record ReviewFinished(long manuscriptId, Long articleId, long roundId, int roundNumber,
        int accepted, int rejected, FollowUp followUp) {
}
