package jp.akapen.manuscript;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import jp.akapen.manuscript.diff.CarryOver;
import jp.akapen.manuscript.diff.Change;
import jp.akapen.manuscript.diff.CorrectionDiff;
import jp.akapen.proofreading.Bilingual;
import jp.akapen.proofreading.Category;
import jp.akapen.proofreading.ProofreadingService;
import jp.akapen.proofreading.Suggestion;
import jp.akapen.shared.JapaneseDates;
import jp.akapen.shared.PortalUser;
import jp.akapen.shared.Roles;
import jp.akapen.shared.SignedIn;
import jp.akapen.shared.notification.NotificationService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The contractor's side of a correction round (seed W2): open a round on the latest version,
 * correct it, each change computed from the text and annotated with a reason, resolve conflicts,
 * return it for review ({@link ReviewService} holds the resident's side). Rounds are read here by
 * everyone who may read the manuscript. Writes lock the manuscript row, so a draft saved at the
 * same moment and the round's rebase onto it never interleave.
 */
@Service
@Transactional
public class CorrectionService {

    private final ManuscriptRepository repository;
    private final RoundRebaser rebaser;
    private final RoundLoader rounds;
    private final NotificationService notifications;
    private final ProofreadingService proofreading;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CorrectionService(ManuscriptRepository repository, RoundRebaser rebaser, RoundLoader rounds,
            NotificationService notifications, ProofreadingService proofreading, ApplicationEventPublisher events,
            Clock clock) {
        this.repository = repository;
        this.rebaser = rebaser;
        this.rounds = rounds;
        this.notifications = notifications;
        this.proofreading = proofreading;
        this.events = events;
        this.clock = clock;
    }

    @Secured({Roles.Authorities.CONTRACTOR_MANAGER, Roles.Authorities.CONTRACTOR_HANDLER,
            Roles.Authorities.CONTRACTOR_STAFF})
    public Round openRound(long manuscriptId, LocalDate dueOn) {
        PortalUser user = SignedIn.require();
        ManuscriptAccess.requireContractor(user);
        var manuscript = rounds.lockManuscript(manuscriptId);
        ManuscriptAccess.refuseIf(ManuscriptAccess.openRoundRefusal(manuscript));
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
                ManuscriptLinks.round(manuscriptId, number), manuscript.title(), String.valueOf(number),
                RoundNames.noticeName(number));
        return round(manuscriptId, number);
    }

    @Secured({Roles.Authorities.RESIDENT, Roles.Authorities.CONTRACTOR_MANAGER, Roles.Authorities.CONTRACTOR_HANDLER,
            Roles.Authorities.CONTRACTOR_STAFF, Roles.Authorities.WARD_STAFF})
    @Transactional(readOnly = true)
    public List<Round> rounds(long manuscriptId) {
        return rounds.rounds(manuscriptId);
    }

    /**
     * What the signed-in person may do with the round now: the contractor corrects an open one,
     * the resident reviews a returned one (see {@link ReviewService}); the writes refuse the rest.
     */
    @Secured({Roles.Authorities.RESIDENT, Roles.Authorities.CONTRACTOR_MANAGER, Roles.Authorities.CONTRACTOR_HANDLER,
            Roles.Authorities.CONTRACTOR_STAFF, Roles.Authorities.WARD_STAFF})
    @Transactional(readOnly = true)
    public Set<ManuscriptAction> actions(long manuscriptId, int number) {
        return rounds.actions(manuscriptId, number);
    }

    @Secured({Roles.Authorities.RESIDENT, Roles.Authorities.CONTRACTOR_MANAGER, Roles.Authorities.CONTRACTOR_HANDLER,
            Roles.Authorities.CONTRACTOR_STAFF, Roles.Authorities.WARD_STAFF})
    @Transactional(readOnly = true)
    public Round round(long manuscriptId, int number) {
        return rounds.round(manuscriptId, number);
    }

    /** What the round's page shows of the manuscript and the round, read without texts and changes (issue 17). */
    @Secured({Roles.Authorities.RESIDENT, Roles.Authorities.CONTRACTOR_MANAGER, Roles.Authorities.CONTRACTOR_HANDLER,
            Roles.Authorities.CONTRACTOR_STAFF, Roles.Authorities.WARD_STAFF})
    @Transactional(readOnly = true)
    public RoundStamp stamp(long manuscriptId, int number) {
        return rounds.stamp(manuscriptId, number);
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
        store(round, expectedLock, TextRules.require(correctedText), user);
        return round(round.manuscriptId(), round.number());
    }

    private void store(ManuscriptRepository.RoundRow round, int expectedLock, String corrected, PortalUser user) {
        String base = repository.version(round.baseVersionId()).orElseThrow().body();
        List<Change> computed = CorrectionDiff.between(base, corrected);
        Instant now = clock.instant();
        if (!repository.updateCorrected(round.id(), expectedLock, round.baseVersionId(), corrected, user.id(), now)) {
            throw new ConcurrentEditException();
        }
        keepAnnotations(round.id(), computed);
        repository.insertEvent(round.manuscriptId(), round.id(), "ROUND_SAVED", user.id(),
                String.valueOf(computed.size()), now);
    }

    /**
     * What the proofreading rules suggest for the round's corrected text as saved (issue 16), leaving out what was
     * dismissed for this manuscript and the words its edition allows. A round that is not open has none.
     */
    @Secured({Roles.Authorities.CONTRACTOR_MANAGER, Roles.Authorities.CONTRACTOR_HANDLER,
            Roles.Authorities.CONTRACTOR_STAFF})
    @Transactional(readOnly = true)
    public List<Suggestion> suggestions(long roundId) {
        ManuscriptAccess.requireContractor(SignedIn.require());
        var round = repository.roundById(roundId).orElseThrow(() -> new ManuscriptException("manuscript.error.not-found"));
        if (round.status() != RoundStatus.OPEN) {
            return List.of();
        }
        var manuscript = repository.find(round.manuscriptId()).orElseThrow();
        return proofreading.check(round.correctedBody(), manuscript.id(), manuscript.articleId());
    }

    /**
     * Makes one suggestion a tracked change: the corrected text takes the chosen alternative and the change made from
     * it carries the rule's reason, its explanation as the comment, and the rule id, which every later recompute keeps.
     * Refused when the suggestion is no longer there (the text changed since the page showed it).
     */
    @Secured({Roles.Authorities.CONTRACTOR_MANAGER, Roles.Authorities.CONTRACTOR_HANDLER,
            Roles.Authorities.CONTRACTOR_STAFF})
    public Round applySuggestion(long roundId, int expectedLock, String ruleId, int start, int end, String alternative) {
        return apply(roundId, expectedLock,
                s -> s.ruleId().equals(ruleId) && s.start() == start && s.end() == end
                        && s.replacements().contains(alternative),
                alternative);
    }

    /** Every one-click suggestion of one rule at once, each with its first alternative ("apply all of this rule"). */
    @Secured({Roles.Authorities.CONTRACTOR_MANAGER, Roles.Authorities.CONTRACTOR_HANDLER,
            Roles.Authorities.CONTRACTOR_STAFF})
    public Round applyRule(long roundId, int expectedLock, String ruleId) {
        return apply(roundId, expectedLock, s -> s.ruleId().equals(ruleId), null);
    }

    /** The contractor does not want this suggestion: it stays away for this text of the manuscript, in later rounds too. */
    @Secured({Roles.Authorities.CONTRACTOR_MANAGER, Roles.Authorities.CONTRACTOR_HANDLER,
            Roles.Authorities.CONTRACTOR_STAFF})
    public void dismissSuggestion(long roundId, String ruleId, String found) {
        ManuscriptAccess.requireContractor(SignedIn.require());
        var round = open(repository.roundById(roundId)
                .orElseThrow(() -> new ManuscriptException("manuscript.error.not-found")));
        if (ruleId == null || ruleId.isBlank() || ruleId.length() > 64 || found == null || found.isEmpty()) {
            throw new ManuscriptException("manuscript.error.suggestion-gone");
        }
        proofreading.dismiss(round.manuscriptId(), ruleId, found);
    }

    /** What was dismissed for the round's manuscript, the latest first; none once the round is not open. */
    @Secured({Roles.Authorities.CONTRACTOR_MANAGER, Roles.Authorities.CONTRACTOR_HANDLER,
            Roles.Authorities.CONTRACTOR_STAFF})
    @Transactional(readOnly = true)
    public List<ProofreadingService.Dismissed> dismissedSuggestions(long roundId) {
        ManuscriptAccess.requireContractor(SignedIn.require());
        var round = repository.roundById(roundId).orElseThrow(() -> new ManuscriptException("manuscript.error.not-found"));
        if (round.status() != RoundStatus.OPEN) {
            return List.of();
        }
        return proofreading.dismissed(round.manuscriptId());
    }

    /** Takes a dismissal back, on an open round: the suggestion shows again where the rule still finds it. */
    @Secured({Roles.Authorities.CONTRACTOR_MANAGER, Roles.Authorities.CONTRACTOR_HANDLER,
            Roles.Authorities.CONTRACTOR_STAFF})
    public void restoreSuggestion(long roundId, String ruleId, String found) {
        ManuscriptAccess.requireContractor(SignedIn.require());
        var round = open(repository.roundById(roundId)
                .orElseThrow(() -> new ManuscriptException("manuscript.error.not-found")));
        if (ruleId == null || found == null || !proofreading.undismiss(round.manuscriptId(), ruleId, found)) {
            throw new ManuscriptException("manuscript.error.dismissal-gone");
        }
    }

    private record Applied(Suggestion suggestion, int start, int end) {
    }

    private Round apply(long roundId, int expectedLock, Predicate<Suggestion> which, String alternative) {
        PortalUser user = SignedIn.require();
        ManuscriptAccess.requireContractor(user);
        var locked = rounds.lockRound(roundId);
        var round = open(locked.round());
        if (round.lockVersion() != expectedLock) {
            throw new ConcurrentEditException();
        }
        String text = round.correctedBody();
        var chosen = proofreading.check(text, round.manuscriptId(), locked.manuscript().articleId()).stream()
                .filter(s -> !s.adviceOnly()).filter(which).toList();
        if (chosen.isEmpty()) {
            throw new ManuscriptException("manuscript.error.suggestion-gone");
        }
        StringBuilder corrected = new StringBuilder(text.length());
        List<Applied> applied = new ArrayList<>();
        int at = 0;
        for (Suggestion suggestion : chosen) {
            if (suggestion.start() < at) {
                continue;
            }
            corrected.append(text, at, suggestion.start());
            int start = corrected.length();
            corrected.append(alternative == null ? suggestion.replacements().getFirst() : alternative);
            applied.add(new Applied(suggestion, start, corrected.length()));
            at = suggestion.end();
        }
        corrected.append(text, at, text.length());
        store(round, expectedLock, TextRules.require(corrected.toString()), user);
        annotateFromRules(roundId, applied);
        return round(round.manuscriptId(), round.number());
    }

    /**
     * The changes the applied suggestions made, found by where they now stand in the corrected text, take the rule's
     * reason, explanation and id; a change the contractor had already annotated keeps what it has.
     */
    private void annotateFromRules(long roundId, List<Applied> applied) {
        var rows = repository.changes(roundId).stream().filter(c -> !c.conflict())
                .sorted(java.util.Comparator.comparingInt(ManuscriptRepository.ChangeRow::start)).toList();
        Set<Long> done = new HashSet<>();
        int delta = 0;
        for (var row : rows) {
            int start = row.start() + delta;
            int end = start + row.after().length();
            delta += row.after().length() - row.before().length();
            if (row.reason() != null || row.ruleId() != null) {
                continue;
            }
            applied.stream().filter(a -> start <= a.end() && a.start() <= end).findFirst().ifPresent(a -> {
                if (done.add(row.id())) {
                    repository.annotateFromRule(row.id(), reasonOf(a.suggestion().category()),
                            explanation(a.suggestion().message()), a.suggestion().ruleId());
                }
            });
        }
    }

    static Reason reasonOf(Category category) {
        return switch (category) {
            case STYLE -> Reason.STYLE;
            case NOTATION, CLEANUP -> Reason.CONSISTENCY;
            case GENDER_PERSPECTIVE -> Reason.GENDER_PERSPECTIVE;
        };
    }

    /** A rule's message is Japanese, then English after " / ": the magazine's language goes to the resident. */
    private static String explanation(String message) {
        return TextRules.comment(Bilingual.in(Locale.JAPANESE, message));
    }

    /**
     * Replaces the round's changes by the computed ones; a computed change that is an edit made
     * before keeps that change's row, and so its reason and comment. A new change making the same
     * edit as a conflict (the contractor redid it by hand) starts with the conflict's reason and
     * comment. Conflicts stay as they are until resolved.
     */
    private void keepAnnotations(long roundId, List<Change> computed) {
        var rows = repository.changes(roundId);
        Map<Long, ManuscriptRepository.ChangeRow> applicable = new LinkedHashMap<>();
        rows.stream().filter(c -> !c.conflict()).forEach(c -> applicable.put(c.id(), c));
        var earlier = applicable.values().stream().map(c -> new CarryOver.Earlier(c.id(), c.change())).toList();
        Map<Long, ManuscriptRepository.ChangeRow> conflicts = new LinkedHashMap<>();
        rows.stream().filter(ManuscriptRepository.ChangeRow::conflict).forEach(c -> conflicts.put(c.id(), c));
        var placedNow = CarryOver.match(earlier, computed);
        var redone = CarryOver.match(
                conflicts.values().stream().map(c -> new CarryOver.Earlier(c.id(), c.change())).toList(),
                placedNow.stream().filter(CarryOver.Placed::isNew).map(CarryOver.Placed::change).toList())
                .iterator();
        List<RoundRebaser.Placement> placements = new ArrayList<>();
        Set<Long> keep = new HashSet<>();
        for (CarryOver.Placed placed : placedNow) {
            if (placed.isNew()) {
                var redo = redone.next();
                placements.add(redo.isNew() ? new RoundRebaser.Placement(null, placed.change(), false)
                        : RoundRebaser.Placement.redoing(conflicts.get(redo.earlierId()), placed.change()));
                continue;
            }
            var stored = applicable.get(placed.earlierId());
            placements.add(new RoundRebaser.Placement(stored, placed.change(), false));
            keep.add(stored.id());
        }
        rows.stream().filter(ManuscriptRepository.ChangeRow::conflict).forEach(c -> {
            placements.add(RoundRebaser.Placement.unchanged(c));
            keep.add(c.id());
        });
        repository.deleteChanges(rows.stream().map(ManuscriptRepository.ChangeRow::id).filter(id -> !keep.contains(id))
                .toList());
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
        String text = TextRules.comment(comment);
        repository.annotate(changeId, reason, text.isEmpty() ? null : text);
    }

    /**
     * The contractor has redone a conflicting change by hand (or decided against it): it goes.
     * Nothing is renumbered, so the cards the contractor is reading keep their numbers.
     */
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
        // conflicts are numbered after every applicable change, so a gap here closes by the time the round can go back
        return round(round.manuscriptId(), round.number());
    }

    @Secured({Roles.Authorities.CONTRACTOR_MANAGER, Roles.Authorities.CONTRACTOR_HANDLER,
            Roles.Authorities.CONTRACTOR_STAFF})
    public Round returnRound(long roundId, int expectedLock) {
        PortalUser user = SignedIn.require();
        ManuscriptAccess.requireContractor(user);
        var locked = rounds.lockRound(roundId);
        var round = open(locked.round());
        if (round.lockVersion() != expectedLock) {
            throw new ConcurrentEditException();
        }
        var changes = repository.changes(roundId);
        var blockers = ReturnBlockers.ofRows(changes);
        if (!blockers.none()) {
            throw new ReturnRefusedException(blockers);
        }
        Instant now = clock.instant();
        if (!repository.markReturned(roundId, expectedLock, user.id(), now)) {
            throw new ConcurrentEditException();
        }
        var manuscript = locked.manuscript();
        repository.updateStatus(manuscript.id(), ManuscriptStatus.IN_REVIEW, false, now);
        int count = changes.size();
        repository.insertEvent(manuscript.id(), roundId, "ROUND_RETURNED", user.id(), String.valueOf(count), now);
        notifications.notifyAccount(manuscript.residentId(), "manuscript.notice.round-returned",
                ManuscriptLinks.round(manuscript.id(), round.number()), manuscript.title(), String.valueOf(round.number()),
                String.valueOf(count), RoundNames.noticeName(round.number()));
        events.publishEvent(new RoundReturned(manuscript.id(), manuscript.articleId(), roundId, round.number(),
                manuscript.residentId()));
        return round(manuscript.id(), round.number());
    }

    private ManuscriptRepository.RoundRow openRoundLocked(long roundId) {
        return open(rounds.lockRound(roundId).round());
    }

    private static ManuscriptRepository.RoundRow open(ManuscriptRepository.RoundRow round) {
        if (round.status() != RoundStatus.OPEN) {
            throw new ManuscriptException("manuscript.error.round-closed");
        }
        return round;
    }

    private static String abbreviate(String text) {
        return text.codePointCount(0, text.length()) <= 20 ? text : text.substring(0, text.offsetByCodePoints(0, 19)) + "…";
    }
}
