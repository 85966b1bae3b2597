package jp.akapen.lecture.survey;

import java.util.List;

/**
 * What the answers add up to: per question the number who answered it, bars (options, or 1-5), free texts. In an
 * anonymous survey a question answered by fewer than {@link SmallGroups#MINIMUM} is {@code withheld}: no bars and no
 * texts (item 9).
 */
public record SurveyResults(Survey survey, int responses, List<QuestionResult> questions) {

    public record QuestionResult(int number, Question question, int answered, boolean withheld, List<Bar> bars,
            List<String> texts) {
    }

    /** {@code percent}: of those who answered the question, rounded; for MULTIPLE the bars add up to more than 100. */
    public record Bar(String label, int count, int percent) {
    }
}
