package jp.akapen.manuscript;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.akapen.manuscript.diff.CarryOver;
import jp.akapen.manuscript.diff.Change;
import jp.akapen.manuscript.diff.Changes;
import jp.akapen.manuscript.diff.CorrectionDiff;
import jp.akapen.shared.JapaneseDates;
import jp.akapen.shared.People;
import jp.akapen.shared.PortalUser;
import jp.akapen.shared.Roles;
import jp.akapen.shared.SignedIn;
import jp.akapen.shared.notification.NotificationService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Correction rounds (seed W2): the contractor corrects a version, each change computed from the
 * text and annotated with a reason; the resident accepts or rejects each, and the accepted ones
 * make the next version. Writes lock the manuscript row, so a draft saved at the same moment and
 * the round's rebase onto it never interleave.
 */
@Service
@Transactional
public class CorrectionService {

    public static final int MAX_COMMENT = 2_000;

    private final ManuscriptRepository repository;
    private final RoundRebaser rebaser;
    private final People people;
    private final NotificationService notifications;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CorrectionService(ManuscriptRepository repository, RoundRebaser rebaser, People people,
            NotificationService notifications, ApplicationEventPublisher events, Clock clock) {
        this.repository = repository;
        this.rebaser = rebaser;
        this.people = people;
        this.notifications = notifications;
        this.events = events;
        this.clock = clock;
    }

    @Secured({Roles.Authorities.CONTRACTOR_MANAGER, Roles.Authorities.CONTRACTOR_HANDLER,
            Roles.Authorities.CONTRACTOR_STAFF})
    public Round openRound(long manuscriptId, LocalDate dueOn) {
        PortalUser user = SignedIn.require();
        ManuscriptAccess.requireContractor(user);
        var manuscript = locked(manuscriptId);
        if (manuscript.status() != ManuscriptStatus.DRAFTING) {
            throw new ManuscriptException(manuscript.status() == ManuscriptStatus.FINAL
                    ? "manuscript.error.final" : "manuscript.error.round-in-progress");
        }
        var base = repository.latestVersion(manuscriptId)
                .orElseThrow(() -> new ManuscriptException("manuscript.error.no-draft"));
        Instant now = clock.instant();
        if (dueOn == null || dueOn.isBefore(LocalDate.ofInstant(now, JapaneseDates.ZONE))) {
            throw new ManuscriptException("manuscript.error.due-date");
        }
        int number = manuscript.currentRound() + 1;
        long roundId = repository.insertRound(manuscriptId, number, base.id(), base.body(), dueOn, user.id(),
                base.createdAt(), now);
        repository.updateStatus(manuscriptId, ManuscriptStatus.IN_CORRECTION, false, now);
        repository.insertEvent(manuscriptId, roundId, "ROUND_OPENED", user.id(), String.valueOf(base.number()), now);
        notifications.notifyAccount(manuscript.residentId(), "manuscript.notice.round-opened",
                ManuscriptLinks.round(manuscriptId, number), manuscript.title(), String.valueOf(number));
        return round(manuscriptId, number);
    }

    @Secured({Roles.Authorities.RESIDENT, Roles.Authorities.CONTRACTOR_MANAGER, Roles.Authorities.CONTRACTOR_HANDLER,
            Roles.Authorities.CONTRACTOR_STAFF, Roles.Authorities.WARD_STAFF})
    @Transactional(readOnly = true)
    public List<Round> rounds(long manuscriptId) {
        readable(manuscriptId);
        return repository.rounds(manuscriptId).stream().map(this::toRound).toList();
    }

    @Secured({Roles.Authorities.RESIDENT, Roles.Authorities.CONTRACTOR_MANAGER, Roles.Authorities.CONTRACTOR_HANDLER,
            Roles.Authorities.CONTRACTOR_STAFF, Roles.Authorities.WARD_STAFF})
    @Transactional(readOnly = true)
    public Round round(long manuscriptId, int number) {
        readable(manuscriptId);
        return repository.round(manuscriptId, number).map(this::toRound)
                .orElseThrow(() -> new ManuscriptException("manuscript.error.not-found"));
    }

