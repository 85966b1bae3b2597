package jp.akapen.privacy.handlers;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.akapen.privacy.audit.AuditAction;
import jp.akapen.privacy.audit.AuditEntry;
import jp.akapen.privacy.audit.AuditTrail;
import jp.akapen.privacy.oversight.training.TrainingRecords;
import jp.akapen.shared.LoggedRefusal;
import jp.akapen.shared.People;
import jp.akapen.shared.PortalUser;
import jp.akapen.shared.Roles;
import jp.akapen.shared.SignedIn;
import jp.akapen.shared.notification.NotificationService;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The handler register (取扱者の指定, seed P2, P3). The contractor's manager designates the
 * contractor's people who may handle personal data, for a period of Tokyo days, and ends
 * designations; the ward reads the whole register at any time and is notified of every change.
 * Each change writes its audit event in the same transaction (P4); a refusal for the wrong role is
 * audited too. Only accounts of the handler or manager role can be designated: contractor staff
 * (R5) are by definition the people who never see personal data, and residents and ward staff are
 * not the contractor's. To make a staff member a handler, the account's role changes first.
 */
@Service
@Transactional
public class HandlerDesignationService {

    static final String OBJECT_TYPE = "designation";

    /** Roles a designation can be given to. */
    static final List<String> DESIGNATABLE = List.of(Roles.CONTRACTOR_HANDLER, Roles.CONTRACTOR_MANAGER);

    private static final Set<String> READERS = Set.of(Roles.WARD_STAFF, Roles.CONTRACTOR_MANAGER);

    private final DesignationRepository designations;
    private final HandlerRegister register;
    private final AuditTrail auditTrail;
    private final NotificationService notifications;
    private final People people;
    private final DesignationEnding ending;
    private final TrainingRecords training;
    private final Clock clock;

    HandlerDesignationService(DesignationRepository designations, HandlerRegister register, AuditTrail auditTrail,
            NotificationService notifications, People people, DesignationEnding ending, TrainingRecords training,
            Clock clock) {
        this.training = training;
        this.designations = designations;
        this.register = register;
        this.auditTrail = auditTrail;
        this.notifications = notifications;
        this.people = people;
        this.ending = ending;
        this.clock = clock;
    }

    /** The whole register, newest first: for the ward (who oversees it) and the manager (who keeps it). */
    @Secured({Roles.Authorities.WARD_STAFF, Roles.Authorities.CONTRACTOR_MANAGER, Roles.Authorities.CONTRACTOR_HANDLER,
            Roles.Authorities.CONTRACTOR_STAFF, Roles.Authorities.RESIDENT})
    @Transactional(readOnly = true)
    public List<RegisterEntry> register() {
        require(READERS, AuditEntry.of(AuditAction.ACCESS_DENIED, OBJECT_TYPE, null, null));
        return entries(designations.all());
    }

    /** The people the manager may designate: enabled handler and manager accounts, by name. */
    @Secured({Roles.Authorities.WARD_STAFF, Roles.Authorities.CONTRACTOR_MANAGER, Roles.Authorities.CONTRACTOR_HANDLER,
            Roles.Authorities.CONTRACTOR_STAFF, Roles.Authorities.RESIDENT})
    @Transactional(readOnly = true)
    public List<People.Person> candidates() {
        require(Set.of(Roles.CONTRACTOR_MANAGER), AuditEntry.of(AuditAction.ACCESS_DENIED, OBJECT_TYPE, null, null));
        return candidateList();
    }

