package jp.akapen.privacy.retention;

import java.util.List;

/** A decision refused, with the message key (and its arguments) that says why. */
public class RetentionException extends RuntimeException {

    private final String messageKey;
    private final List<String> args;

    public RetentionException(String messageKey, String... args) {
        super(messageKey);
        this.messageKey = messageKey;
        this.args = List.of(args);
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.toArray();
    }
}
