package jp.akapen.manuscript;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import jp.akapen.manuscript.diff.Change;
import jp.akapen.manuscript.diff.CorrectionDiff;
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
 * Manuscripts and their versions (seed W1): who may see which, and the resident's drafts. Every
 * save is a new immutable version; a draft saved while a round is open moves that round's
 * changes onto it.
 */
@Service
@Transactional
public class ManuscriptService {

    private final ManuscriptRepository repository;
    private final RoundRebaser rebaser;
    private final People people;
    private final NotificationService notifications;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ManuscriptService(ManuscriptRepository repository, RoundRebaser rebaser, People people,
            NotificationService notifications, ApplicationEventPublisher events, Clock clock) {
        this.events = events;
        this.repository = repository;
        this.rebaser = rebaser;
        this.people = people;
        this.notifications = notifications;
        this.clock = clock;
    }

    /**
     * Gives a resident the manuscript of an article to write: the edition area calls this when an
     * article is added, with the article's id and title (W5). Without an article id the manuscript
     * stands alone, known by its title; only tests make such manuscripts.
     */
    @Secured({Roles.Authorities.WARD_STAFF, Roles.Authorities.CONTRACTOR_MANAGER})
    public Manuscript assign(String title, long residentId, Long articleId) {
        PortalUser user = SignedIn.require();
        String trimmed = title == null ? "" : title.strip();
        if (trimmed.isEmpty() || trimmed.codePointCount(0, trimmed.length()) > 200
                || trimmed.codePoints().anyMatch(Character::isISOControl)) {
            throw new ManuscriptException("manuscript.error.title");
        }
        boolean resident = people.withRole(Roles.RESIDENT).stream().anyMatch(p -> p.id() == residentId);
        if (!resident) {
            throw new ManuscriptException("manuscript.error.not-a-resident");
        }
        Instant now = clock.instant();
        long id = repository.insertManuscript(articleId, residentId, trimmed, user.id(), now);
        repository.insertEvent(id, null, "CREATED", user.id(), null, now);
        notifications.notifyAccount(residentId, "manuscript.notice.assigned", ManuscriptLinks.manuscript(id), trimmed);
        return get(id);
    }

    @Secured({Roles.Authorities.RESIDENT, Roles.Authorities.CONTRACTOR_MANAGER, Roles.Authorities.CONTRACTOR_HANDLER,
            Roles.Authorities.CONTRACTOR_STAFF, Roles.Authorities.WARD_STAFF})
    @Transactional(readOnly = true)
    public List<Manuscript> visible() {
        PortalUser user = SignedIn.require();
        Long only = Roles.RESIDENT.equals(user.role()) ? user.id() : null;
        return withPenNames(repository.list(only));
    }

    @Secured({Roles.Authorities.RESIDENT, Roles.Authorities.CONTRACTOR_MANAGER, Roles.Authorities.CONTRACTOR_HANDLER,
            Roles.Authorities.CONTRACTOR_STAFF, Roles.Authorities.WARD_STAFF})
    @Transactional(readOnly = true)
    public Manuscript get(long manuscriptId) {
        return withPenNames(List.of(readable(manuscriptId))).getFirst();
    }

    /** What the signed-in person may do with the manuscript now; the writes below refuse anything else. */
    @Secured({Roles.Authorities.RESIDENT, Roles.Authorities.CONTRACTOR_MANAGER, Roles.Authorities.CONTRACTOR_HANDLER,
            Roles.Authorities.CONTRACTOR_STAFF, Roles.Authorities.WARD_STAFF})
    @Transactional(readOnly = true)
    public Set<ManuscriptAction> actions(long manuscriptId) {
        return ManuscriptAccess.actions(SignedIn.require(), readable(manuscriptId));
    }

