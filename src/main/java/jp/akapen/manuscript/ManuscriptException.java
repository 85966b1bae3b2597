package jp.akapen.manuscript;

/** A refusal the user can act on; the message key names the reason in the translations. */
public class ManuscriptException extends RuntimeException {

    private final String messageKey;

    public ManuscriptException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
