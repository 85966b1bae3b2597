package jp.akapen.lecture;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo's way to a lecture that has already ended, so that a new user can try its survey (issue 13): the session
 * is scheduled, and answered, as of a week before its deadline, through the service's own checks. The bean exists only
 * with {@code akapen.demo=true}, and ArchitectureTest lets nothing but the demo use it: for everyone else the rule
 * "no start in the past" holds.
 */
@Component
@ConditionalOnProperty(name = "akapen.demo", havingValue = "true")
@Transactional
public class DemoSessions {

    static final Duration SCHEDULED_BEFORE_DEADLINE = Duration.ofDays(7);

    private final LectureService lectures;
    private final Clock clock;

    DemoSessions(LectureService lectures, Clock clock) {
        this.lectures = lectures;
        this.clock = clock;
    }

    /** As the signed-in organiser: a session that ended before now, as scheduled a week before its deadline. */
    public long scheduleEnded(LectureDraft draft) {
        if (draft.endsAt() == null || draft.rsvpDeadline() == null || !draft.endsAt().isBefore(clock.instant())) {
            throw new LectureException("lecture.refused.times-missing");
        }
        return lectures.schedule(draft, asOf(draft.rsvpDeadline()));
    }

    /** As the signed-in resident: the answer given a week before the session's deadline. */
    public void answerEnded(long id, Rsvp answer, String note) {
        Instant deadline = lectures.lecture(id).lecture().rsvpDeadline();
        lectures.answer(id, answer, note, asOf(deadline));
    }

    private static Instant asOf(Instant deadline) {
        return deadline.minus(SCHEDULED_BEFORE_DEADLINE);
    }
}
