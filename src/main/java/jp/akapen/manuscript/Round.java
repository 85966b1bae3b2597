package jp.akapen.manuscript;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A correction round with its changes, ordered by position in the base text.
 *
 * @param submittedAt when the base version was saved: the start of the round's turnaround
 * @param lockVersion what a save must present, so two editors cannot overwrite each other
 */
public record Round(long id, long manuscriptId, int number, int baseVersionNumber, String baseText,
        String correctedText, RoundStatus status, LocalDate dueOn, long openedBy, String openedByName,
        Instant openedAt, Instant submittedAt, Instant returnedAt, Instant reviewedAt,
        Integer resultVersionNumber, int lockVersion, List<TrackedChange> changes) {

    public List<TrackedChange> conflicts() {
        return changes.stream().filter(TrackedChange::conflict).toList();
    }

    /** What has to be fixed before the round can be returned; the return refuses the same. */
    public ReturnBlockers returnBlockers() {
        return ReturnBlockers.of(changes);
    }

    public List<TrackedChange> applicable() {
        return changes.stream().filter(c -> !c.conflict()).toList();
    }
}
