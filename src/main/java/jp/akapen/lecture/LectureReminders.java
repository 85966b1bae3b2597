package jp.akapen.lecture;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import jp.akapen.lecture.LectureRepository.SessionRow;
import jp.akapen.shared.JapaneseDates;
import jp.akapen.shared.notification.NotificationService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reminds residents who have not answered, {@code akapen.lecture.reminder-days-before} days (default 2) before the
 * RSVP deadline, by a portal notice (which the mail area may also mail, by preference). Each (session, deadline) is
 * claimed by inserting its row in {@code lecture_reminder} in the transaction that posts the notices, so several
 * instances running this at once remind once; a changed deadline is a new key, so a new reminder.
 */
@Component
public class LectureReminders {

    static final String NOTICE = "lecture.notice.reminder";

    private final LectureRepository sessions;
    private final NotificationService notifications;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final Duration lead;

    LectureReminders(LectureRepository sessions, NotificationService notifications,
            PlatformTransactionManager transactions, Clock clock,
            @Value("${akapen.lecture.reminder-days-before:2}") int daysBefore) {
        this.sessions = sessions;
        this.notifications = notifications;
        this.transactions = new TransactionTemplate(transactions);
        this.clock = clock;
        this.lead = Duration.ofDays(Math.max(0, daysBefore));
    }

    @Scheduled(fixedDelayString = "${akapen.lecture.reminder-every:PT10M}",
            initialDelayString = "${akapen.lecture.reminder-every:PT10M}")
    void scheduled() {
        remindDue();
    }

    /** Posts the reminders due now; returns how many residents were reminded by this call. */
    public int remindDue() {
        Instant now = clock.instant();
        int reminded = 0;
        for (SessionRow candidate : sessions.reminderCandidates(now, now.plus(lead))) {
            Integer count = transactions.execute(status -> remind(candidate, now));
            reminded += count == null ? 0 : count;
        }
        return reminded;
    }

    private int remind(SessionRow candidate, Instant now) {
        var row = sessions.find(candidate.id()).orElse(null);
        if (row == null || row.cancelledAt() != null || !row.rsvpDeadline().equals(candidate.rsvpDeadline())) {
            return 0;
        }
        var residents = sessions.notAnswered(row.id());
        if (sessions.claimReminder(row.id(), row.rsvpDeadline(), now, residents.size()) == 0) {
            return 0;
        }
        for (long resident : residents) {
            notifications.notifyAccount(resident, NOTICE, "lectures/" + row.id(), row.title(),
                    JapaneseDates.isoDateTime(row.rsvpDeadline()));
        }
        return residents.size();
    }
}
