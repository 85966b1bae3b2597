package jp.akapen.privacy.oversight.inspection;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import jp.akapen.privacy.audit.AuditAction;
import jp.akapen.privacy.audit.AuditActor;
import jp.akapen.privacy.audit.AuditEntry;
import jp.akapen.privacy.audit.AuditLogService;
import jp.akapen.privacy.audit.AuditTrail;
import jp.akapen.privacy.audit.ChainReport;
import jp.akapen.privacy.oversight.inspection.AuditRecord.Action;
import jp.akapen.privacy.oversight.inspection.AuditRecord.FindingAction;
import jp.akapen.privacy.oversight.inspection.InspectionRepository.AuditRow;
import jp.akapen.privacy.oversight.inspection.InspectionRepository.FindingRow;
import jp.akapen.shared.JapaneseDates;
import jp.akapen.shared.LoggedRefusal;
import jp.akapen.shared.People;
import jp.akapen.shared.PortalUser;
import jp.akapen.shared.Roles;
import jp.akapen.shared.SignedIn;
import jp.akapen.shared.notification.NotificationService;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The ward's annual audit of the contractor (特記事項15-17, seed O2; issue 15 item 2). Ward staff start one audit per
 * fiscal year (the audit chain is verified then, and again on request, its result kept with the audit), record a
 * result and note per checklist item, and record findings with a corrective action, an owner on the contractor's side
 * and a due date; the owner (or the handling manager) reports what was done and ward staff close it. The manager reads
 * everything. A notice tells the ward once a year when the last quarter begins without an audit. Everything audited.
 */
@Service
public class InspectionService {

    static final String OBJECT_TYPE = "oversight_audit";
    static final String FINDING = "oversight_finding";
    static final String LINK = "oversight/audits/";

    private final InspectionRepository audits;
    private final Checklist checklist = Checklist.shipped();
    private final AuditLogService auditLog;
    private final AuditTrail audit;
    private final NotificationService notifications;
    private final People people;
    private final Clock clock;
    private final TransactionTemplate writing;

    InspectionService(InspectionRepository audits, AuditLogService auditLog, AuditTrail audit,
            NotificationService notifications, People people, Clock clock, PlatformTransactionManager transactions) {
        this.audits = audits;
        this.auditLog = auditLog;
        this.audit = audit;
        this.notifications = notifications;
        this.people = people;
        this.clock = clock;
        this.writing = new TransactionTemplate(transactions);
    }

    public Checklist checklist() {
        return checklist;
    }

    /** Every audit, newest year first, without results and findings. */
    @Secured({Roles.Authorities.WARD_STAFF, Roles.Authorities.CONTRACTOR_MANAGER})
    @Transactional(readOnly = true)
    public List<AuditRecord> audits() {
        PortalUser user = SignedIn.require();
        var rows = audits.audits();
        var names = names(rows.stream().flatMap(r -> Stream.of(r.startedBy(), r.finishedBy())).toList());
        return rows.stream().map(r -> record(r, Map.of(), List.of(), names, user)).toList();
    }

    /** The fiscal year a new audit would be for, when ward staff may start one now; null otherwise. */
    @Secured({Roles.Authorities.WARD_STAFF, Roles.Authorities.CONTRACTOR_MANAGER})
    @Transactional(readOnly = true)
    public Integer yearToStart() {
        int year = InspectionRules.fiscalYearOf(today());
        return Roles.WARD_STAFF.equals(SignedIn.require().role()) && !audits.exists(year) ? year : null;
    }

    @Secured({Roles.Authorities.WARD_STAFF, Roles.Authorities.CONTRACTOR_MANAGER})
    @Transactional(readOnly = true)
    public AuditRecord audit(long id) {
        PortalUser user = SignedIn.require();
        AuditRow row = audits.audit(id).orElseThrow(() -> new InspectionException("oversight.audit.error.no-such-audit"));
        var results = audits.results(id);
        var findings = audits.findings(id);
        List<Long> ids = new ArrayList<>(List.of(row.startedBy()));
        ids.add(row.finishedBy());
        results.forEach(r -> ids.add(r.recordedBy()));
        findings.forEach(f -> ids.addAll(java.util.Arrays.asList(f.ownerId(), f.doneBy(), f.closedBy())));
        var names = names(ids);
        Map<String, AuditRecord.Result> byCode = new HashMap<>();
        results.forEach(r -> byCode.put(r.itemCode(), new AuditRecord.Result(r.result(), r.note(),
                names.getOrDefault(r.recordedBy(), "—"), r.recordedAt())));
        var shown = findings.stream().map(f -> finding(f, names, user)).toList();
        return record(row, byCode, shown, names, user);
    }

