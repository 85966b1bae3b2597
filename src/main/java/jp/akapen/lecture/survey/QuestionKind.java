package jp.akapen.lecture.survey;

/** How a survey question is answered. */
public enum QuestionKind {
    /** one of the options */
    SINGLE,
    /** any of the options */
    MULTIPLE,
    /** 1 (least) to 5 (most) */
    SCALE,
    /** a few lines of text */
    TEXT;

    public boolean hasOptions() {
        return this == SINGLE || this == MULTIPLE;
    }
}
