package jp.akapen.privacy.takeout;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import jp.akapen.privacy.audit.AuditAction;
import jp.akapen.privacy.audit.AuditActor;
import jp.akapen.privacy.audit.AuditEntry;
import jp.akapen.privacy.audit.AuditTrail;
import jp.akapen.privacy.handlers.HandlerRegister;
import jp.akapen.privacy.takeout.TakeOutRepository.Row;
import jp.akapen.privacy.takeout.TakeOutRequest.Action;
import jp.akapen.privacy.vault.CohortExport;
import jp.akapen.privacy.vault.CohortExport.KnownCohort;
import jp.akapen.privacy.vault.PersonalData;
import jp.akapen.shared.JapaneseDates;
import jp.akapen.shared.LoggedRefusal;
import jp.akapen.shared.People;
import jp.akapen.shared.PortalUser;
import jp.akapen.shared.Roles;
import jp.akapen.shared.SignedIn;
import jp.akapen.shared.files.EncryptedZip;
import jp.akapen.shared.notification.NotificationService;
import jp.akapen.shared.pdf.JapaneseFont;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Taking residents' personal data out of the portal (seed P5, P8, P10; issue 14 item 7). A designated handler asks
 * (purpose, destination, carrier, return date, the fields needed); ward staff approve or refuse with a reason before
 * anything leaves; the requester exports once, an AES-256 zip whose password is shown once, watermarked with the
 * request number and their name ({@link TakeOutPackage}), each resident in it audited as PERSONAL_DATA_EXPORTED; then
 * they report the data's return or destruction. Exports past their return date are flagged to the ward every day
 * until reported ({@link #flagOverdue}). This is the only path by which personal data leaves in bulk.
 *
 * <p>Method security admits the roles that may open the page; who may do what is decided here, each refusal logged.
 */
@Service
@Transactional
public class TakeOutService {

    static final String OBJECT_TYPE = "takeout";

    private final TakeOutRepository requests;
    private final CohortExport export;
    private final HandlerRegister handlers;
    private final AuditTrail audit;
    private final NotificationService notifications;
    private final People people;
    private final JapaneseFont font;
    private final Clock clock;

    TakeOutService(TakeOutRepository requests, CohortExport export, HandlerRegister handlers,
            AuditTrail audit, NotificationService notifications, People people, JapaneseFont font, Clock clock) {
        this.requests = requests;
        this.export = export;
        this.handlers = handlers;
        this.audit = audit;
        this.notifications = notifications;
        this.people = people;
        this.font = font;
        this.clock = clock;
    }

    /** Ward staff and the contractor's manager read every request; a handler their own. */
    @Secured({Roles.Authorities.WARD_STAFF, Roles.Authorities.CONTRACTOR_MANAGER, Roles.Authorities.CONTRACTOR_HANDLER})
    @Transactional(readOnly = true)
    public List<TakeOutRequest> requests() {
        PortalUser user = SignedIn.require();
        boolean all = Roles.WARD_STAFF.equals(user.role()) || Roles.CONTRACTOR_MANAGER.equals(user.role());
        return view(all ? requests.all() : requests.requestedBy(user.id()), user);
    }

    /** Whether the signed-in person may ask: a designated handler today (the manager too, when designated). */
    @Secured({Roles.Authorities.WARD_STAFF, Roles.Authorities.CONTRACTOR_MANAGER, Roles.Authorities.CONTRACTOR_HANDLER})
    @Transactional(readOnly = true)
    public boolean mayRequest() {
        return mayHandle(SignedIn.require());
    }

    /** The cohorts a request may name, newest first. */
    @Secured({Roles.Authorities.WARD_STAFF, Roles.Authorities.CONTRACTOR_MANAGER, Roles.Authorities.CONTRACTOR_HANDLER})
    @Transactional(readOnly = true)
    public List<KnownCohort> cohorts() {
        return export.cohorts();
    }

    @Secured({Roles.Authorities.WARD_STAFF, Roles.Authorities.CONTRACTOR_MANAGER, Roles.Authorities.CONTRACTOR_HANDLER})
    public TakeOutRequest request(TakeOutDraft draft) {
        PortalUser user = SignedIn.require();
        if (!mayHandle(user)) {
            deny(AuditAction.TAKEOUT_REQUESTED, "new", "Only designated handlers may ask to take personal data out");
        }
        List<String> problems = new ArrayList<>(TakeOutRules.problems(draft, today()));
        if (draft.cohortId() != null && export.cohorts().stream().noneMatch(c -> c.id() == draft.cohortId())) {
            problems.add("takeout.error.cohort");
        }
        if (!problems.isEmpty()) {
            throw new TakeOutException(problems);
        }
        Instant now = clock.instant();
        long id = requests.insert(draft, user.id(), now);
        audit.record(AuditEntry.of(AuditAction.TAKEOUT_REQUESTED, OBJECT_TYPE, id, columns(draft.fields())));
        notifications.notifyRole(Roles.WARD_STAFF, "takeout.notice.requested", "takeout", String.valueOf(id),
                name(user.id()));
        return one(id, user);
    }

    @Secured({Roles.Authorities.WARD_STAFF, Roles.Authorities.CONTRACTOR_MANAGER, Roles.Authorities.CONTRACTOR_HANDLER})
    public TakeOutRequest approve(long id, String reason) {
        return decide(id, TakeOutState.APPROVED, reason == null || reason.isBlank() ? null : reason.strip());
    }

    @Secured({Roles.Authorities.WARD_STAFF, Roles.Authorities.CONTRACTOR_MANAGER, Roles.Authorities.CONTRACTOR_HANDLER})
    public TakeOutRequest refuse(long id, String reason) {
        String problem = TakeOutRules.reasonProblem(reason);
        if (problem != null) {
            throw new TakeOutException(problem);
        }
        return decide(id, TakeOutState.REFUSED, reason.strip());
    }

    /**
     * The one export of an approved request, by its requester while still designated and not past the return date.
     * Reads the cohort's chosen fields (each resident audited as PERSONAL_DATA_EXPORTED) and records the zip's
     * SHA-256; the password is in the result only.
     */
    @Secured({Roles.Authorities.WARD_STAFF, Roles.Authorities.CONTRACTOR_MANAGER, Roles.Authorities.CONTRACTOR_HANDLER})
    public TakeOutExport export(long id) {
        PortalUser user = SignedIn.require();
        Row row = requests.lock(id).orElseThrow(() -> new TakeOutException("takeout.error.no-such-request"));
        if (row.requestedBy() != user.id() || !mayHandle(user)) {
            deny(AuditAction.PERSONAL_DATA_EXPORTED, String.valueOf(id),
                    "Only the requester, while a designated handler, may export an approved take-out");
        }
        if (row.state() != TakeOutState.APPROVED) {
            throw new TakeOutException(row.state() == TakeOutState.EXPORTED ? "takeout.error.exported-once"
                    : "takeout.error.not-approved");
        }
        if (today().isAfter(row.returnDue())) {
            throw new TakeOutException("takeout.error.export-past-due");
        }
        Map<Long, PersonalData> read = export.readForTakeOut(row.cohortId(), EnumSet.copyOf(row.fields()));
        Map<Long, String> penNames = people.displayNames(read.keySet());
        List<TakeOutPackage.Person> roster = read.entrySet().stream()
                .map(e -> new TakeOutPackage.Person(e.getKey(), penNames.getOrDefault(e.getKey(), "—"), e.getValue()))
                .toList();
        Instant now = clock.instant();
        var header = new TakeOutPackage.Header(String.valueOf(id), name(user.id()), cohortLabel(row.cohortId()),
                name(row.decidedBy()), row.returnDue(), now, row.fields());
        var zipped = zip(header, roster);
        String sha256 = sha256(zipped.bytes());
        requests.exported(id, now, roster.size(), sha256);
        notifications.notifyRole(Roles.WARD_STAFF, "takeout.notice.exported", "takeout", String.valueOf(id),
                name(user.id()), String.valueOf(roster.size()));
        return new TakeOutExport("takeout-" + id + ".zip", zipped.bytes(), zipped.password(), roster.size(), sha256);
    }

    /** The requester (or the manager) reports that the data came back or was destroyed; a note is required. */
    @Secured({Roles.Authorities.WARD_STAFF, Roles.Authorities.CONTRACTOR_MANAGER, Roles.Authorities.CONTRACTOR_HANDLER})
    public TakeOutRequest reportClosed(long id, boolean destroyed, String note) {
        PortalUser user = SignedIn.require();
        Row row = requests.lock(id).orElseThrow(() -> new TakeOutException("takeout.error.no-such-request"));
        boolean mayReport = row.requestedBy() == user.id() || Roles.CONTRACTOR_MANAGER.equals(user.role());
        AuditAction action = destroyed ? AuditAction.TAKEOUT_DESTROYED : AuditAction.TAKEOUT_RETURNED;
        if (!mayReport) {
            deny(action, String.valueOf(id), "Only the requester or the manager reports a take-out's return");
        }
        if (row.state() != TakeOutState.EXPORTED) {
            throw new TakeOutException("takeout.error.not-out");
        }
        String problem = TakeOutRules.noteProblem(note);
        if (problem != null) {
            throw new TakeOutException(problem);
        }
        requests.closed(id, destroyed ? TakeOutState.DESTROYED : TakeOutState.RETURNED, user.id(), clock.instant(),
                note.strip());
        audit.record(AuditEntry.of(action, OBJECT_TYPE, id, null));
        notifications.notifyRole(Roles.WARD_STAFF, destroyed ? "takeout.notice.destroyed" : "takeout.notice.returned",
                "takeout", String.valueOf(id), name(user.id()));
        return one(id, user);
    }

    /**
     * Tells ward staff (and the requester) of every export past its return date, once a day each while it stays
     * unreported; returns how many were flagged by this call. Safe with several instances: each row is locked and
     * skipped by the others, and marked with the day.
     */
    public int flagOverdue() {
        LocalDate today = today();
        int flagged = 0;
        for (Row row : requests.overdueUnflagged(today)) {
            requests.flagged(row.id(), today);
            audit.record(AuditEntry.of(AuditAction.TAKEOUT_OVERDUE, OBJECT_TYPE, row.id(), null),
                    new AuditActor(null, "SYSTEM_TAKEOUT"));
            String due = row.returnDue().toString();
            notifications.notifyRole(Roles.WARD_STAFF, "takeout.notice.overdue", "takeout", String.valueOf(row.id()),
                    due);
            notifications.notifyAccount(row.requestedBy(), "takeout.notice.overdue", "takeout",
                    String.valueOf(row.id()), due);
            flagged++;
        }
        return flagged;
    }

    private TakeOutRequest decide(long id, TakeOutState decision, String reason) {
        PortalUser user = SignedIn.require();
        AuditAction action = decision == TakeOutState.APPROVED ? AuditAction.TAKEOUT_APPROVED
                : AuditAction.TAKEOUT_REFUSED;
        if (!Roles.WARD_STAFF.equals(user.role())) {
            deny(action, String.valueOf(id), "Only ward staff decide on a take-out");
        }
        if (reason != null && reason.length() > TakeOutRules.REASON_MAX) {
            throw new TakeOutException("takeout.error.reason-long");
        }
        Row row = requests.lock(id).orElseThrow(() -> new TakeOutException("takeout.error.no-such-request"));
        if (row.state() != TakeOutState.REQUESTED) {
            throw new TakeOutException("takeout.error.decided");
        }
        requests.decide(id, decision, user.id(), clock.instant(), reason);
        audit.record(AuditEntry.of(action, OBJECT_TYPE, id, null));
        notifications.notifyAccount(row.requestedBy(), decision == TakeOutState.APPROVED
                ? "takeout.notice.approved" : "takeout.notice.refused", "takeout", String.valueOf(id));
        return one(id, user);
    }

    private TakeOutRequest one(long id, PortalUser user) {
        return view(List.of(requests.find(id).orElseThrow()), user).getFirst();
    }

    private List<TakeOutRequest> view(List<Row> rows, PortalUser user) {
        Set<Long> ids = new HashSet<>();
        rows.forEach(r -> {
            ids.add(r.requestedBy());
            if (r.decidedBy() != null) {
                ids.add(r.decidedBy());
            }
            if (r.closedBy() != null) {
                ids.add(r.closedBy());
            }
        });
        Map<Long, String> names = people.displayNames(ids);
        Map<Long, KnownCohort> cohorts = export.cohorts().stream().collect(Collectors.toMap(KnownCohort::id,
                Function.identity()));
        LocalDate today = today();
        boolean handles = mayHandle(user);
        return rows.stream().map(r -> new TakeOutRequest(r.id(), r.cohortId(), fiscalYear(cohorts.get(r.cohortId())),
                r.fields(), r.purpose(), r.destination(), r.carrier(), r.returnDue(), r.state(),
                person(r.requestedBy(), names), r.requestedAt(), person(r.decidedBy(), names), r.decidedAt(),
                r.decisionReason(), r.exportedAt(), r.exportedPeople(), r.exportSha256(), person(r.closedBy(), names),
                r.closedAt(), r.closedNote(), r.state().isOut() && today.isAfter(r.returnDue()),
                actions(r, user, handles, today))).toList();
    }

    private static Set<Action> actions(Row r, PortalUser user, boolean handles, LocalDate today) {
        Set<Action> actions = EnumSet.noneOf(Action.class);
        boolean ward = Roles.WARD_STAFF.equals(user.role());
        boolean requester = r.requestedBy() == user.id();
        if (ward && r.state() == TakeOutState.REQUESTED) {
            actions.add(Action.APPROVE);
            actions.add(Action.REFUSE);
        }
        if (requester && handles && r.state() == TakeOutState.APPROVED && !today.isAfter(r.returnDue())) {
            actions.add(Action.EXPORT);
        }
        if ((requester || Roles.CONTRACTOR_MANAGER.equals(user.role())) && r.state() == TakeOutState.EXPORTED) {
            actions.add(Action.REPORT_CLOSED);
        }
        return actions;
    }

    private EncryptedZip.Zipped zip(TakeOutPackage.Header header, List<TakeOutPackage.Person> roster) {
        try {
            return TakeOutPackage.zip(header, roster, font);
        } catch (JapaneseFont.MissingFontException e) {
            throw new TakeOutException("takeout.error.font");
        }
    }

    private boolean mayHandle(PortalUser user) {
        return Roles.CONTRACTOR_SIDE.contains(user.role()) && handlers.isActive(user.id());
    }

    private void deny(AuditAction action, String objectId, String why) {
        audit.recordDenied(AuditEntry.of(action, OBJECT_TYPE, objectId, null));
        throw new LoggedRefusal(why);
    }

    private static int fiscalYear(KnownCohort cohort) {
        return cohort == null ? 0 : cohort.fiscalYear();
    }

    private String cohortLabel(long cohortId) {
        return label(export.cohorts().stream().filter(c -> c.id() == cohortId).findFirst().orElse(null));
    }

    /** The cohort by its fiscal year, as the ward names it (令和8年度); the roster is always in Japanese. */
    private static String label(KnownCohort cohort) {
        return cohort == null ? "—" : JapaneseDates.fiscalYear(cohort.fiscalYear(), java.util.Locale.JAPANESE);
    }

    private String name(Long accountId) {
        return accountId == null ? "—" : people.displayNames(List.of(accountId)).getOrDefault(accountId, "—");
    }

    private static TakeOutRequest.Person person(Long id, Map<Long, String> names) {
        return id == null ? null : new TakeOutRequest.Person(id, names.getOrDefault(id, "—"));
    }

    private static List<String> columns(Set<PersonalData.Field> fields) {
        return fields.stream().map(PersonalData.Field::column).sorted().toList();
    }

    private LocalDate today() {
        return JapaneseDates.today(clock);
    }

    private static String sha256(byte[] bytes) {
        try {
            return java.util.HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