    /**
     * Starts the fiscal year's audit and verifies the audit chain for it. The verification runs before anything is
     * written here, because it logs its run in a transaction of its own.
     */
    @Secured({Roles.Authorities.WARD_STAFF, Roles.Authorities.CONTRACTOR_MANAGER})
    public AuditRecord start(int fiscalYear) {
        PortalUser user = requireWard(AuditAction.OVERSIGHT_AUDIT_STARTED, String.valueOf(fiscalYear),
                "Only ward staff start the annual audit");
        String problem = InspectionRules.yearProblem(fiscalYear, today());
        if (problem != null) {
            throw new InspectionException(problem);
        }
        if (audits.exists(fiscalYear)) {
            throw new InspectionException("oversight.audit.error.year-taken");
        }
        ChainReport chain = auditLog.verify();
        long id = writing.execute(status -> {
            long created = audits.insert(fiscalYear, user.id(), clock.instant())
                    .orElseThrow(() -> new InspectionException("oversight.audit.error.year-taken"));
            audit.record(AuditEntry.of(AuditAction.OVERSIGHT_AUDIT_STARTED, OBJECT_TYPE, created,
                    List.of("fiscal_year_" + fiscalYear)));
            chainChecked(created, chain);
            notifications.notifyRole(Roles.CONTRACTOR_MANAGER, "oversight.audit.notice.started", LINK + created,
                    JapaneseDates.fiscalYear(fiscalYear, java.util.Locale.JAPANESE));
            return created;
        });
        return audit(id);
    }

    /** Verifies the audit chain again for the audit (the day of the on-site audit, say) and keeps the result. */
    @Secured({Roles.Authorities.WARD_STAFF, Roles.Authorities.CONTRACTOR_MANAGER})
    public AuditRecord checkChain(long id) {
        requireWard(AuditAction.OVERSIGHT_AUDIT_CHAIN_CHECKED, String.valueOf(id),
                "Only ward staff verify the audit chain for an audit");
        audits.audit(id).orElseThrow(() -> new InspectionException("oversight.audit.error.no-such-audit"));
        ChainReport chain = auditLog.verify();
        writing.executeWithoutResult(status -> chainChecked(id, chain));
        return audit(id);
    }

    @Secured({Roles.Authorities.WARD_STAFF, Roles.Authorities.CONTRACTOR_MANAGER})
    @Transactional
    public AuditRecord record(long id, String itemCode, ItemResult result, String note) {
        PortalUser user = requireWard(AuditAction.OVERSIGHT_AUDIT_ITEM_RECORDED, String.valueOf(id),
                "Only ward staff record the audit's results");
        open(id);
        if (checklist.item(itemCode).isEmpty()) {
            throw new InspectionException("oversight.audit.error.no-such-item");
        }
        if (result == null) {
            throw new InspectionException("oversight.audit.error.result");
        }
        String problem = InspectionRules.noteProblem(note, result == ItemResult.NEEDS_IMPROVEMENT);
        if (problem != null) {
            throw new InspectionException(problem);
        }
        audits.record(id, itemCode, result, blankToNull(note), user.id(), clock.instant());
        audit.record(AuditEntry.of(AuditAction.OVERSIGHT_AUDIT_ITEM_RECORDED, OBJECT_TYPE, id,
                List.of("item_" + itemCode.toLowerCase(java.util.Locale.ROOT))));
        return audit(id);
    }

    /**
     * The people a corrective action may be given to: the handling manager (for the contractor's measures) and ward
     * staff (for the ward's own), the people who may open the audit's page.
     */
    @Secured({Roles.Authorities.WARD_STAFF, Roles.Authorities.CONTRACTOR_MANAGER})
    @Transactional(readOnly = true)
    public List<People.Person> owners() {
        return Stream.of(Roles.CONTRACTOR_MANAGER, Roles.WARD_STAFF).flatMap(role -> people.withRole(role).stream())
                .toList();
    }

