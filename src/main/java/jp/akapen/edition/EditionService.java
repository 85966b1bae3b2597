package jp.akapen.edition;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.akapen.edition.progress.MilestoneKind;
import jp.akapen.manuscript.ManuscriptService;
import jp.akapen.shared.JapaneseDates;
import jp.akapen.shared.People;
import jp.akapen.shared.PortalUser;
import jp.akapen.shared.Roles;
import jp.akapen.shared.SignedIn;
import jp.akapen.shared.notification.NotificationService;
import jp.akapen.shared.live.LiveHub;
import jp.akapen.shared.live.Topics;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The yearly contract as the ward sets it up (seed W5): cohorts, editions with their schedule,
 * articles given to residents and handlers, and the delivery the contractor reports and the ward
 * confirms. Ward staff do everything; the contractor manager edits schedules, adds articles and
 * reports delivery; contractor staff read.
 */
@Service
@Transactional
public class EditionService {

    static final int MAX_TITLE = 200;

    private final EditionRepository repository;
    private final ManuscriptService manuscripts;
    private final People people;
    private final NotificationService notifications;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    /** The edition's page is told of a new schedule, delivery or article at once (issue 23). */
    private final LiveHub live;

    EditionService(EditionRepository repository, ManuscriptService manuscripts, People people,
            NotificationService notifications, ApplicationEventPublisher events, Clock clock, LiveHub live) {
        this.live = live;
        this.repository = repository;
        this.manuscripts = manuscripts;
        this.people = people;
        this.notifications = notifications;
        this.events = events;
        this.clock = clock;
    }

    @Secured(Roles.Authorities.WARD_STAFF)
    public Cohort createCohort(NewCohort cohort) {
        PortalUser user = SignedIn.require();
        String contractor = cohort.contractor() == null ? "" : cohort.contractor().strip();
        if (cohort.fiscalYear() < 1989 || cohort.fiscalYear() > 2999) {
            throw new EditionException("edition.error.fiscal-year");
        }
        if (cohort.termStart() == null || cohort.termEnd() == null || cohort.termEnd().isBefore(cohort.termStart())) {
            throw new EditionException("edition.error.term");
        }
        requireText(contractor, "edition.error.contractor");
        if (repository.fiscalYearTaken(cohort.fiscalYear())) {
            throw new EditionException("edition.error.fiscal-year-taken");
        }
        requireResidents(cohort.residentIds());
        List<Long> residents = List.copyOf(new LinkedHashSet<>(cohort.residentIds()));
        long id = repository.insertCohort(new NewCohort(cohort.fiscalYear(), cohort.termStart(), cohort.termEnd(),
                contractor, residents), user.id(), clock.instant());
        events.publishEvent(new CohortFormed(id, cohort.fiscalYear(), residents, cohort.termEnd()));
        return cohorts().stream().filter(c -> c.id() == id).findFirst().orElseThrow();
    }

    /** Ward staff add a resident recruited later to a formed cohort; the other areas learn it by the event. */
    @Secured(Roles.Authorities.WARD_STAFF)
    public Cohort addResident(long cohortId, long residentId) {
        SignedIn.require();
        var cohort = repository.cohort(cohortId).orElseThrow(() -> new EditionException("edition.error.not-found"));
        requireResidents(List.of(residentId));
        if (cohort.residentIds().contains(residentId)) {
            throw new EditionException("edition.error.already-member");
        }
        repository.addMember(cohortId, residentId);
        events.publishEvent(new ResidentJoinedCohort(cohortId, cohort.fiscalYear(), residentId));
        return cohorts().stream().filter(c -> c.id() == cohortId).findFirst().orElseThrow();
    }

    @Secured({Roles.Authorities.WARD_STAFF, Roles.Authorities.CONTRACTOR_MANAGER, Roles.Authorities.CONTRACTOR_HANDLER,
            Roles.Authorities.CONTRACTOR_STAFF})
    @Transactional(readOnly = true)
    public List<Cohort> cohorts() {
        var rows = repository.cohorts();
        Set<Long> ids = new HashSet<>();
        rows.forEach(r -> ids.addAll(r.residentIds()));
        var names = people.displayNames(ids);
        return rows.stream().map(r -> new Cohort(r.id(), r.fiscalYear(), r.termStart(), r.termEnd(), r.contractor(),
                r.residentIds().stream().map(id -> new Cohort.Member(id, names.getOrDefault(id, "?"))).toList()))
                .toList();
    }

