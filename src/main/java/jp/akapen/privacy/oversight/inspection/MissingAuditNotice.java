package jp.akapen.privacy.oversight.inspection;

import jp.akapen.shared.JapaneseDates;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Every morning in Tokyo, tells the ward once a year when the last quarter began without an audit (O2; issue 15). */
@Component
class MissingAuditNotice {

    private final InspectionService inspections;

    MissingAuditNotice(InspectionService inspections) {
        this.inspections = inspections;
    }

    @Scheduled(cron = "${akapen.oversight.audit-notice-cron:0 15 8 * * *}", zone = JapaneseDates.ZONE_ID)
    void daily() {
        inspections.noticeMissingAudit();
    }
}
