package jp.akapen.privacy.retention;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import jp.akapen.privacy.audit.AuditAction;
import jp.akapen.privacy.audit.AuditActor;
import jp.akapen.privacy.audit.AuditEntry;
import jp.akapen.privacy.audit.AuditTrail;
import jp.akapen.privacy.retention.RetentionRepository.DecisionRow;
import jp.akapen.privacy.retention.RetentionRepository.Row;
import jp.akapen.shared.Roles;
import jp.akapen.shared.notification.NotificationService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * What every step on a period writes, whoever takes it: the row, the decision with who/when/why, one audit entry,
 * and a notice to the other side. The caller holds the row's lock and has checked the step is allowed.
 */
@Component
class RetentionSteps {

    static final String OBJECT_TYPE = "cohort";
    static final String LINK = "retention";

    private final RetentionRepository periods;
    private final AuditTrail audit;
    private final NotificationService notices;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RetentionSteps(RetentionRepository periods, AuditTrail audit, NotificationService notices,
            ApplicationEventPublisher events, Clock clock) {
        this.periods = periods;
        this.audit = audit;
        this.notices = notices;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Stores the changed row and its decision, audits it as the signed-in person ({@code by} non-null) or as
     * nobody (the system), and tells the roles given.
     */
    void take(Row changed, DecisionKind kind, Long by, String reason, AuditAction action, List<String> fields,
            String... tell) {
        periods.update(changed);
        periods.insertDecision(new DecisionRow(changed.cohortId(), kind, by, clock.instant(),
                reason == null ? null : reason.strip(), changed.dueOn()));
        var entry = AuditEntry.of(action, OBJECT_TYPE, changed.cohortId(), fields);
        if (by == null) {
            audit.record(entry, AuditActor.NOBODY);
        } else {
            audit.record(entry);
        }
        String due = changed.dueOn() == null ? "" : changed.dueOn().toString();
        for (String role : tell) {
            notices.notifyRole(role, kind.labelKey().replace("retention.decision.", "retention.notice.decision."),
                    LINK, String.valueOf(changed.fiscalYear()), due);
        }
        if (changed.state() == RetentionState.APPROVED) {
            events.publishEvent(new ErasureApproved(changed.cohortId(), changed.confirmedBy(), changed.approvedBy(),
                    changed.approvedAt()));
        }
    }

    /** Records the start the caller has just written (the conditional update that only one caller wins). */
    void started(long cohortId, int fiscalYear, LocalDate startedOn, LocalDate dueOn,
            RetentionRepository.Trigger trigger) {
        periods.insertDecision(new DecisionRow(cohortId, DecisionKind.STARTED, null, clock.instant(), null, dueOn));
        audit.record(AuditEntry.of(AuditAction.RETENTION_STARTED, OBJECT_TYPE, cohortId,
                List.of(trigger == RetentionRepository.Trigger.LAST_EDITION ? "last_edition" : "term_end")),
                AuditActor.NOBODY);
        for (String role : List.of(Roles.CONTRACTOR_MANAGER, Roles.WARD_STAFF)) {
            notices.notifyRole(role, "retention.notice.started", LINK, String.valueOf(fiscalYear), startedOn.toString(),
                    dueOn.toString());
        }
    }
}