    @Secured({Roles.Authorities.WARD_STAFF, Roles.Authorities.CONTRACTOR_MANAGER})
    @Transactional
    public AuditRecord addFinding(long id, String itemCode, String finding, String action, Long ownerId,
            LocalDate dueOn) {
        PortalUser user = requireWard(AuditAction.OVERSIGHT_FINDING_OPENED, String.valueOf(id),
                "Only ward staff record the audit's findings");
        open(id);
        List<String> problems = new ArrayList<>(InspectionRules.findingProblems(finding, action, ownerId, dueOn,
                today()));
        if (ownerId != null && owners().stream().noneMatch(p -> p.id() == ownerId)) {
            problems.add("oversight.audit.error.owner");
        }
        if (itemCode != null && checklist.item(itemCode).isEmpty()) {
            problems.add("oversight.audit.error.no-such-item");
        }
        if (!problems.isEmpty()) {
            throw new InspectionException(problems.stream().distinct().toList());
        }
        long created = audits.insertFinding(id, itemCode, finding.strip(), action.strip(), ownerId, dueOn, user.id(),
                clock.instant());
        audit.record(AuditEntry.of(AuditAction.OVERSIGHT_FINDING_OPENED, FINDING, created, null));
        notifications.notifyAccount(ownerId, "oversight.audit.notice.finding", LINK + id, String.valueOf(created),
                dueOn.toString());
        return audit(id);
    }

    /** The finding's owner, or the handling manager, records what was done. */
    @Secured({Roles.Authorities.WARD_STAFF, Roles.Authorities.CONTRACTOR_MANAGER})
    @Transactional
    public AuditRecord reportDone(long findingId, String note) {
        PortalUser user = SignedIn.require();
        FindingRow f = audits.lockFinding(findingId)
                .orElseThrow(() -> new InspectionException("oversight.audit.error.no-such-finding"));
        boolean owner = f.ownerId() == user.id();
        boolean manager = Roles.CONTRACTOR_MANAGER.equals(user.role());
        if (!owner && !manager) {
            deny(AuditAction.OVERSIGHT_FINDING_DONE, FINDING, String.valueOf(findingId),
                    "Only the finding's owner or the handling manager reports its corrective action");
        }
        if (!InspectionRules.mayReportDone(f.state(), owner, manager)) {
            throw new InspectionException("oversight.audit.error.not-open");
        }
        String problem = InspectionRules.noteProblem(note, true);
        if (problem != null) {
            throw new InspectionException(problem);
        }
        audits.done(findingId, note.strip(), user.id(), clock.instant());
        audit.record(AuditEntry.of(AuditAction.OVERSIGHT_FINDING_DONE, FINDING, findingId, null));
        notifications.notifyRole(Roles.WARD_STAFF, "oversight.audit.notice.done", LINK + f.auditId(),
                String.valueOf(findingId));
        return audit(f.auditId());
    }

    /** Ward staff close a finding whose corrective action was reported done. */
    @Secured({Roles.Authorities.WARD_STAFF, Roles.Authorities.CONTRACTOR_MANAGER})
    @Transactional
    public AuditRecord close(long findingId) {
        PortalUser user = SignedIn.require();
        boolean ward = Roles.WARD_STAFF.equals(user.role());
        if (!ward) {
            deny(AuditAction.OVERSIGHT_FINDING_CLOSED, FINDING, String.valueOf(findingId),
                    "Only ward staff close an audit finding");
        }
        FindingRow f = audits.lockFinding(findingId)
                .orElseThrow(() -> new InspectionException("oversight.audit.error.no-such-finding"));
        if (!InspectionRules.mayClose(f.state(), ward)) {
            throw new InspectionException("oversight.audit.error.not-done");
        }
        audits.close(findingId, user.id(), clock.instant());
        audit.record(AuditEntry.of(AuditAction.OVERSIGHT_FINDING_CLOSED, FINDING, findingId, null));
        notifications.notifyAccount(f.ownerId(), "oversight.audit.notice.closed", LINK + f.auditId(),
                String.valueOf(findingId));
        return audit(f.auditId());
    }

    /** Ends the audit once every checklist item has a result; findings stay tracked after it. */
    @Secured({Roles.Authorities.WARD_STAFF, Roles.Authorities.CONTRACTOR_MANAGER})
    @Transactional
    public AuditRecord finish(long id) {
        PortalUser user = requireWard(AuditAction.OVERSIGHT_AUDIT_FINISHED, String.valueOf(id),
                "Only ward staff finish the annual audit");
        open(id);
        Set<String> recorded = new HashSet<>();
        audits.results(id).forEach(r -> recorded.add(r.itemCode()));
        if (checklist.items().stream().anyMatch(i -> !recorded.contains(i.code()))) {
            throw new InspectionException("oversight.audit.error.unrecorded");
        }
        audits.finish(id, user.id(), clock.instant());
        audit.record(AuditEntry.of(AuditAction.OVERSIGHT_AUDIT_FINISHED, OBJECT_TYPE, id, null));
        notifications.notifyRole(Roles.CONTRACTOR_MANAGER, "oversight.audit.notice.finished", LINK + id,
                String.valueOf(id));
        return audit(id);
    }

