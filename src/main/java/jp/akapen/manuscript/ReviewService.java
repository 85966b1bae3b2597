package jp.akapen.manuscript;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import jp.akapen.manuscript.diff.Changes;
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
 * The resident's review of a returned round (seed W2): accept or reject each change, talk about
 * one with the contractor, and finish into the next version, made of the base and exactly the
 * accepted changes. Writes lock the manuscript row, as corrections do.
 */
@Service
@Transactional
public class ReviewService {

    private final ManuscriptRepository repository;
    private final RoundLoader rounds;
    private final NotificationService notifications;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final People people;

    ReviewService(ManuscriptRepository repository, RoundLoader rounds, NotificationService notifications,
            ApplicationEventPublisher events, Clock clock, People people) {
        this.people = people;
        this.repository = repository;
        this.rounds = rounds;
        this.notifications = notifications;
        this.events = events;
        this.clock = clock;
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

    /**
     * A reply about one change, from the resident or the contractor; the other side is told. Returns the reply as the
     * round shows it, so that a page adds it where it belongs instead of building the whole round again.
     */
    @Secured({Roles.Authorities.RESIDENT, Roles.Authorities.CONTRACTOR_MANAGER, Roles.Authorities.CONTRACTOR_HANDLER,
            Roles.Authorities.CONTRACTOR_STAFF})
    public TrackedChange.Message reply(long changeId, String body) {
        PortalUser user = SignedIn.require();
        var locked = rounds.lockRoundOfChange(changeId);
        var manuscript = locked.manuscript();
        var round = locked.round();
        boolean resident = Roles.RESIDENT.equals(user.role());
        if (resident) {
            ManuscriptAccess.requireOwner(user, manuscript);
        } else {
            ManuscriptAccess.requireContractor(user);
        }
        String text = TextRules.comment(body);
        if (text.isEmpty()) {
            throw new ManuscriptException("manuscript.error.comment");
        }
        Instant now = clock.instant();
        long id = repository.insertMessage(changeId, user.id(), text, now);
        notifications.notifyAccount(resident ? round.openedBy() : manuscript.residentId(), "manuscript.notice.reply",
                ManuscriptLinks.round(manuscript.id(), round.number()), manuscript.title(),
                String.valueOf(round.number()), RoundNames.noticeName(round.number()));
        return new TrackedChange.Message(id, user.id(), people.displayNames(List.of(user.id())).getOrDefault(user.id(), "?"),
                text, now);
    }

    /**
     * Ends the resident's review: the next version is the round's base with exactly the accepted
     * changes applied.
     */
    @Secured(Roles.Authorities.RESIDENT)
    public Version finishReview(long roundId, FollowUp followUp) {
        PortalUser user = SignedIn.require();
        var locked = reviewable(roundId);
        var round = locked.round();
        var manuscript = locked.manuscript();
        var changes = repository.changes(roundId);
        if (changes.stream().anyMatch(c -> c.decision() == Decision.PENDING)) {
            throw new ManuscriptException("manuscript.error.undecided");
        }
        var accepted = changes.stream().filter(c -> c.decision() == Decision.ACCEPTED)
                .map(ManuscriptRepository.ChangeRow::change).toList();
        String base = repository.version(round.baseVersionId()).orElseThrow().body();
        String result = Changes.apply(base, accepted);
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
        notifications.notifyAccount(round.openedBy(), "manuscript.notice.review-finished",
                ManuscriptLinks.round(manuscript.id(), round.number()), manuscript.title(),
                String.valueOf(round.number()), String.valueOf(accepted.size()), String.valueOf(rejected),
                RoundNames.noticeName(round.number()));
        events.publishEvent(new ReviewFinished(manuscript.id(), manuscript.articleId(), roundId, round.number(),
                accepted.size(), rejected, followUp));
        if (followUp == FollowUp.ANOTHER_ROUND) {
            repository.insertEvent(manuscript.id(), roundId, "ANOTHER_ROUND_REQUESTED", user.id(), null, now);
            notifications.notifyAccount(round.openedBy(), "manuscript.notice.another-round",
                    ManuscriptLinks.manuscript(manuscript.id()), manuscript.title());
        } else if (followUp == FollowUp.FINAL) {
            repository.insertEvent(manuscript.id(), roundId, "MARKED_FINAL", user.id(), String.valueOf(number), now);
            events.publishEvent(new ManuscriptFinal(manuscript.id(), manuscript.articleId(), number));
        }
        return repository.version(versionId).map(v -> new Version(v.id(), v.number(), v.body(), v.origin(), null,
                null, round.number(), user.id(), user.displayName(), v.createdAt())).orElseThrow();
    }

    private RoundLoader.Locked reviewable(long roundId) {
        var locked = rounds.lockRound(roundId);
        ManuscriptAccess.requireOwner(SignedIn.require(), locked.manuscript());
        if (locked.round().status() != RoundStatus.RETURNED) {
            throw new ManuscriptException("manuscript.error.not-in-review");
        }
        return locked;
    }
}
