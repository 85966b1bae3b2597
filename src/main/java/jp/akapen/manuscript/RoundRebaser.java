package jp.akapen.manuscript;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import jp.akapen.manuscript.diff.Change;
import jp.akapen.manuscript.diff.Changes;
import jp.akapen.manuscript.diff.Rebase;
import jp.akapen.manuscript.diff.Rebased;
import jp.akapen.shared.notification.NotificationService;
import org.springframework.stereotype.Component;

/**
 * Moves an open round onto the draft the resident saved meanwhile (W2, concurrency). Changes that
 * still apply move with the text; the others become conflicts the contractor resolves by hand.
 * Nothing is dropped, and the round's lock version moves on, so an editor still showing the old
 * text cannot save over the new one.
 */
@Component
class RoundRebaser {

    private final ManuscriptRepository repository;
    private final NotificationService notifications;

    RoundRebaser(ManuscriptRepository repository, NotificationService notifications) {
        this.repository = repository;
        this.notifications = notifications;
    }

    void rebaseOpenRound(ManuscriptRepository.Row manuscript, long newVersionId, String newBase, long actorId,
            Instant now) {
        var round = repository.openOrReturnedRound(manuscript.id())
                .filter(r -> r.status() == RoundStatus.OPEN)
                .orElseThrow(() -> new IllegalStateException("No open round on " + manuscript.id()));
        String oldBase = repository.version(round.baseVersionId()).orElseThrow().body();
        var rows = repository.changes(round.id());
        var applicable = rows.stream().filter(c -> !c.conflict()).toList();
        List<Rebased> results = Rebase.onto(oldBase, newBase,
                applicable.stream().map(ManuscriptRepository.ChangeRow::change).toList());

        List<Change> moved = new ArrayList<>();
        int conflicts = 0;
        for (int i = 0; i < applicable.size(); i++) {
            Rebased result = results.get(i);
            if (result.conflict()) {
                repository.markConflict(applicable.get(i).id());
                conflicts++;
            } else {
                moved.add(result.moved());
                repository.moveChange(applicable.get(i).id(), applicable.get(i).seq(), result.moved());
            }
        }
        String corrected = Changes.apply(newBase, moved);
        if (!repository.updateCorrected(round.id(), round.lockVersion(), newVersionId, corrected, actorId, now)) {
            throw new ConcurrentEditException();
        }
        resequence(round.id());
        repository.insertEvent(manuscript.id(), round.id(), "ROUND_REBASED", actorId,
                moved.size() + "," + conflicts, now);
        notifications.notifyAccount(round.openedBy(), "manuscript.notice.round-rebased",
                ManuscriptLinks.round(manuscript.id(), round.number()), manuscript.title(),
                String.valueOf(round.number()), String.valueOf(conflicts));
    }

    /** Numbers changes by position; conflicts (positions in an older text) come last. */
    void resequence(long roundId) {
        var rows = new ArrayList<>(repository.changes(roundId));
        rows.sort((a, b) -> a.conflict() != b.conflict() ? Boolean.compare(a.conflict(), b.conflict())
                : a.conflict() ? Integer.compare(a.seq(), b.seq()) : Integer.compare(a.start(), b.start()));
        for (int i = 0; i < rows.size(); i++) {
            var c = rows.get(i);
            repository.moveChange(c.id(), i + 1, c.change());
        }
    }
}
