package jp.akapen.manuscript;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
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
 * text cannot save over the new one. Also stores a round's changes in their order, for every
 * writer of a round.
 */
@Component
class RoundRebaser {

    /**
     * Where one of a round's changes should be.
     *
     * @param stored the row as it is now, or null for a change not stored yet
     */
    record Placement(ManuscriptRepository.ChangeRow stored, Change change, boolean conflict,
            ManuscriptRepository.ChangeRow annotatedLike) {

        Placement(ManuscriptRepository.ChangeRow stored, Change change, boolean conflict) {
            this(stored, change, conflict, null);
        }

        static Placement unchanged(ManuscriptRepository.ChangeRow row) {
            return new Placement(row, row.change(), row.conflict());
        }

        /** A new change that redoes a conflict by hand: it takes over the conflict's reason and comment. */
        static Placement redoing(ManuscriptRepository.ChangeRow conflict, Change change) {
            return new Placement(null, change, false, conflict);
        }

        private int storedSeq() {
            return stored == null ? 0 : stored.seq();
        }
    }

    /** Applicable changes by position (a new one before a stored one there); conflicts last, as they were. */
    private static final Comparator<Placement> ORDER = Comparator.comparing(Placement::conflict)
            .thenComparingInt(p -> p.conflict() ? 0 : p.change().start())
            .thenComparingInt(Placement::storedSeq);

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

        List<Placement> placements = new ArrayList<>();
        rows.stream().filter(ManuscriptRepository.ChangeRow::conflict).map(Placement::unchanged).forEach(placements::add);
        List<Change> moved = new ArrayList<>();
        int conflicts = 0;
        for (int i = 0; i < applicable.size(); i++) {
            Rebased result = results.get(i);
            if (result.conflict()) {
                placements.add(new Placement(applicable.get(i), applicable.get(i).change(), true));
                conflicts++;
            } else {
                moved.add(result.moved());
                placements.add(new Placement(applicable.get(i), result.moved(), false));
            }
        }
        String corrected = Changes.apply(newBase, moved);
        if (!repository.updateCorrected(round.id(), round.lockVersion(), newVersionId, corrected, actorId, now)) {
            throw new ConcurrentEditException();
        }
        store(round.id(), placements);
        repository.insertEvent(manuscript.id(), round.id(), "ROUND_REBASED", actorId,
                moved.size() + "," + conflicts, now);
        notifications.notifyAccount(round.openedBy(), "manuscript.notice.round-rebased",
                ManuscriptLinks.round(manuscript.id(), round.number()), manuscript.title(),
                String.valueOf(round.number()), String.valueOf(conflicts), RoundNames.noticeName(round.number()));
    }

    /**
     * Numbers the changes by position, conflicts (positions in an older text) last, and writes
     * each row once: a new change is inserted, a stored one updated only when it moves.
     */
    void store(long roundId, List<Placement> placements) {
        var ordered = placements.stream().sorted(ORDER).toList();
        for (int i = 0; i < ordered.size(); i++) {
            Placement p = ordered.get(i);
            int seq = i + 1;
            if (p.stored() == null) {
                var like = p.annotatedLike();
                repository.insertChange(roundId, seq, p.change(), like == null ? null : like.reason(),
                        like == null ? null : like.comment(), like == null ? null : like.ruleId(), p.conflict());
            } else if (p.stored().seq() != seq || p.stored().conflict() != p.conflict()
                    || !p.stored().change().equals(p.change())) {
                repository.placeChange(p.stored().id(), seq, p.change(), p.conflict());
            }
        }
    }
}
