package jp.akapen.lecture;

import jp.akapen.edition.ResidentJoinedCohort;
import jp.akapen.lecture.LectureRepository.SessionRow;
import jp.akapen.shared.JapaneseDates;
import jp.akapen.shared.notification.NotificationService;
import java.time.Clock;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A resident who joins a cohort later is invited, in the joining transaction, to each of its sessions that has not
 * started and is not cancelled, and may answer like the others (issue 13). They are told as the others were: where
 * the invitation notices have gone out, their notice goes at once; where the invitation mail still waits for approval,
 * it reaches them with the others. A mail already drafted without them is not changed: the organiser sees them on the
 * session's page and may draft a follow-up invitation to just them, under four eyes (E4).
 */
@Component
class LateJoiners {

    private final LectureRepository sessions;
    private final NotificationService notifications;
    private final Clock clock;

    LateJoiners(LectureRepository sessions, NotificationService notifications, Clock clock) {
        this.sessions = sessions;
        this.notifications = notifications;
        this.clock = clock;
    }

    @EventListener
    void joined(ResidentJoinedCohort joined) {
        for (SessionRow session : sessions.upcomingOf(joined.cohortId(), clock.instant())) {
            if (!sessions.inviteLate(session.id(), joined.residentId(), session.invitationMailId() != null)) {
                continue;
            }
            if (session.invitationNoticedAt() != null) {
                notifications.notifyAccount(joined.residentId(), InvitationNotices.NOTICE, "lectures/" + session.id(),
                        session.title(), JapaneseDates.isoDateTime(session.startsAt()));
            }
        }
    }
}