    @Secured({Roles.Authorities.RESIDENT, Roles.Authorities.CONTRACTOR_MANAGER, Roles.Authorities.CONTRACTOR_HANDLER,
            Roles.Authorities.CONTRACTOR_STAFF, Roles.Authorities.WARD_STAFF})
    @Transactional(readOnly = true)
    public List<Version> versions(long manuscriptId) {
        readable(manuscriptId);
        var rows = repository.versions(manuscriptId);
        Map<Long, Integer> roundNumbers = new HashMap<>();
        repository.rounds(manuscriptId).forEach(r -> roundNumbers.put(r.id(), r.number()));
        var names = people.displayNames(rows.stream().map(ManuscriptRepository.VersionRow::authorId).toList());
        return rows.stream().map(v -> toVersion(v, v.roundId() == null ? null : roundNumbers.get(v.roundId()),
                names.getOrDefault(v.authorId(), "?"))).toList();
    }

    @Secured({Roles.Authorities.RESIDENT, Roles.Authorities.CONTRACTOR_MANAGER, Roles.Authorities.CONTRACTOR_HANDLER,
            Roles.Authorities.CONTRACTOR_STAFF, Roles.Authorities.WARD_STAFF})
    @Transactional(readOnly = true)
    public Optional<Version> latest(long manuscriptId) {
        readable(manuscriptId);
        return repository.latestVersion(manuscriptId).map(this::toVersion);
    }

    @Secured({Roles.Authorities.RESIDENT, Roles.Authorities.CONTRACTOR_MANAGER, Roles.Authorities.CONTRACTOR_HANDLER,
            Roles.Authorities.CONTRACTOR_STAFF, Roles.Authorities.WARD_STAFF})
    @Transactional(readOnly = true)
    public List<HistoryEntry> history(long manuscriptId) {
        readable(manuscriptId);
        Map<Long, Integer> roundNumbers = new HashMap<>();
        repository.rounds(manuscriptId).forEach(r -> roundNumbers.put(r.id(), r.number()));
        var rows = repository.events(manuscriptId);
        var names = people.displayNames(rows.stream().map(ManuscriptRepository.EventRow::actorId).toList());
        return rows.stream().map(e -> new HistoryEntry(e.at(), e.kind(),
                e.roundId() == null ? null : roundNumbers.get(e.roundId()), e.actorId(),
                names.getOrDefault(e.actorId(), "?"), e.detail())).toList();
    }

    @Secured({Roles.Authorities.RESIDENT, Roles.Authorities.CONTRACTOR_MANAGER, Roles.Authorities.CONTRACTOR_HANDLER,
            Roles.Authorities.CONTRACTOR_STAFF, Roles.Authorities.WARD_STAFF})
    @Transactional(readOnly = true)
    public Comparison compare(long manuscriptId, int fromNumber, int toNumber) {
        var all = versions(manuscriptId);
        Version from = all.stream().filter(v -> v.number() == fromNumber).findFirst()
                .orElseThrow(() -> new ManuscriptException("manuscript.error.not-found"));
        Version to = all.stream().filter(v -> v.number() == toNumber).findFirst()
                .orElseThrow(() -> new ManuscriptException("manuscript.error.not-found"));
        List<Change> changes = CorrectionDiff.between(from.body(), to.body());
        List<TrackedChange> tracked = new ArrayList<>();
        for (int i = 0; i < changes.size(); i++) {
            Change c = changes.get(i);
            tracked.add(new TrackedChange(i + 1, i + 1, c.start(), c.end(), c.before(), c.after(), null, null, null, false,
                    Decision.PENDING, null, List.of()));
        }
        return new Comparison(from, to, tracked);
    }

