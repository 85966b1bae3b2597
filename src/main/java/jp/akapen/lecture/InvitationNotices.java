package jp.akapen.lecture;

import java.time.Clock;
import java.util.List;
import jp.akapen.lecture.LectureRepository.InvitationRow;
import jp.akapen.mail.ComposedMailApproved;
import jp.akapen.shared.JapaneseDates;
import jp.akapen.shared.notification.NotificationService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When a session's invitation mail is approved (four eyes, E4), each invited resident finds the invitation in the
 * portal inbox too; in the approving transaction, once per mail.
 */
@Component
class InvitationNotices {

    static final String NOTICE = "lecture.notice.invitation";

    private final LectureRepository sessions;
    private final NotificationService notifications;
    private final Clock clock;

    InvitationNotices(LectureRepository sessions, NotificationService notifications, Clock clock) {
        this.sessions = sessions;
        this.notifications = notifications;
        this.clock = clock;
    }

    @EventListener
    void approved(ComposedMailApproved event) {
        sessions.byInvitationMail(event.mailId()).filter(s -> s.invitationNoticedAt() == null && s.cancelledAt() == null)
                .ifPresent(session -> {
                    List<Long> residents = sessions.invitations(List.of(session.id())).stream()
                            .map(InvitationRow::residentId).toList();
                    for (long resident : residents) {
                        notifications.notifyAccount(resident, NOTICE, "lectures/" + session.id(), session.title(),
                                JapaneseDates.isoDateTime(session.startsAt()));
                    }
                    sessions.invitationNoticed(session.id(), clock.instant());
                });
    }
}
