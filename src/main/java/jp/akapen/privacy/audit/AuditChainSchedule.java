package jp.akapen.privacy.audit;

import java.util.Locale;
import java.util.Objects;
import jp.akapen.shared.JapaneseDates;
import jp.akapen.shared.Roles;
import jp.akapen.shared.notification.NotificationService;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Verifies the audit chain on a schedule (seed P4; {@code akapen.audit.verify-cron}, hourly by
 * default, Tokyo time) and tells ward staff when it finds a break, once per break.
 *
 * <p>Runs in every instance that has it: with several instances, give only one a schedule (set
 * the cron to {@code -} elsewhere) or add a lock (ShedLock). Two runs at once do no harm: each
 * writes its own entry and the checkpoint only moves forward.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class AuditChainSchedule {

    private final AuditChainCheck check;
    private final NotificationService notices;
    private ChainReport lastNotified;

    AuditChainSchedule(AuditChainCheck check, NotificationService notices) {
        this.check = check;
        this.notices = notices;
    }

    @Scheduled(cron = "${akapen.audit.verify-cron:0 0 * * * *}", zone = JapaneseDates.ZONE_ID)
    void verify() {
        ChainReport report = check.run(AuditActor.NOBODY);
        if (!report.intact() && !sameBreak(report, lastNotified)) {
            notices.notifyRole(Roles.WARD_STAFF, "audit.notice.broken." + report.problem().name().toLowerCase(Locale.ROOT),
                    "audit", String.valueOf(report.brokenSeq()));
        }
        lastNotified = report.intact() ? null : report;
    }

    private static boolean sameBreak(ChainReport a, ChainReport b) {
        return b != null && Objects.equals(a.brokenSeq(), b.brokenSeq()) && a.problem() == b.problem();
    }
}