    /**
     * Stores the contractor's corrected text and recomputes the round's changes from it. Reasons
     * and comments stay with the changes that are still there.
     *
     * @param expectedLock the lock version the editor loaded; anything else is someone else's save
     */
    @Secured({Roles.Authorities.CONTRACTOR_MANAGER, Roles.Authorities.CONTRACTOR_HANDLER,
            Roles.Authorities.CONTRACTOR_STAFF})
    public Round saveCorrection(long roundId, int expectedLock, String correctedText) {
        PortalUser user = SignedIn.require();
        ManuscriptAccess.requireContractor(user);
        var round = openRoundLocked(roundId);
        if (round.lockVersion() != expectedLock) {
            throw new ConcurrentEditException();
        }
        String corrected = TextRules.require(correctedText);
        String base = repository.version(round.baseVersionId()).orElseThrow().body();
        List<Change> computed = CorrectionDiff.between(base, corrected);
        Instant now = clock.instant();
        if (!repository.updateCorrected(roundId, expectedLock, round.baseVersionId(), corrected, user.id(), now)) {
            throw new ConcurrentEditException();
        }
        keepAnnotations(roundId, computed);
        repository.insertEvent(round.manuscriptId(), roundId, "ROUND_SAVED", user.id(),
                String.valueOf(computed.size()), now);
        return round(round.manuscriptId(), round.number());
    }

    /**
     * Replaces the round's changes by the computed ones; a computed change that is an edit made
     * before keeps that change's row, and so its reason and comment. Conflicts stay as they are.
     */
    private void keepAnnotations(long roundId, List<Change> computed) {
        var rows = repository.changes(roundId);
        Map<Long, ManuscriptRepository.ChangeRow> applicable = new LinkedHashMap<>();
        rows.stream().filter(c -> !c.conflict()).forEach(c -> applicable.put(c.id(), c));
        var earlier = applicable.values().stream().map(c -> new CarryOver.Earlier(c.id(), c.change())).toList();
        List<RoundRebaser.Placement> placements = new ArrayList<>();
        Set<Long> keep = new HashSet<>();
        for (CarryOver.Placed placed : CarryOver.match(earlier, computed)) {
            var stored = placed.isNew() ? null : applicable.get(placed.earlierId());
            placements.add(new RoundRebaser.Placement(stored, placed.change(), false));
            if (stored != null) {
                keep.add(stored.id());
            }
        }
        rows.stream().filter(ManuscriptRepository.ChangeRow::conflict).forEach(c -> {
            placements.add(RoundRebaser.Placement.unchanged(c));
            keep.add(c.id());
        });
        repository.deleteChanges(roundId, keep);
        rebaser.store(roundId, placements);
    }

    @Secured({Roles.Authorities.CONTRACTOR_MANAGER, Roles.Authorities.CONTRACTOR_HANDLER,
            Roles.Authorities.CONTRACTOR_STAFF})
    public void annotate(long changeId, Reason reason, String comment) {
        PortalUser user = SignedIn.require();
        ManuscriptAccess.requireContractor(user);
        long roundId = repository.roundOfChange(changeId)
                .orElseThrow(() -> new ManuscriptException("manuscript.error.not-found"));
        openRoundLocked(roundId);
        String text = comment == null || comment.isBlank() ? null : TextRules.normalise(comment.strip());
        if (text != null && (text.length() > MAX_COMMENT || TextRules.problem(text).isPresent())) {
            throw new ManuscriptException("manuscript.error.comment");
        }
        repository.annotate(changeId, reason, text);
    }

    /** The contractor has redone a conflicting change by hand (or decided against it): it goes. */
    @Secured({Roles.Authorities.CONTRACTOR_MANAGER, Roles.Authorities.CONTRACTOR_HANDLER,
            Roles.Authorities.CONTRACTOR_STAFF})
    public Round resolveConflict(long changeId) {
        PortalUser user = SignedIn.require();
        ManuscriptAccess.requireContractor(user);
        long roundId = repository.roundOfChange(changeId)
                .orElseThrow(() -> new ManuscriptException("manuscript.error.not-found"));
        var round = openRoundLocked(roundId);
        var rows = repository.changes(roundId);
        var change = rows.stream().filter(c -> c.id() == changeId).findFirst().orElseThrow();
        if (!change.conflict()) {
            throw new ManuscriptException("manuscript.error.not-a-conflict");
        }
        repository.deleteChange(changeId);
        repository.insertEvent(round.manuscriptId(), roundId, "CONFLICT_RESOLVED", user.id(),
                abbreviate(change.before()) + " → " + abbreviate(change.after()), clock.instant());
        rebaser.store(roundId, rows.stream().filter(c -> c.id() != changeId)
                .map(RoundRebaser.Placement::unchanged).toList());
        return round(round.manuscriptId(), round.number());
    }

