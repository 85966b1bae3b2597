package jp.akapen.lecture.survey;

/** A refusal of the survey service that the person can act on; the message key says why. */
public class SurveyException extends RuntimeException {

    private final String messageKey;

    public SurveyException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
