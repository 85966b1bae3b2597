package jp.akapen.manuscript;

import java.time.Instant;
import java.util.List;
import jp.akapen.manuscript.diff.Change;

/**
 * One proposed change of a round: base text [start, end) = before becomes after.
 *
 * @param ruleId the proofreading rule that proposed the change (issue 16), or null when the contractor made it
 * @param conflict the change no longer applied cleanly to a newer draft; offsets refer to the
 *     draft it was made on, and it waits for the contractor
 */
public record TrackedChange(long id, int seq, int start, int end, String before, String after, Reason reason,
        String comment, String ruleId, boolean conflict, Decision decision, Instant decidedAt, List<Message> messages) {

    public Change change() {
        return new Change(start, end, before, after);
    }

    public record Message(long id, long authorId, String authorName, String body, Instant createdAt) {
    }
}
