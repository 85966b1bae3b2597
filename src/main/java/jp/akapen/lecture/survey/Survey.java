package jp.akapen.lecture.survey;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A survey as its builders, the ward and (once open) its residents read it. {@code responses} counts answers
 * received, {@code attendees} those who may answer; {@code lastReview} is the ward's latest decision, if any, and
 * {@code approved} whether it still stands (an edit voids it).
 */
public record Survey(long id, long sessionId, String sessionTitle, Instant sessionEndsAt, String title, String purpose,
        boolean anonymous, LocalDate closesOn, SurveyStatus status, List<Question> questions, long createdBy,
        String createdByName, Review lastReview, boolean approved, int responses, int attendees,
        java.util.Set<Action> actions) {

    public Survey {
        questions = List.copyOf(questions);
        actions = actions.isEmpty() ? java.util.Set.of() : java.util.Set.copyOf(actions);
    }

    /** What the reader may do with it now, as the service decides (views only show it). */
    public enum Action {
        EDIT, SUBMIT, REVIEW, RESULTS, EXPORT_ANSWERS, ANSWER
    }

    /** The ward's decision on a screened survey. */
    public record Review(boolean approved, String reason, String decidedBy, Instant decidedAt) {
    }

    /** What this survey is for the person who asked, in the list of surveys. */
    public enum Role {
        /** a resident who attended and has not answered yet */
        TO_ANSWER,
        /** a resident who has answered */
        ANSWERED,
        /** its builders and the ward */
        MANAGE,
        /** ward staff: screening found something, the ward must decide */
        TO_REVIEW
    }

    /** One line of the list: {@code opensAt} is the end of the session. */
    public record Listed(long id, String title, String sessionTitle, SurveyStatus status, boolean anonymous,
            Instant opensAt, LocalDate closesOn, Role role, int responses, int attendees) {
    }

    /** A question screening flagged, 1-based {@code number}, with what matched in its text or options. */
    public record Flagged(int number, Question question,
            List<jp.akapen.lecture.survey.screening.ScreeningFinding> findings) {
    }
}
