package jp.akapen.privacy.retention;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import jp.akapen.privacy.audit.AuditAction;
import jp.akapen.privacy.retention.RetentionRepository.Row;
import jp.akapen.shared.JapaneseDates;
import jp.akapen.shared.People;
import jp.akapen.shared.PortalUser;
import jp.akapen.shared.Roles;
import jp.akapen.shared.SignedIn;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The retention page's reads and decisions (D1, D3; issue 14 items 1-3). Ward staff extend, hold and release a
 * period, each with a reason, and approve or refuse erasure; the handling manager (取扱責任者) confirms or refuses at
 * expiry. Every step is checked here against {@link RetentionRules} under the period's row lock, whatever the view
 * showed, and refused with the message key that says why.
 */
@Service
@Transactional
public class RetentionService {

    private final RetentionRepository periods;
    private final RetentionSteps steps;
    private final People people;
    private final Clock clock;

    RetentionService(RetentionRepository periods, RetentionSteps steps, People people, Clock clock) {
        this.periods = periods;
        this.steps = steps;
        this.people = people;
        this.clock = clock;
    }

    /** Every cohort's period, newest fiscal year first, with what the reader may do now and who decided what. */
    @Secured({Roles.Authorities.WARD_STAFF, Roles.Authorities.CONTRACTOR_MANAGER})
    @Transactional(readOnly = true)
    public List<RetentionPeriod> periods() {
        boolean ward = isWard(SignedIn.require());
        LocalDate today = JapaneseDates.today(clock);
        var rows = periods.all();
        if (rows.isEmpty()) {
            return List.of();
        }
        var decisions = periods.decisions(rows.stream().map(Row::cohortId).toList());
        Set<Long> deciders = new HashSet<>();
        decisions.forEach(d -> {
            if (d.decidedBy() != null) {
                deciders.add(d.decidedBy());
            }
        });
        Map<Long, String> names = people.displayNames(deciders);
        var byCohort = decisions.stream().collect(Collectors.groupingBy(RetentionRepository.DecisionRow::cohortId));
        List<RetentionPeriod> result = new ArrayList<>();
        for (Row row : rows) {
            var state = RetentionRules.effective(row.state(), row.dueOn(), today);
            var history = byCohort.getOrDefault(row.cohortId(), List.of()).stream()
                    .map(d -> new RetentionPeriod.Step(d.kind(), d.decidedBy() == null ? null
                            : names.getOrDefault(d.decidedBy(), "#" + d.decidedBy()), d.decidedAt(), d.reason(), d.dueOn()))
                    .toList();
            result.add(new RetentionPeriod(row.cohortId(), row.fiscalYear(), row.termEnd(), state, row.startedOn(),
                    row.startedBy() == RetentionRepository.Trigger.LAST_EDITION, row.dueOn(),
                    row.dueOn() == null || state == RetentionState.NOT_STARTED ? null
                            : RetentionRules.daysLeft(row.dueOn(), today),
                    RetentionRules.actions(ward, state), history));
        }
        return result;
    }

    /** The fiscal year of a cohort whose period is kept here, for the erasure certificate; reads no personal data. */
    @Secured({Roles.Authorities.WARD_STAFF, Roles.Authorities.CONTRACTOR_MANAGER})
    @Transactional(readOnly = true)
    public java.util.Optional<Integer> fiscalYearOf(long cohortId) {
        return periods.find(cohortId).map(Row::fiscalYear);
    }

    /** The ward sets a later due date (D3); from a hold, any date after today. */
    @Secured(Roles.Authorities.WARD_STAFF)
    public void extend(long cohortId, LocalDate newDue, String reason) {
        LocalDate today = JapaneseDates.today(clock);
        Row row = allowed(cohortId, RetentionAction.EXTEND, today);
        refuseIf(RetentionRules.refuseReason(reason).orElse(null));
        refuseIf(RetentionRules.refuseNewDue(newDue, row.state() == RetentionState.HELD ? null : row.dueOn(), today)
                .orElse(null));
        steps.take(row.towards(RetentionState.EXTENDED, newDue, null), DecisionKind.EXTENDED, me().id(), reason,
                AuditAction.RETENTION_EXTENDED, List.of("reason"), Roles.CONTRACTOR_MANAGER);
    }

