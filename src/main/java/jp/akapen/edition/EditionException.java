package jp.akapen.edition;

/** A refusal the user can act on; the message key names the reason in the translations. */
public class EditionException extends RuntimeException {

    private final String messageKey;

    public EditionException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
