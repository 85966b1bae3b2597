package jp.akapen.lecture.survey;

import java.time.LocalDate;
import java.util.List;

/** What the builder writes: the session it follows, the notice residents read first, and the questions in order. */
public record SurveyDraft(long sessionId, String title, String purpose, boolean anonymous, LocalDate closesOn,
        List<Question> questions) {

    public SurveyDraft {
        questions = questions == null ? List.of() : List.copyOf(questions);
    }
}