    @Secured({Roles.Authorities.CONTRACTOR_MANAGER, Roles.Authorities.CONTRACTOR_HANDLER,
            Roles.Authorities.CONTRACTOR_STAFF})
    public Round returnRound(long roundId, int expectedLock) {
        PortalUser user = SignedIn.require();
        ManuscriptAccess.requireContractor(user);
        var round = openRoundLocked(roundId);
        if (round.lockVersion() != expectedLock) {
            throw new ConcurrentEditException();
        }
        if (repository.changes(roundId).stream().anyMatch(ManuscriptRepository.ChangeRow::conflict)) {
            throw new ManuscriptException("manuscript.error.conflicts-open");
        }
        Instant now = clock.instant();
        if (!repository.markReturned(roundId, expectedLock, user.id(), now)) {
            throw new ConcurrentEditException();
        }
        var manuscript = repository.find(round.manuscriptId()).orElseThrow();
        repository.updateStatus(manuscript.id(), ManuscriptStatus.IN_REVIEW, false, now);
        int count = repository.changes(roundId).size();
        repository.insertEvent(manuscript.id(), roundId, "ROUND_RETURNED", user.id(), String.valueOf(count), now);
        notifications.notifyAccount(manuscript.residentId(), "manuscript.notice.round-returned",
                ManuscriptLinks.round(manuscript.id(), round.number()), manuscript.title(), String.valueOf(round.number()),
                String.valueOf(count));
        events.publishEvent(new RoundReturned(manuscript.id(), manuscript.articleId(), roundId, round.number(),
                manuscript.residentId()));
        return round(manuscript.id(), round.number());
    }

    @Secured(Roles.Authorities.RESIDENT)
    public void decide(long changeId, Decision decision) {
        long roundId = repository.roundOfChange(changeId)
                .orElseThrow(() -> new ManuscriptException("manuscript.error.not-found"));
        reviewable(roundId);
        repository.decide(roundId, changeId, decision, SignedIn.require().id(), clock.instant());
    }

    @Secured(Roles.Authorities.RESIDENT)
    public void decideAll(long roundId, Decision decision) {
        reviewable(roundId);
        repository.decide(roundId, null, decision, SignedIn.require().id(), clock.instant());
    }

    /** A reply about one change, from the resident or the contractor; the other side is told. */
    @Secured({Roles.Authorities.RESIDENT, Roles.Authorities.CONTRACTOR_MANAGER, Roles.Authorities.CONTRACTOR_HANDLER,
            Roles.Authorities.CONTRACTOR_STAFF})
    public void reply(long changeId, String body) {
        PortalUser user = SignedIn.require();
        long roundId = repository.roundOfChange(changeId)
                .orElseThrow(() -> new ManuscriptException("manuscript.error.not-found"));
        var round = repository.roundById(roundId).orElseThrow();
        var manuscript = locked(round.manuscriptId());
        if (Roles.RESIDENT.equals(user.role())) {
            ManuscriptAccess.requireOwner(user, manuscript);
        } else {
            ManuscriptAccess.requireContractor(user);
        }
        String text = body == null ? "" : TextRules.normalise(body.strip());
        if (text.isEmpty() || text.length() > MAX_COMMENT || TextRules.problem(text).isPresent()) {
            throw new ManuscriptException("manuscript.error.comment");
        }
        repository.insertMessage(changeId, user.id(), text, clock.instant());
        String link = ManuscriptLinks.round(manuscript.id(), round.number());
        if (Roles.RESIDENT.equals(user.role())) {
            notifications.notifyAccount(round.openedBy(), "manuscript.notice.reply", link, manuscript.title(),
                    String.valueOf(round.number()));
        } else {
            notifications.notifyAccount(manuscript.residentId(), "manuscript.notice.reply", link,
                    manuscript.title(), String.valueOf(round.number()));
        }
    }