    @Secured({Roles.Authorities.WARD_STAFF, Roles.Authorities.CONTRACTOR_MANAGER, Roles.Authorities.CONTRACTOR_HANDLER,
            Roles.Authorities.CONTRACTOR_STAFF})
    @Transactional(readOnly = true)
    public List<Edition> editions() {
        return repository.allEditions();
    }

    @Secured({Roles.Authorities.WARD_STAFF, Roles.Authorities.CONTRACTOR_MANAGER, Roles.Authorities.CONTRACTOR_HANDLER,
            Roles.Authorities.CONTRACTOR_STAFF})
    @Transactional(readOnly = true)
    public Edition edition(long editionId) {
        return repository.edition(editionId).orElseThrow(() -> new EditionException("edition.error.not-found"));
    }

    @Secured(Roles.Authorities.WARD_STAFF)
    public Edition createEdition(long cohortId, int number, String title, Map<MilestoneKind, LocalDate> milestones) {
        PortalUser user = SignedIn.require();
        repository.cohort(cohortId).orElseThrow(() -> new EditionException("edition.error.not-found"));
        String trimmed = title == null ? "" : title.strip();
        requireText(trimmed, "edition.error.title");
        if (number < 1 || number > 999) {
            throw new EditionException("edition.error.number");
        }
        if (repository.editionNumberTaken(cohortId, number)) {
            throw new EditionException("edition.error.number-taken");
        }
        Instant now = clock.instant();
        long id = repository.insertEdition(cohortId, number, trimmed, user.id(), now);
        milestones.forEach((kind, due) -> {
            if (due != null) {
                repository.setMilestone(id, kind, due, user.id(), now);
            }
        });
        return edition(id);
    }

    /** Sets one date of the schedule; every change is kept with who and when. */
    @Secured({Roles.Authorities.WARD_STAFF, Roles.Authorities.CONTRACTOR_MANAGER})
    public Edition reschedule(long editionId, MilestoneKind kind, LocalDate due) {
        PortalUser user = SignedIn.require();
        repository.lockEdition(editionId).orElseThrow(() -> new EditionException("edition.error.not-found"));
        if (due == null) {
            throw new EditionException("edition.error.date");
        }
        Edition before = edition(editionId);
        repository.setMilestone(editionId, kind, due, user.id(), clock.instant());
        if (!due.equals(before.milestones().get(kind))) {
            live.publish(Topics.edition(editionId), "schedule-changed");
        }
        if (!due.equals(before.milestones().get(kind)) && Roles.CONTRACTOR_MANAGER.equals(user.role())) {
            notifications.notifyRole(Roles.WARD_STAFF, "edition.notice.rescheduled", "editions/" + editionId,
                    before.title(), due.toString());
        }
        return edition(editionId);
    }

    @Secured({Roles.Authorities.WARD_STAFF, Roles.Authorities.CONTRACTOR_MANAGER, Roles.Authorities.CONTRACTOR_HANDLER,
            Roles.Authorities.CONTRACTOR_STAFF})
    @Transactional(readOnly = true)
    public List<ScheduleChange> scheduleChanges(long editionId) {
        var rows = repository.scheduleChanges(editionId);
        var names = people.displayNames(rows.stream().map(EditionRepository.ChangeRow::changedBy).toList());
        return rows.stream().map(r -> new ScheduleChange(r.kind(), r.oldDue(), r.newDue(),
                names.getOrDefault(r.changedBy(), "?"), r.changedAt())).toList();
    }

    /**
     * Adds an article and gives its manuscript to the first resident named; the handler is the
     * contractor's person responsible for its corrections.
     */
    @Secured({Roles.Authorities.WARD_STAFF, Roles.Authorities.CONTRACTOR_MANAGER})
    public Article addArticle(long editionId, String title, int plannedLength, List<Long> residentIds, Long handlerId) {
        PortalUser user = SignedIn.require();
        Edition edition = edition(editionId);
        String trimmed = title == null ? "" : title.strip();
        requireText(trimmed, "edition.error.title");
        if (plannedLength < 1 || plannedLength > 100_000) {
            throw new EditionException("edition.error.length");
        }
        List<Long> residents = List.copyOf(new LinkedHashSet<>(residentIds));
        if (residents.isEmpty()) {
            throw new EditionException("edition.error.no-resident");
        }
        requireResidents(residents);
        for (long resident : residents) {
            if (!repository.isCohortMember(edition.cohortId(), resident)) {
                throw new EditionException("edition.error.not-in-cohort");
            }
        }
        if (handlerId != null && people.withRole(Roles.CONTRACTOR_HANDLER).stream().noneMatch(p -> p.id() == handlerId)) {
            throw new EditionException("edition.error.not-a-handler");
        }
        long id = repository.insertArticle(editionId, trimmed, plannedLength, residents, handlerId, user.id(),
                clock.instant());
        manuscripts.assign(trimmed, residents.getFirst(), id);
        if (handlerId != null) {
            notifications.notifyAccount(handlerId, "edition.notice.article-assigned", "progress", trimmed);
        }
        return articles(List.of(repository.article(id).orElseThrow())).getFirst();
    }

