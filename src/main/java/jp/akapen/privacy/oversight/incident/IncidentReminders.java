package jp.akapen.privacy.oversight.incident;

import jp.akapen.shared.JapaneseDates;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Every morning in Tokyo, reminds the ward and the manager of incident deadlines passed without their report (O4). */
@Component
class IncidentReminders {

    private final IncidentService incidents;

    IncidentReminders(IncidentService incidents) {
        this.incidents = incidents;
    }

    @Scheduled(cron = "${akapen.incident.reminder-cron:0 5 8 * * *}", zone = JapaneseDates.ZONE_ID)
    void daily() {
        incidents.remindOverdue();
    }
}