    /**
     * Designates {@code accountId} from {@code startsOn} to {@code endsOn} (inclusive; null: until
     * ended). Refused, with every reason, for someone who cannot hold a designation, a start before
     * today, an end before the start, days that overlap the person's other designation, or no training within
     * {@code akapen.training.valid-for} before the start (seed O3; the message says when they were last trained).
     */
    @Secured({Roles.Authorities.WARD_STAFF, Roles.Authorities.CONTRACTOR_MANAGER, Roles.Authorities.CONTRACTOR_HANDLER,
            Roles.Authorities.CONTRACTOR_STAFF, Roles.Authorities.RESIDENT})
    public RegisterEntry designate(long accountId, LocalDate startsOn, LocalDate endsOn) {
        PortalUser manager = require(Set.of(Roles.CONTRACTOR_MANAGER),
                AuditEntry.of(AuditAction.HANDLER_DESIGNATED, OBJECT_TYPE, null, null));
        var person = candidateList().stream().filter(p -> p.id() == accountId).findFirst();
        List<String> problems = new ArrayList<>();
        if (person.isEmpty()) {
            problems.add("handlers.error.not-designatable");
        }
        problems.addAll(DesignationRules.problems(startsOn, endsOn, register.today(),
                person.isEmpty() ? List.of() : designations.lockAllOf(accountId)));
        Map<String, List<Object>> arguments = new HashMap<>();
        if (person.isPresent() && startsOn != null) {
            LocalDate lastTrained = training.lastTrainedOn(accountId, startsOn).orElse(null);
            DesignationRules.trainingProblem(startsOn, lastTrained, training.validFor()).ifPresent(problem -> {
                problems.add(problem);
                arguments.put(problem, lastTrained == null ? List.of(training.validFor())
                        : List.of(lastTrained, training.validFor()));
            });
        }
        if (!problems.isEmpty()) {
            throw new DesignationException(problems, arguments);
        }
        long id = designations.insert(accountId, startsOn, endsOn, manager.id(), clock.instant());
        auditTrail.record(AuditEntry.of(AuditAction.HANDLER_DESIGNATED, OBJECT_TYPE, id, null));
        notifications.notifyRole(Roles.WARD_STAFF, "handlers.notice.designated", "handlers", person.get().displayName(),
                startsOn.toString(), endsOn == null ? "—" : endsOn.toString(), manager.displayName());
        return entries(List.of(designations.find(id).orElseThrow())).getFirst();
    }

    /**
     * Ends a designation that is active or has not begun, from this moment: its holder is no longer
     * a handler (every personal-data read asks {@link HandlerRegister#isActive}), and their sessions
     * end as soon as this transaction commits ({@link HandlerDesignationEnded}).
     */
    @Secured({Roles.Authorities.WARD_STAFF, Roles.Authorities.CONTRACTOR_MANAGER, Roles.Authorities.CONTRACTOR_HANDLER,
            Roles.Authorities.CONTRACTOR_STAFF, Roles.Authorities.RESIDENT})
    public RegisterEntry end(long designationId) {
        PortalUser manager = require(Set.of(Roles.CONTRACTOR_MANAGER),
                AuditEntry.of(AuditAction.HANDLER_DESIGNATION_ENDED, OBJECT_TYPE, designationId, null));
        Designation designation = designations.lock(designationId)
                .orElseThrow(() -> new DesignationException("handlers.error.not-found"));
        LocalDate today = register.today();
        if (designation.statusOn(today) == DesignationStatus.ENDED) {
            throw new DesignationException("handlers.error.already-ended");
        }
        ending.end(designation, manager.id());
        return entries(List.of(designations.find(designationId).orElseThrow())).getFirst();
    }

    private List<People.Person> candidateList() {
        List<People.Person> candidates = new ArrayList<>();
        DESIGNATABLE.forEach(role -> candidates.addAll(people.withRole(role)));
        candidates.sort(Comparator.comparing(People.Person::displayName));
        return candidates;
    }

    /**
     * The signed-in user when their role is one of {@code roles}; otherwise the refusal is written
     * to the audit log (in its own transaction, which outlives this one) and access is denied.
     */
    private PortalUser require(Set<String> roles, AuditEntry attempted) {
        PortalUser user = SignedIn.require();
        if (!roles.contains(user.role())) {
            auditTrail.recordDenied(attempted);
            throw new LoggedRefusal("Not for " + user.role());
        }
        return user;
    }

    private List<RegisterEntry> entries(Collection<Designation> rows) {
        Set<Long> ids = new HashSet<>();
        rows.forEach(d -> {
            ids.add(d.accountId());
            ids.add(d.designatedBy());
            if (d.endedBy() != null) {
                ids.add(d.endedBy());
            }
        });
        Map<Long, String> names = people.displayNames(ids);
        Map<Long, String> roles = new HashMap<>();
        DESIGNATABLE.forEach(role -> people.withRole(role).forEach(p -> roles.put(p.id(), p.role())));
        LocalDate today = register.today();
        return rows.stream().map(d -> new RegisterEntry(d, names.getOrDefault(d.accountId(), "?"),
                roles.get(d.accountId()), names.getOrDefault(d.designatedBy(), "?"),
                d.endedBy() == null ? null : names.getOrDefault(d.endedBy(), "?"), d.statusOn(today))).toList();
    }
}
