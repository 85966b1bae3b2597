package jp.akapen.manuscript;

import java.time.Duration;
import java.time.Instant;

/**
 * The timestamps of one finished round, for turnaround figures: the resident's submission (the
 * base version's save), the contractor's return and the resident's decision.
 *
 * @param handlerId who returned the round
 */
public record RoundTiming(long articleId, int roundNumber, long handlerId, Instant submittedAt, Instant returnedAt,
        Instant reviewedAt) {

    public Duration contractorTime() {
        return Duration.between(submittedAt, returnedAt);
    }

    public Duration residentTime() {
        return Duration.between(returnedAt, reviewedAt);
    }
}
