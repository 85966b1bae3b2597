package jp.akapen.manuscript;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A correction round with its changes, ordered by position in the base text.
 *
 * @param submittedAt when the base version was saved: the start of the round's turnaround
 * @param lockVersion what a save must present, so two editors cannot overwrite each other
 * @param conflictContexts by change id, the text around each conflict in the draft it was made on
 */
public record Round(long id, long manuscriptId, int number, int baseVersionNumber, String baseText,
        String correctedText, RoundStatus status, LocalDate dueOn, long openedBy, String openedByName,
        Instant openedAt, Instant submittedAt, Instant returnedAt, Instant reviewedAt,
        Integer resultVersionNumber, int lockVersion, List<TrackedChange> changes,
        Map<Long, ChangeContext> conflictContexts) {

    public Round(long id, long manuscriptId, int number, int baseVersionNumber, String baseText,
            String correctedText, RoundStatus status, LocalDate dueOn, long openedBy, String openedByName,
            Instant openedAt, Instant submittedAt, Instant returnedAt, Instant reviewedAt,
            Integer resultVersionNumber, int lockVersion, List<TrackedChange> changes) {
        this(id, manuscriptId, number, baseVersionNumber, baseText, correctedText, status, dueOn, openedBy,
                openedByName, openedAt, submittedAt, returnedAt, reviewedAt, resultVersionNumber, lockVersion, changes,
                Map.of());
    }

    /**
     * The text around a change: in the base text, or for a conflict in the older draft it was
     * made on (empty when that draft no longer has the change's text there).
     */
    public Optional<ChangeContext> context(TrackedChange change) {
        if (change.conflict()) {
            return Optional.ofNullable(conflictContexts.get(change.id()));
        }
        return Optional.of(ChangeContext.around(baseText, change.start(), change.end()));
    }

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
