package jp.akapen.privacy.handlers;

import java.util.List;

/** A designation the register's rules refuse, with the i18n key of every reason. */
public class DesignationException extends RuntimeException {

    private final List<String> messageKeys;

    public DesignationException(List<String> messageKeys) {
        super(String.join(", ", messageKeys));
        this.messageKeys = List.copyOf(messageKeys);
    }

    public DesignationException(String messageKey) {
        this(List.of(messageKey));
    }

    public List<String> messageKeys() {
        return messageKeys;
    }
}
