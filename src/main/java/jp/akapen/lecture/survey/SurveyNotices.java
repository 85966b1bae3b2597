package jp.akapen.lecture.survey;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import jp.akapen.lecture.survey.SurveyRepository.Stored;
import jp.akapen.shared.JapaneseDates;
import jp.akapen.shared.notification.NotificationService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Tells each attendee by a portal notice (which the mail area may also mail, by preference) that a survey may be
 * answered, once its session has ended; and reminds those who have not answered {@code akapen.lecture.reminder-days-before}
 * days (default 2) before it closes, unless they were first told inside that time. Each notice to each attendee is
 * claimed by its row in {@code survey_notice}, inserted in the transaction that posts it under the survey's row lock, so
 * several instances tell each attendee once. Nothing here touches the answers (issue 13 items 6, 8).
 */
@Component
public class SurveyNotices {

    static final String OPENED = "survey.notice.opened";
    static final String REMINDER = "survey.notice.reminder";

    private final SurveyRepository surveys;
    private final NotificationService notifications;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final int daysBefore;

    SurveyNotices(SurveyRepository surveys, NotificationService notifications, PlatformTransactionManager transactions,
            Clock clock, @Value("${akapen.lecture.reminder-days-before:2}") int daysBefore) {
        this.surveys = surveys;
        this.notifications = notifications;
        this.transactions = new TransactionTemplate(transactions);
        this.clock = clock;
        this.daysBefore = Math.max(0, daysBefore);
    }

    @Scheduled(fixedDelayString = "${akapen.lecture.reminder-every:PT10M}",
            initialDelayString = "${akapen.lecture.reminder-every:PT10M}")
    void scheduled() {
        notifyDue();
    }

    /** Posts the notices due now; returns how many this call posted. */
    public int notifyDue() {
        Instant now = clock.instant();
        LocalDate today = JapaneseDates.today(clock);
        int posted = 0;
        for (Stored survey : surveys.answerable(now, today)) {
            LocalDate reminderFrom = survey.closesOn().minusDays(daysBefore);
            // reminders first: whoever is told it opened in this pass is not reminded in the same breath
            boolean remind = !today.isBefore(reminderFrom)
                    && surveys.firstNoticedOn(survey.id()).filter(day -> day.isBefore(reminderFrom)).isPresent();
            if (remind) {
                posted += post(survey, true, today);
            }
            posted += post(survey, false, today);
        }
        return posted;
    }

    private int post(Stored survey, boolean reminder, LocalDate today) {
        Integer posted = transactions.execute(status -> {
            // one sender per survey at a time: the second waits here, then finds the first one's notices
            if (surveys.lock(survey.id()).filter(s -> s.status() == SurveyStatus.OPEN).isEmpty()) {
                return 0;
            }
            int told = 0;
            for (long resident : surveys.toNotify(survey.id(), survey.session().id(), reminder)) {
                if (surveys.claimNotice(survey.id(), resident, reminder) == 1) {
                    notifications.notifyAccount(resident, reminder ? REMINDER : OPENED, "surveys/" + survey.id(), survey.title(),
                            survey.closesOn().toString());
                    told++;
                }
            }
            if (told > 0 && !reminder) {
                surveys.markFirstNoticed(survey.id(), today);
            }
            return told;
        });
        return posted == null ? 0 : posted;
    }
}
