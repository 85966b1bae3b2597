package jp.akapen.lecture;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * One session with what its reader may see and do: the roster by pen name (notes only for organisers and for the
 * resident's own line), the reader's own answer, and the actions the service would accept now. {@code lateJoiners}
 * (organisers only, else 0): residents who joined the cohort after the invitation mail was drafted and were in no
 * follow-up mail yet.
 */
public record LectureDetail(Lecture lecture, List<RosterEntry> roster, RosterEntry mine, boolean attended,
        Set<Action> actions, int lateJoiners) {

    public LectureDetail {
        roster = List.copyOf(roster);
        actions = Set.copyOf(actions);
    }

    public record RosterEntry(long residentId, String penName, Rsvp answer, String note, Instant answeredAt,
            boolean attended) {
    }

    public enum Action {
        /** Answer or change the answer (a resident, before the deadline). */
        ANSWER,
        /** Enter the code shown at the venue (a resident, during the session). */
        CHECK_IN,
        /** Change, cancel, draft the invitation, tick names, show a check-in code (the manager or a handler). */
        ORGANISE,
        /** Draft the invitation mail (organisers, once). */
        DRAFT_INVITATION,
        /** Draft a follow-up invitation mail to the residents who joined after the invitation (organisers). */
        DRAFT_FOLLOWUP
    }
}
