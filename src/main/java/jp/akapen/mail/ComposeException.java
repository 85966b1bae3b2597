package jp.akapen.mail;

/** A refusal of the four-eyes service that the person can act on; the message key says why. */
public class ComposeException extends RuntimeException {

    private final String messageKey;

    public ComposeException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
