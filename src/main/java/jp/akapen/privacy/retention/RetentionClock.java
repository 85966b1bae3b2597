package jp.akapen.privacy.retention;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import jp.akapen.edition.CohortFormed;
import jp.akapen.edition.EditionDelivered;
import jp.akapen.privacy.audit.AuditAction;
import jp.akapen.privacy.retention.RetentionRepository.Row;
import jp.akapen.privacy.retention.RetentionRepository.Trigger;
import jp.akapen.shared.JapaneseDates;
import jp.akapen.shared.Roles;
import jp.akapen.shared.notification.NotificationService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Starts and watches the retention clock (D1; issue 14 item 1). A period of {@code akapen.retention.days} (30) starts
 * at the ward's confirmation of the cohort's last edition (from its delivery date) or, if that has not come, the day
 * after the term ended (from the term's last day), whichever comes first; once started it is never restarted.
 * A daily check ({@code akapen.retention.check-cron}, 00:05 Tokyo) starts the periods of ended terms, sends the
 * countdown notices and, when {@code akapen.retention.auto-approve-after} is set, approves confirmed periods the ward
 * has not refused within that time.
 *
 * <p>Safe with several instances without a lock service: a start is a conditional update that one caller wins,
 * a notice is claimed by inserting its unique row in the transaction that posts it, and a grace-period approval
 * takes the period's row lock and checks its state again.
 */
@Component
public class RetentionClock {

    private final RetentionRepository periods;
    private final RetentionSteps steps;
    private final NotificationService notices;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final int days;
    private final Duration grace;

    RetentionClock(RetentionRepository periods, RetentionSteps steps, NotificationService notices,
            PlatformTransactionManager transactions, Clock clock,
            @Value("${akapen.retention.days:30}") int days,
            @Value("${akapen.retention.auto-approve-after:#{null}}") Duration grace) {
        this.periods = periods;
        this.steps = steps;
        this.notices = notices;
        this.transactions = new TransactionTemplate(transactions);
        this.clock = clock;
        this.days = days;
        this.grace = grace;
    }

    /** In the cohort's creating transaction: its period, not started, with the term's end (D1). */
    @EventListener
    void onCohortFormed(CohortFormed formed) {
        periods.insertNotStarted(formed.cohortId(), formed.fiscalYear(), formed.termEnd());
    }

    /** In the confirming transaction: the last edition's delivery starts the clock from its delivery date. */
    @EventListener
    public void onEditionDelivered(EditionDelivered delivered) {
        if (delivered.lastOfCohort()) {
            start(delivered.cohortId(), delivered.deliveredOn(), Trigger.LAST_EDITION);
        }
    }

    @Scheduled(cron = "${akapen.retention.check-cron:0 5 0 * * *}", zone = JapaneseDates.ZONE_ID)
    void scheduled() {
        check();
    }

    /** Everything the daily check does, now; safe to call again or from several instances at once. */
    public void check() {
        LocalDate today = JapaneseDates.today(clock);
        for (long cohortId : periods.termEndedNotStarted(today)) {
            transactions.executeWithoutResult(status -> periods.lock(cohortId)
                    .filter(row -> row.state() == RetentionState.NOT_STARTED)
                    .ifPresent(row -> start(cohortId, row.termEnd(), Trigger.TERM_END)));
        }
        for (Row row : periods.countingDueBy(today.plusDays(RetentionRules.NOTICE_DAYS.getFirst()))) {
            transactions.executeWithoutResult(status -> notify(row, today));
        }
        if (grace != null) {
            Instant now = clock.instant();
            for (long cohortId : periods.awaitingWard()) {
                transactions.executeWithoutResult(status -> approveAfterGrace(cohortId, now));
            }
        }
    }

    private void start(long cohortId, LocalDate from, Trigger trigger) {
        LocalDate due = RetentionRules.due(from, days);
        if (periods.start(cohortId, from, trigger, due) == 1) {
            int fiscalYear = periods.lock(cohortId).map(Row::fiscalYear).orElse(0);
            steps.started(cohortId, fiscalYear, from, due, trigger);
        }
    }

    private void notify(Row row, LocalDate today) {
        long left = RetentionRules.daysLeft(row.dueOn(), today);
        var lead = RetentionRules.noticeDue(left);
        if (lead.isEmpty() || periods.claimNotice(row.cohortId(), row.dueOn(), lead.getAsInt(), clock.instant()) == 0) {
            return;
        }
        String key = lead.getAsInt() == 0 ? "retention.notice.due" : "retention.notice.countdown";
        for (String role : List.of(Roles.CONTRACTOR_MANAGER, Roles.WARD_STAFF)) {
            notices.notifyRole(role, key, RetentionSteps.LINK, String.valueOf(row.fiscalYear()),
                    String.valueOf(Math.max(0, left)), row.dueOn().toString());
        }
    }

    private void approveAfterGrace(long cohortId, Instant now) {
        periods.lock(cohortId)
                .filter(row -> row.state() == RetentionState.AWAITING_WARD)
                .filter(row -> RetentionRules.graceOver(row.confirmedAt(), grace, now))
                .ifPresent(row -> steps.take(row.approved(null, now), DecisionKind.APPROVED_AFTER_GRACE, null, null,
                        AuditAction.ERASURE_APPROVED, List.of("grace_period"), Roles.CONTRACTOR_MANAGER,
                        Roles.WARD_STAFF));
    }
}