    /**
     * Ends the resident's review: the next version is the round's base with exactly the accepted
     * changes applied.
     */
    @Secured(Roles.Authorities.RESIDENT)
    public Version finishReview(long roundId, FollowUp followUp) {
        PortalUser user = SignedIn.require();
        var round = reviewable(roundId);
        var changes = repository.changes(roundId);
        if (changes.stream().anyMatch(c -> c.decision() == Decision.PENDING)) {
            throw new ManuscriptException("manuscript.error.undecided");
        }
        var accepted = changes.stream().filter(c -> c.decision() == Decision.ACCEPTED)
                .map(ManuscriptRepository.ChangeRow::change).toList();
        String base = repository.version(round.baseVersionId()).orElseThrow().body();
        String result = Changes.apply(base, accepted);
        var manuscript = repository.find(round.manuscriptId()).orElseThrow();
        Instant now = clock.instant();
        int number = manuscript.latestVersion() + 1;
        long versionId = repository.insertVersion(manuscript.id(), number, result, VersionOrigin.REVIEW, null, null,
                roundId, user.id(), now);
        if (!repository.markReviewed(roundId, versionId, user.id(), now)) {
            throw new ConcurrentEditException();
        }
        int rejected = changes.size() - accepted.size();
        repository.insertEvent(manuscript.id(), roundId, "REVIEW_FINISHED", user.id(),
                accepted.size() + "," + rejected + "," + number, now);
        ManuscriptStatus next = followUp == FollowUp.FINAL ? ManuscriptStatus.FINAL : ManuscriptStatus.DRAFTING;
        repository.updateStatus(manuscript.id(), next, followUp == FollowUp.ANOTHER_ROUND, now);
        String link = ManuscriptLinks.round(manuscript.id(), round.number());
        notifications.notifyAccount(round.openedBy(), "manuscript.notice.review-finished", link, manuscript.title(),
                String.valueOf(round.number()), String.valueOf(accepted.size()), String.valueOf(rejected));
        events.publishEvent(new ReviewFinished(manuscript.id(), manuscript.articleId(), roundId, round.number(),
                accepted.size(), rejected, followUp));
        if (followUp == FollowUp.ANOTHER_ROUND) {
            repository.insertEvent(manuscript.id(), roundId, "ANOTHER_ROUND_REQUESTED", user.id(), null, now);
            notifications.notifyAccount(round.openedBy(), "manuscript.notice.another-round", ManuscriptLinks.manuscript(
                    manuscript.id()), manuscript.title());
        } else if (followUp == FollowUp.FINAL) {
            repository.insertEvent(manuscript.id(), roundId, "MARKED_FINAL", user.id(), String.valueOf(number), now);
            events.publishEvent(new ManuscriptFinal(manuscript.id(), manuscript.articleId(), number));
        }
        return repository.version(versionId).map(v -> new Version(v.id(), v.number(), v.body(), v.origin(), null,
                null, round.number(), user.id(), user.displayName(), v.createdAt())).orElseThrow();
    }

    private ManuscriptRepository.RoundRow reviewable(long roundId) {
        PortalUser user = SignedIn.require();
        var round = repository.roundById(roundId).orElseThrow(() -> new ManuscriptException("manuscript.error.not-found"));
        var manuscript = locked(round.manuscriptId());
        ManuscriptAccess.requireOwner(user, manuscript);
        round = repository.roundById(roundId).orElseThrow();
        if (round.status() != RoundStatus.RETURNED) {
            throw new ManuscriptException("manuscript.error.not-in-review");
        }
        return round;
    }

    private ManuscriptRepository.RoundRow openRoundLocked(long roundId) {
        var round = repository.roundById(roundId).orElseThrow(() -> new ManuscriptException("manuscript.error.not-found"));
        locked(round.manuscriptId());
        round = repository.roundById(roundId).orElseThrow();
        if (round.status() != RoundStatus.OPEN) {
            throw new ManuscriptException("manuscript.error.round-closed");
        }
        return round;
    }

    private ManuscriptRepository.Row locked(long manuscriptId) {
        return repository.lock(manuscriptId).orElseThrow(() -> new ManuscriptException("manuscript.error.not-found"));
    }

    private ManuscriptRepository.Row readable(long manuscriptId) {
        var manuscript = repository.find(manuscriptId).orElseThrow(() -> new ManuscriptException("manuscript.error.not-found"));
        ManuscriptAccess.requireRead(SignedIn.require(), manuscript);
        return manuscript;
    }

    private Round toRound(ManuscriptRepository.RoundRow r) {
        var base = repository.version(r.baseVersionId()).orElseThrow();
        Integer result = r.resultVersionId() == null ? null
                : repository.version(r.resultVersionId()).map(ManuscriptRepository.VersionRow::number).orElse(null);
        var changeRows = repository.changes(r.id());
        Set<Long> authors = new HashSet<>();
        authors.add(r.openedBy());
        changeRows.forEach(c -> c.messages().forEach(m -> authors.add(m.authorId())));
        var names = people.displayNames(authors);
        var changes = changeRows.stream().map(c -> new TrackedChange(c.id(), c.seq(), c.start(), c.end(), c.before(),
                c.after(), c.reason(), c.comment(), c.conflict(), c.decision(), c.decidedAt(),
                c.messages().stream().map(m -> new TrackedChange.Message(m.id(), m.authorId(),
                        names.getOrDefault(m.authorId(), "?"), m.body(), m.createdAt())).toList())).toList();
        return new Round(r.id(), r.manuscriptId(), r.number(), base.number(), base.body(), r.correctedBody(),
                r.status(), r.dueOn(), r.openedBy(), names.getOrDefault(r.openedBy(), "?"), r.openedAt(),
                r.submittedAt(), r.returnedAt(), r.reviewedAt(), result, r.lockVersion(), changes);
    }

    private static String abbreviate(String text) {
        return text.codePointCount(0, text.length()) <= 20 ? text : text.substring(0, text.offsetByCodePoints(0, 19)) + "…";
    }
}
