package jp.akapen.lecture.survey;

import java.util.List;

/**
 * One question as written; {@code options} only for {@link QuestionKind#SINGLE} and {@link QuestionKind#MULTIPLE}.
 * {@code id} is null in a draft not saved yet.
 */
public record Question(Long id, QuestionKind kind, String text, boolean required, List<String> options) {

    public Question {
        options = options == null ? List.of() : List.copyOf(options);
    }

    /** The question's texts as the screening and the ward read them: the question, then each option. */
    public List<String> texts() {
        var all = new java.util.ArrayList<String>();
        all.add(text);
        all.addAll(options);
        return all;
    }
}