    /**
     * Tells ward staff, once per fiscal year, that its last quarter began without an audit; returns whether this call
     * sent the notice. Run daily; safe with several instances (the notice's row is claimed once).
     */
    @Transactional
    public boolean noticeMissingAudit() {
        LocalDate today = today();
        int year = InspectionRules.fiscalYearOf(today);
        if (!InspectionRules.missingAuditNoticeDue(today, audits.exists(year), audits.noticeSent(year))
                || !audits.claimNotice(year, clock.instant())) {
            return false;
        }
        audit.record(AuditEntry.of(AuditAction.OVERSIGHT_AUDIT_MISSING, OBJECT_TYPE, "fy" + year, null),
                new AuditActor(null, "SYSTEM_OVERSIGHT"));
        notifications.notifyRole(Roles.WARD_STAFF, "oversight.audit.notice.missing", "oversight/audits",
                JapaneseDates.fiscalYear(year, java.util.Locale.JAPANESE));
        return true;
    }

    private void chainChecked(long id, ChainReport chain) {
        audits.chainChecked(id, clock.instant(), chain.intact(), chain.checked());
        audit.record(AuditEntry.of(AuditAction.OVERSIGHT_AUDIT_CHAIN_CHECKED, OBJECT_TYPE, id,
                List.of(chain.intact() ? "intact" : "broken")));
    }

    private void open(long id) {
        AuditRow row = audits.lock(id).orElseThrow(() -> new InspectionException("oversight.audit.error.no-such-audit"));
        if (row.finishedAt() != null) {
            throw new InspectionException("oversight.audit.error.finished");
        }
    }

    private AuditRecord record(AuditRow r, Map<String, AuditRecord.Result> results, List<AuditRecord.Finding> findings,
            Map<Long, String> names, PortalUser user) {
        Set<Action> actions = EnumSet.noneOf(Action.class);
        if (Roles.WARD_STAFF.equals(user.role())) {
            actions.add(Action.CHECK_CHAIN);
            if (r.finishedAt() == null) {
                actions.addAll(EnumSet.of(Action.RECORD, Action.ADD_FINDING, Action.FINISH));
            }
        }
        return new AuditRecord(r.id(), r.fiscalYear(), names.getOrDefault(r.startedBy(), "—"), r.startedAt(),
                r.chainCheckedAt(), r.chainIntact(), r.chainEntries(),
                r.finishedBy() == null ? null : names.getOrDefault(r.finishedBy(), "—"), r.finishedAt(), results,
                findings, actions);
    }

    private AuditRecord.Finding finding(FindingRow f, Map<Long, String> names, PortalUser user) {
        Set<FindingAction> actions = EnumSet.noneOf(FindingAction.class);
        boolean owner = f.ownerId() == user.id();
        boolean manager = Roles.CONTRACTOR_MANAGER.equals(user.role());
        if (InspectionRules.mayReportDone(f.state(), owner, manager)) {
            actions.add(FindingAction.REPORT_DONE);
        }
        if (InspectionRules.mayClose(f.state(), Roles.WARD_STAFF.equals(user.role()))) {
            actions.add(FindingAction.CLOSE);
        }
        return new AuditRecord.Finding(f.id(), f.itemCode(), f.finding(), f.action(), f.ownerId(),
                names.getOrDefault(f.ownerId(), "—"), f.dueOn(), f.state(), f.doneNote(),
                f.doneBy() == null ? null : names.getOrDefault(f.doneBy(), "—"), f.doneAt(),
                f.closedBy() == null ? null : names.getOrDefault(f.closedBy(), "—"), f.closedAt(),
                f.state() != FindingState.CLOSED && today().isAfter(f.dueOn()), actions);
    }

    private PortalUser requireWard(AuditAction action, String objectId, String why) {
        PortalUser user = SignedIn.require();
        if (!Roles.WARD_STAFF.equals(user.role())) {
            deny(action, OBJECT_TYPE, objectId, why);
        }
        return user;
    }

    private void deny(AuditAction action, String objectType, String objectId, String why) {
        audit.recordDenied(AuditEntry.of(action, objectType, objectId, null));
        throw new LoggedRefusal(why);
    }

    private Map<Long, String> names(List<Long> ids) {
        Set<Long> known = new HashSet<>();
        ids.stream().filter(java.util.Objects::nonNull).forEach(known::add);
        return people.displayNames(known);
    }

    private LocalDate today() {
        return JapaneseDates.today(clock);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
