package jp.akapen.proofreading;

/** A refused proofreading action, with the message key that says why. */
public class ProofreadingException extends RuntimeException {

    private final String messageKey;

    public ProofreadingException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
