package jp.akapen.privacy.oversight.report;

import jp.akapen.shared.JapaneseDates;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Every morning in Tokyo, flags report requests past their due date unanswered, once each (seed O1; issue 15). */
@Component
class OverdueReports {

    private final ReportService reports;

    OverdueReports(ReportService reports) {
        this.reports = reports;
    }

    @Scheduled(cron = "${akapen.oversight.report-overdue-cron:0 10 8 * * *}", zone = JapaneseDates.ZONE_ID)
    void daily() {
        reports.flagOverdue();
    }
}
