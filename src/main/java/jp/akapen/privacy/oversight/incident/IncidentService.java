package jp.akapen.privacy.oversight.incident;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.akapen.privacy.audit.AuditAction;
import jp.akapen.privacy.audit.AuditActor;
import jp.akapen.privacy.audit.AuditEntry;
import jp.akapen.privacy.audit.AuditTrail;
import jp.akapen.privacy.oversight.incident.IncidentDeadlines.Deadline;
import jp.akapen.privacy.oversight.incident.IncidentRepository.Row;
import jp.akapen.shared.JapaneseDates;
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
 * Incident reports (seed O4, O5; issue 15 item 4). Anyone signed in files one; ward staff and the handling manager are
 * notified at once (and by mail, for those who take notices by mail). The handling manager records the preliminary
 * (速報) and final (確報) reports, ward staff their guidance, publication decision and damages, and close it. The
 * deadlines of {@link IncidentDeadlines} are shown, and a deadline that passes without its report is reminded to both
 * once ({@link #remindOverdue}) until the incident is closed. Every step is audited; a reporter who is neither ward
 * nor manager reads their own reports only, and no step of them.
 */
@Service
@Transactional
public class IncidentService {

    static final String OBJECT_TYPE = "incident";
    static final String LINK = "incidents/";

    private static final Set<String> FOLLOWERS = Set.of(Roles.WARD_STAFF, Roles.CONTRACTOR_MANAGER);

    private final IncidentRepository incidents;
    private final AuditTrail audit;
    private final NotificationService notifications;
    private final People people;
    private final Clock clock;

    IncidentService(IncidentRepository incidents, AuditTrail audit, NotificationService notifications, People people,
            Clock clock) {
        this.incidents = incidents;
        this.audit = audit;
        this.notifications = notifications;
        this.people = people;
        this.clock = clock;
    }

    /** Ward staff and the handling manager: every incident; anyone else: the ones they filed. Newest first. */
    @Secured({Roles.Authorities.WARD_STAFF, Roles.Authorities.CONTRACTOR_MANAGER, Roles.Authorities.CONTRACTOR_HANDLER,
            Roles.Authorities.CONTRACTOR_STAFF, Roles.Authorities.RESIDENT})
    @Transactional(readOnly = true)
    public List<Incident> incidents() {
        PortalUser user = SignedIn.require();
        return view(incidents.all(follows(user) ? null : user.id()), user);
    }

    /** One incident, for ward staff, the manager or its reporter; anyone else is refused and the refusal logged. */
    @Secured({Roles.Authorities.WARD_STAFF, Roles.Authorities.CONTRACTOR_MANAGER, Roles.Authorities.CONTRACTOR_HANDLER,
            Roles.Authorities.CONTRACTOR_STAFF, Roles.Authorities.RESIDENT})
    @Transactional(readOnly = true)
    public Incident incident(long id) {
        PortalUser user = SignedIn.require();
        Row row = incidents.find(id).orElseThrow(() -> new IncidentException("incident.error.not-found"));
        if (!follows(user) && row.reportedBy() != user.id()) {
            deny(AuditAction.ACCESS_DENIED, id, "Only ward staff, the handling manager and its reporter read an incident");
        }
        return view(List.of(row), user).getFirst();
    }

    /** Files a report; refused, with every reason, without what happened, the day found (not in the future), whose data or a count. */
    @Secured({Roles.Authorities.WARD_STAFF, Roles.Authorities.CONTRACTOR_MANAGER, Roles.Authorities.CONTRACTOR_HANDLER,
            Roles.Authorities.CONTRACTOR_STAFF, Roles.Authorities.RESIDENT})
    public Incident file(IncidentDraft draft) {
        PortalUser user = SignedIn.require();
        List<String> problems = IncidentRules.problems(draft, today());
        if (!problems.isEmpty()) {
            throw new IncidentException(problems);
        }
        long id = incidents.insert(draft, user.id(), clock.instant());
        audit.record(AuditEntry.of(AuditAction.INCIDENT_REPORTED, OBJECT_TYPE, id, null));
        var deadlines = IncidentDeadlines.of(draft.foundOn(), draft.wrongfulPurpose());
        for (String role : List.of(Roles.WARD_STAFF, Roles.CONTRACTOR_MANAGER)) {
            notifications.notifyRole(role, "incident.notice.reported", LINK + id, String.valueOf(id),
                    user.displayName(), deadlines.preliminaryDue().toString(), deadlines.finalDue().toString());
        }
        return one(id, user);
    }

    /**
     * Records a follow-up step: the preliminary and final reports by the handling manager (once each), the guidance,
     * publication decision and damages by ward staff. Refused for another role, a closed incident, a second report of
     * the same kind, a day outside found..today or a missing text. The other side is notified.
     */
    @Secured({Roles.Authorities.WARD_STAFF, Roles.Authorities.CONTRACTOR_MANAGER, Roles.Authorities.CONTRACTOR_HANDLER,
            Roles.Authorities.CONTRACTOR_STAFF, Roles.Authorities.RESIDENT})
    public Incident record(long id, StepKind kind, LocalDate on, String text) {
        PortalUser user = SignedIn.require();
        if (!kind.role().equals(user.role())) {
            deny(kind.action(), id, "Only " + kind.role() + " records " + kind);
        }
        Row row = incidents.lock(id).orElseThrow(() -> new IncidentException("incident.error.not-found"));
        if (row.closedAt() != null) {
            throw new IncidentException("incident.error.closed");
        }
        List<String> problems = new ArrayList<>();
        if (kind.once() && row.has(kind)) {
            problems.add("incident.error.step-recorded");
        }
        problems.addAll(IncidentRules.stepProblems(on, text, row.foundOn(), today()));
        if (!problems.isEmpty()) {
            throw new IncidentException(problems);
        }
        incidents.insertStep(id, kind, on, text, user.id(), clock.instant());
        audit.record(AuditEntry.of(kind.action(), OBJECT_TYPE, id, null));
        String other = Roles.WARD_STAFF.equals(user.role()) ? Roles.CONTRACTOR_MANAGER : Roles.WARD_STAFF;
        notifications.notifyRole(other, "incident.notice." + kind.name().toLowerCase(java.util.Locale.ROOT), LINK + id,
                String.valueOf(id), user.displayName());
        return one(id, user);
    }

    /** Ward staff close an incident; its reminders stop. The manager and the reporter are told. */
    @Secured({Roles.Authorities.WARD_STAFF, Roles.Authorities.CONTRACTOR_MANAGER, Roles.Authorities.CONTRACTOR_HANDLER,
            Roles.Authorities.CONTRACTOR_STAFF, Roles.Authorities.RESIDENT})
    public Incident close(long id) {
        PortalUser user = SignedIn.require();
        if (!Roles.WARD_STAFF.equals(user.role())) {
            deny(AuditAction.INCIDENT_CLOSED, id, "Only ward staff close an incident");
        }
        Row row = incidents.lock(id).orElseThrow(() -> new IncidentException("incident.error.not-found"));
        if (row.closedAt() != null) {
            throw new IncidentException("incident.error.closed");
        }
        incidents.close(id, user.id(), clock.instant());
        audit.record(AuditEntry.of(AuditAction.INCIDENT_CLOSED, OBJECT_TYPE, id, null));
        notifications.notifyRole(Roles.CONTRACTOR_MANAGER, "incident.notice.closed", LINK + id, String.valueOf(id));
        notifications.notifyAccount(row.reportedBy(), "incident.notice.closed", LINK + id, String.valueOf(id));
        return one(id, user);
    }

    /** Incidents found from {@code from} to {@code to}, or open during the period, for the handling-status report. */
    @Secured({Roles.Authorities.WARD_STAFF, Roles.Authorities.CONTRACTOR_MANAGER, Roles.Authorities.CONTRACTOR_HANDLER,
            Roles.Authorities.CONTRACTOR_STAFF, Roles.Authorities.RESIDENT})
    @Transactional(readOnly = true)
    public List<Incident> during(LocalDate from, LocalDate to) {
        PortalUser user = SignedIn.require();
        if (!follows(user)) {
            deny(AuditAction.ACCESS_DENIED, null, "The incidents of a period are for ward staff and the handling manager");
        }
        return view(incidents.foundOrOpenDuring(from, to, from.atStartOfDay(JapaneseDates.ZONE).toInstant()), user);
    }

    /**
     * Reminds ward staff and the handling manager of every deadline of an open incident that passed without its report,
     * once per incident and deadline (a unique row, so several instances remind once); returns how many were sent.
     */
    public int remindOverdue() {
        LocalDate today = today();
        Instant now = clock.instant();
        int sent = 0;
        for (Row row : incidents.open()) {
            var deadlines = IncidentDeadlines.of(row.foundOn(), row.wrongfulPurpose());
            for (Deadline deadline : Deadline.values()) {
                boolean in = row.has(StepKind.FINAL) || row.has(deadline.step());
                if (in || !deadlines.passed(deadline, today) || !incidents.remind(row.id(), deadline, now)) {
                    continue;
                }
                audit.record(AuditEntry.of(AuditAction.INCIDENT_DEADLINE_PASSED, OBJECT_TYPE, row.id(),
                        List.of(deadline.name().toLowerCase(java.util.Locale.ROOT))), new AuditActor(null, "SYSTEM_INCIDENT"));
                for (String role : List.of(Roles.WARD_STAFF, Roles.CONTRACTOR_MANAGER)) {
                    notifications.notifyRole(role, "incident.notice.passed." + deadline.name().toLowerCase(
                            java.util.Locale.ROOT), LINK + row.id(), String.valueOf(row.id()),
                            deadlines.due(deadline).toString());
                }
                sent++;
            }
        }
        return sent;
    }

    private Incident one(long id, PortalUser user) {
        return view(List.of(incidents.find(id).orElseThrow()), user).getFirst();
    }

    private List<Incident> view(List<Row> rows, PortalUser user) {
        Set<Long> ids = new HashSet<>();
        rows.forEach(r -> {
            ids.add(r.reportedBy());
            if (r.closedBy() != null) {
                ids.add(r.closedBy());
            }
            r.steps().forEach(s -> ids.add(s.recordedBy()));
        });
        Map<Long, String> names = people.displayNames(ids);
        boolean follows = follows(user);
        return rows.stream().map(r -> {
            boolean closed = r.closedAt() != null;
            boolean preliminary = r.has(StepKind.PRELIMINARY);
            boolean finalReport = r.has(StepKind.FINAL);
            List<Incident.Step> steps = !follows ? List.of() : r.steps().stream().map(s -> new Incident.Step(s.id(),
                    s.kind(), s.on(), s.text(), names.getOrDefault(s.recordedBy(), "—"), s.recordedAt())).toList();
            Set<StepKind> mayRecord = EnumSet.noneOf(StepKind.class);
            if (!closed) {
                for (StepKind kind : StepKind.values()) {
                    if (kind.role().equals(user.role()) && !(kind.once() && r.has(kind))) {
                        mayRecord.add(kind);
                    }
                }
            }
            return new Incident(r.id(), r.whatHappened(), r.foundOn(), r.whoseData(), r.peopleAffected(), r.contained(),
                    r.actionTaken(), r.wrongfulPurpose(), r.reportedBy(), names.getOrDefault(r.reportedBy(), "—"),
                    r.reportedAt(), steps, IncidentDeadlines.of(r.foundOn(), r.wrongfulPurpose()), preliminary,
                    finalReport, IncidentRules.state(closed, preliminary, finalReport),
                    r.closedBy() == null ? null : names.getOrDefault(r.closedBy(), "—"), r.closedAt(), mayRecord,
                    !closed && Roles.WARD_STAFF.equals(user.role()));
        }).toList();
    }

    private static boolean follows(PortalUser user) {
        return FOLLOWERS.contains(user.role());
    }

    private void deny(AuditAction action, Object id, String why) {
        audit.recordDenied(AuditEntry.of(action, OBJECT_TYPE, id, null));
        throw new LoggedRefusal(why);
    }

    private LocalDate today() {
        return JapaneseDates.today(clock);
    }
}