    /**
     * Saves the resident's text as the next version.
     *
     * @param expectedLatest the version number the resident's editor started from; another
     *     save since then (a second tab) is a conflict, not an overwrite
     */
    @Secured(Roles.Authorities.RESIDENT)
    public Version saveDraft(long manuscriptId, int expectedLatest, String text, VersionOrigin origin,
            String sourceName, String sourceCharset) {
        if (origin == VersionOrigin.REVIEW) {
            throw new IllegalArgumentException("Review results are made by finishing a review");
        }
        PortalUser user = SignedIn.require();
        var manuscript = repository.lock(manuscriptId).orElseThrow(() -> new ManuscriptException("manuscript.error.not-found"));
        ManuscriptAccess.requireOwner(user, manuscript);
        ManuscriptAccess.refuseIf(ManuscriptAccess.draftRefusal(manuscript));
        if (manuscript.latestVersion() != expectedLatest) {
            throw new ConcurrentEditException();
        }
        String body = TextRules.require(text);
        var previous = repository.latestVersion(manuscriptId);
        if (previous.isPresent() && previous.get().body().equals(body)) {
            throw new ManuscriptException("manuscript.error.unchanged");
        }
        Instant now = clock.instant();
        int number = manuscript.latestVersion() + 1;
        long versionId = repository.insertVersion(manuscriptId, number, body, origin, sourceName, sourceCharset,
                null, user.id(), now);
        repository.insertEvent(manuscriptId, null, "VERSION_SAVED", user.id(), String.valueOf(number), now);
        repository.updateStatus(manuscriptId, manuscript.status(), manuscript.anotherRoundRequested(), now);
        if (manuscript.status() == ManuscriptStatus.IN_CORRECTION) {
            rebaser.rebaseOpenRound(manuscript, versionId, body, user.id(), now);
        } else if (number == 1) {
            notifications.notifyRole(Roles.CONTRACTOR_HANDLER, "manuscript.notice.draft-submitted",
                    ManuscriptLinks.manuscript(manuscriptId),
                    manuscript.title());
        }
        return toVersion(repository.version(versionId).orElseThrow());
    }

    /** 校了 without another round: the latest version is final. */
    @Secured(Roles.Authorities.RESIDENT)
    public Manuscript markFinal(long manuscriptId) {
        PortalUser user = SignedIn.require();
        var manuscript = repository.lock(manuscriptId).orElseThrow(() -> new ManuscriptException("manuscript.error.not-found"));
        ManuscriptAccess.requireOwner(user, manuscript);
        ManuscriptAccess.refuseIf(ManuscriptAccess.markFinalRefusal(manuscript));
        Instant now = clock.instant();
        repository.updateStatus(manuscriptId, ManuscriptStatus.FINAL, false, now);
        repository.insertEvent(manuscriptId, null, "MARKED_FINAL", user.id(), String.valueOf(manuscript.latestVersion()), now);
        events.publishEvent(new ManuscriptFinal(manuscriptId, manuscript.articleId(), manuscript.latestVersion()));
        return get(manuscriptId);
    }

    private ManuscriptRepository.Row readable(long manuscriptId) {
        var manuscript = repository.find(manuscriptId).orElseThrow(() -> new ManuscriptException("manuscript.error.not-found"));
        ManuscriptAccess.requireRead(SignedIn.require(), manuscript);
        return manuscript;
    }

    /** One version with its round's number and its author's name. */
    private Version toVersion(ManuscriptRepository.VersionRow v) {
        Integer roundNumber = v.roundId() == null ? null
                : repository.roundById(v.roundId()).map(ManuscriptRepository.RoundRow::number).orElse(null);
        return toVersion(v, roundNumber, people.displayNames(List.of(v.authorId())).getOrDefault(v.authorId(), "?"));
    }

    private static Version toVersion(ManuscriptRepository.VersionRow v, Integer roundNumber, String authorName) {
        return new Version(v.id(), v.number(), v.body(), v.origin(), v.sourceName(), v.sourceCharset(), roundNumber,
                v.authorId(), authorName, v.createdAt());
    }

    private List<Manuscript> withPenNames(List<ManuscriptRepository.Row> rows) {
        Set<Long> ids = new HashSet<>();
        rows.forEach(r -> ids.add(r.residentId()));
        var names = people.displayNames(ids);
        return rows.stream().map(r -> new Manuscript(r.id(), r.articleId(), r.title(), r.residentId(),
                names.getOrDefault(r.residentId(), "?"), r.status(), r.anotherRoundRequested(), r.latestVersion(),
                r.currentRound(), r.updatedAt())).toList();
    }
}
