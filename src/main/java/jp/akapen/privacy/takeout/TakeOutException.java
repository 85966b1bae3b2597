package jp.akapen.privacy.takeout;

import java.util.List;

/** A take-out step the rules refuse, with the i18n key of every reason (shown in place). */
public class TakeOutException extends RuntimeException {

    private final List<String> messageKeys;

    public TakeOutException(List<String> messageKeys) {
        super(String.join(", ", messageKeys));
        this.messageKeys = List.copyOf(messageKeys);
    }

    public TakeOutException(String messageKey) {
        this(List.of(messageKey));
    }

    public List<String> messageKeys() {
        return messageKeys;
    }
}