    @Secured({Roles.Authorities.WARD_STAFF, Roles.Authorities.CONTRACTOR_MANAGER, Roles.Authorities.CONTRACTOR_HANDLER,
            Roles.Authorities.CONTRACTOR_STAFF})
    @Transactional(readOnly = true)
    public List<Article> articlesOf(long editionId) {
        return articles(repository.articlesOf(editionId));
    }

    /** The contractor manager reports the 納品日; the ward is asked to confirm. */
    @Secured(Roles.Authorities.CONTRACTOR_MANAGER)
    public Edition markDelivered(long editionId, LocalDate deliveredOn) {
        PortalUser user = SignedIn.require();
        var locked = repository.lockEdition(editionId).orElseThrow(() -> new EditionException("edition.error.not-found"));
        if (deliveredOn == null || deliveredOn.isAfter(JapaneseDates.today(clock))) {
            throw new EditionException("edition.error.delivery-date");
        }
        if (locked.deliveryConfirmed()) {
            throw new EditionException("edition.error.already-confirmed");
        }
        repository.markDelivered(editionId, deliveredOn, user.id(), clock.instant());
        live.publish(Topics.edition(editionId), "delivered");
        Edition edition = edition(editionId);
        notifications.notifyRole(Roles.WARD_STAFF, "edition.notice.delivered", "editions/" + editionId,
                edition.title(), deliveredOn.toString());
        return edition;
    }

    /** The ward confirms the delivery: from now on the edition counts as delivered. */
    @Secured(Roles.Authorities.WARD_STAFF)
    public Edition confirmDelivery(long editionId) {
        PortalUser user = SignedIn.require();
        var locked = repository.lockEdition(editionId).orElseThrow(() -> new EditionException("edition.error.not-found"));
        if (locked.deliveredOn() == null) {
            throw new EditionException("edition.error.not-delivered");
        }
        if (locked.deliveryConfirmed()) {
            throw new EditionException("edition.error.already-confirmed");
        }
        repository.confirmDelivery(editionId, user.id(), clock.instant());
        live.publish(Topics.edition(editionId), "delivery-confirmed");
        Edition edition = edition(editionId);
        events.publishEvent(new EditionDelivered(editionId, edition.cohortId(), edition.deliveredOn(),
                repository.everyEditionConfirmed(edition.cohortId())));
        notifications.notifyRole(Roles.CONTRACTOR_MANAGER, "edition.notice.delivery-confirmed",
                "editions/" + editionId, edition.title());
        return edition;
    }

    List<Article> articles(Collection<EditionRepository.ArticleRow> rows) {
        Set<Long> ids = new HashSet<>();
        rows.forEach(r -> {
            ids.addAll(r.residentIds());
            if (r.handlerId() != null) {
                ids.add(r.handlerId());
            }
        });
        var names = people.displayNames(ids);
        List<Article> articles = new ArrayList<>();
        for (var r : rows) {
            articles.add(new Article(r.id(), r.editionId(), r.title(), r.plannedLength(),
                    r.residentIds().stream().map(id -> new Cohort.Member(id, names.getOrDefault(id, "?"))).toList(),
                    r.handlerId(), r.handlerId() == null ? null : names.getOrDefault(r.handlerId(), "?")));
        }
        return articles;
    }

    private void requireResidents(Collection<Long> ids) {
        Set<Long> residents = new HashSet<>();
        people.withRole(Roles.RESIDENT).forEach(p -> residents.add(p.id()));
        if (!residents.containsAll(ids)) {
            throw new EditionException("edition.error.not-a-resident");
        }
    }

    private static void requireText(String text, String messageKey) {
        if (text.isEmpty() || text.codePointCount(0, text.length()) > MAX_TITLE
                || text.codePoints().anyMatch(Character::isISOControl)) {
            throw new EditionException(messageKey);
        }
    }
}
