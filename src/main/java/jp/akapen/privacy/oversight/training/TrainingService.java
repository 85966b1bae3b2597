package jp.akapen.privacy.oversight.training;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import jp.akapen.privacy.audit.AuditAction;
import jp.akapen.privacy.audit.AuditEntry;
import jp.akapen.privacy.audit.AuditTrail;
import jp.akapen.shared.JapaneseDates;
import jp.akapen.shared.LoggedRefusal;
import jp.akapen.shared.People;
import jp.akapen.shared.PortalUser;
import jp.akapen.shared.Roles;
import jp.akapen.shared.SignedIn;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal-data training of the contractor's people (seed O3; issue 15 item 3). The handling manager and ward staff
 * record sessions (day, subject, material, attendees from the contractor's accounts) and read them all, with each
 * person's last training and whether it is older than {@link TrainingRecords#validFor}; each recording is audited.
 * A handler's designation is refused without a current training ({@code privacy.handlers}).
 */
@Service
@Transactional
public class TrainingService {

    static final String OBJECT_TYPE = "training";

    private static final Set<String> KEEPERS = Set.of(Roles.WARD_STAFF, Roles.CONTRACTOR_MANAGER);

    private final TrainingRepository sessions;
    private final TrainingRecords records;
    private final AuditTrail audit;
    private final People people;
    private final Clock clock;

    TrainingService(TrainingRepository sessions, TrainingRecords records, AuditTrail audit, People people, Clock clock) {
        this.sessions = sessions;
        this.records = records;
        this.audit = audit;
        this.people = people;
        this.clock = clock;
    }

    /** Every session, newest first. */
    @Secured({Roles.Authorities.WARD_STAFF, Roles.Authorities.CONTRACTOR_MANAGER, Roles.Authorities.CONTRACTOR_HANDLER,
            Roles.Authorities.CONTRACTOR_STAFF, Roles.Authorities.RESIDENT})
    @Transactional(readOnly = true)
    public List<TrainingSession> sessions() {
        require(AuditAction.ACCESS_DENIED);
        return view(sessions.sessions(null, null));
    }

    /** Sessions held from {@code from} to {@code to}, inclusive, newest first. */
    @Secured({Roles.Authorities.WARD_STAFF, Roles.Authorities.CONTRACTOR_MANAGER, Roles.Authorities.CONTRACTOR_HANDLER,
            Roles.Authorities.CONTRACTOR_STAFF, Roles.Authorities.RESIDENT})
    @Transactional(readOnly = true)
    public List<TrainingSession> sessions(LocalDate from, LocalDate to) {
        require(AuditAction.ACCESS_DENIED);
        return view(sessions.sessions(from, to));
    }

    /** The contractor's people (manager, handlers, staff) by name, each with their last training as of today. */
    @Secured({Roles.Authorities.WARD_STAFF, Roles.Authorities.CONTRACTOR_MANAGER, Roles.Authorities.CONTRACTOR_HANDLER,
            Roles.Authorities.CONTRACTOR_STAFF, Roles.Authorities.RESIDENT})
    @Transactional(readOnly = true)
    public List<TrainedPerson> people() {
        require(AuditAction.ACCESS_DENIED);
        LocalDate today = today();
        List<People.Person> contractor = contractorPeople();
        Map<Long, LocalDate> last = sessions.lastTrainedOn(contractor.stream().map(People.Person::id).toList(), today);
        return contractor.stream().map(p -> new TrainedPerson(p, last.get(p.id()),
                TrainingRules.isCurrent(last.get(p.id()), today, records.validFor()))).toList();
    }

    /** How long a training counts ({@code akapen.training.valid-for}). */
    public Period validFor() {
        return records.validFor();
    }

    /** Records a session; refused, with every reason, for a future day, missing texts or an attendee not of the contractor. */
    @Secured({Roles.Authorities.WARD_STAFF, Roles.Authorities.CONTRACTOR_MANAGER, Roles.Authorities.CONTRACTOR_HANDLER,
            Roles.Authorities.CONTRACTOR_STAFF, Roles.Authorities.RESIDENT})
    public TrainingSession record(TrainingDraft draft) {
        PortalUser user = require(AuditAction.TRAINING_RECORDED);
        List<String> problems = new ArrayList<>(TrainingRules.problems(draft, today()));
        Set<Long> contractor = contractorPeople().stream().map(People.Person::id).collect(Collectors.toSet());
        if (!contractor.containsAll(draft.attendees())) {
            problems.add("training.error.attendee-not-contractor");
        }
        if (!problems.isEmpty()) {
            throw new TrainingException(problems);
        }
        long id = sessions.insert(draft, user.id(), clock.instant());
        audit.record(AuditEntry.of(AuditAction.TRAINING_RECORDED, OBJECT_TYPE, id,
                draft.attendees().stream().sorted().map(a -> "attendee_" + a).toList()));
        return view(sessions.sessions(draft.heldOn(), draft.heldOn()).stream().filter(s -> s.id() == id).toList())
                .getFirst();
    }

    private List<People.Person> contractorPeople() {
        List<People.Person> contractor = new ArrayList<>();
        for (String role : List.of(Roles.CONTRACTOR_MANAGER, Roles.CONTRACTOR_HANDLER, Roles.CONTRACTOR_STAFF)) {
            contractor.addAll(people.withRole(role));
        }
        contractor.sort(Comparator.comparing(People.Person::displayName));
        return contractor;
    }

    private List<TrainingSession> view(List<TrainingRepository.Row> rows) {
        Set<Long> ids = new HashSet<>();
        rows.forEach(r -> {
            ids.addAll(r.attendees());
            ids.add(r.recordedBy());
        });
        Map<Long, String> names = people.displayNames(ids);
        Map<Long, People.Person> contractor = contractorPeople().stream()
                .collect(Collectors.toMap(People.Person::id, Function.identity()));
        return rows.stream().map(r -> new TrainingSession(r.id(), r.heldOn(), r.subject(), r.material(),
                r.materialLink(), r.attendees().stream().map(a -> contractor.getOrDefault(a,
                        new People.Person(a, names.getOrDefault(a, "—"), null))).sorted(
                        Comparator.comparing(People.Person::displayName)).toList(),
                names.getOrDefault(r.recordedBy(), "—"), r.recordedAt())).toList();
    }

    private PortalUser require(AuditAction attempted) {
        PortalUser user = SignedIn.require();
        if (!KEEPERS.contains(user.role())) {
            audit.recordDenied(AuditEntry.of(attempted, OBJECT_TYPE, null, null));
            throw new LoggedRefusal("Training records are for ward staff and the handling manager");
        }
        return user;
    }

    private LocalDate today() {
        return JapaneseDates.today(clock);
    }
}