    /** The ward stops the clock (D3); the days left today are kept for the release. */
    @Secured(Roles.Authorities.WARD_STAFF)
    public void hold(long cohortId, String reason) {
        LocalDate today = JapaneseDates.today(clock);
        Row row = allowed(cohortId, RetentionAction.HOLD, today);
        refuseIf(RetentionRules.refuseReason(reason).orElse(null));
        steps.take(row.towards(RetentionState.HELD, null, RetentionRules.daysLeftAtHold(row.dueOn(), today)),
                DecisionKind.HELD, me().id(), reason, AuditAction.RETENTION_HELD, List.of("reason"),
                Roles.CONTRACTOR_MANAGER);
    }

    /** The clock resumes: due today plus the days that were left when it was held. */
    @Secured(Roles.Authorities.WARD_STAFF)
    public LocalDate release(long cohortId) {
        LocalDate today = JapaneseDates.today(clock);
        Row row = allowed(cohortId, RetentionAction.RELEASE, today);
        int days = row.heldDaysLeft() == null ? 0 : row.heldDaysLeft();
        LocalDate due = RetentionRules.dueAfterRelease(today, days);
        steps.take(row.towards(RetentionState.RUNNING, due, null), DecisionKind.RELEASED, me().id(), null,
                AuditAction.RETENTION_RELEASED, null, Roles.CONTRACTOR_MANAGER);
        return due;
    }

    /** First stage at expiry: the handling manager confirms the cohort's personal data may be erased. */
    @Secured(Roles.Authorities.CONTRACTOR_MANAGER)
    public void confirm(long cohortId) {
        Row row = allowed(cohortId, RetentionAction.CONFIRM, JapaneseDates.today(clock));
        long by = me().id();
        steps.take(row.confirmed(by, clock.instant()), DecisionKind.CONFIRMED, by, null,
                AuditAction.RETENTION_CONFIRMED, null, Roles.WARD_STAFF);
    }

    /** The manager will not confirm, saying why: the period is held until the ward sets a date or releases it. */
    @Secured(Roles.Authorities.CONTRACTOR_MANAGER)
    public void refuseAsManager(long cohortId, String reason) {
        Row row = allowed(cohortId, RetentionAction.REFUSE_AS_MANAGER, JapaneseDates.today(clock));
        refuseIf(RetentionRules.refuseReason(reason).orElse(null));
        steps.take(row.towards(RetentionState.HELD, null, 0), DecisionKind.MANAGER_REFUSED, me().id(), reason,
                AuditAction.RETENTION_REFUSED, List.of("reason", "stage_manager"), Roles.WARD_STAFF);
    }

    /** Second stage: ward staff approve; {@link ErasureApproved} is published in this transaction. */
    @Secured(Roles.Authorities.WARD_STAFF)
    public void approve(long cohortId) {
        Row row = allowed(cohortId, RetentionAction.APPROVE, JapaneseDates.today(clock));
        long by = me().id();
        steps.take(row.approved(by, clock.instant()), DecisionKind.APPROVED, by, null, AuditAction.ERASURE_APPROVED,
                null, Roles.CONTRACTOR_MANAGER);
    }

    /** The ward refuses, saying why, and either sets a new due date or (newDue null) holds the period. */
    @Secured(Roles.Authorities.WARD_STAFF)
    public void refuseAsWard(long cohortId, String reason, LocalDate newDue) {
        LocalDate today = JapaneseDates.today(clock);
        Row row = allowed(cohortId, RetentionAction.REFUSE_AS_WARD, today);
        refuseIf(RetentionRules.refuseReason(reason).orElse(null));
        Row changed;
        if (newDue == null) {
            changed = row.towards(RetentionState.HELD, null, 0);
        } else {
            refuseIf(RetentionRules.refuseNewDue(newDue, row.dueOn(), today).orElse(null));
            changed = row.towards(RetentionState.EXTENDED, newDue, null);
        }
        steps.take(changed, DecisionKind.WARD_REFUSED, me().id(), reason, AuditAction.RETENTION_REFUSED,
                List.of("reason", "stage_ward"), Roles.CONTRACTOR_MANAGER);
    }

    private Row allowed(long cohortId, RetentionAction action, LocalDate today) {
        Row row = periods.lock(cohortId).orElseThrow(() -> new RetentionException("retention.refused.not-found"));
        var state = RetentionRules.effective(row.state(), row.dueOn(), today);
        refuseIf(RetentionRules.refuseStep(isWard(me()), state, action).orElse(null));
        return row;
    }

    private static void refuseIf(String messageKey) {
        if (messageKey != null) {
            throw new RetentionException(messageKey);
        }
    }

    private static PortalUser me() {
        return SignedIn.require();
    }

    private static boolean isWard(PortalUser user) {
        return Roles.WARD_STAFF.equals(user.role());
    }
}
