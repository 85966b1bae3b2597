package jp.akapen.privacy.handlers;

import java.util.List;
import java.util.Map;

/**
 * A designation the register's rules refuse, with the i18n key of every reason and, for reasons that name a fact (the
 * day of the last training, the training's validity), the values the message shows: dates and periods, which the
 * view writes out in the reader's language.
 */
public class DesignationException extends RuntimeException {

    private final List<String> messageKeys;
    private final Map<String, List<Object>> arguments;

    public DesignationException(List<String> messageKeys, Map<String, List<Object>> arguments) {
        super(String.join(", ", messageKeys));
        this.messageKeys = List.copyOf(messageKeys);
        this.arguments = Map.copyOf(arguments);
    }

    public DesignationException(List<String> messageKeys) {
        this(messageKeys, Map.of());
    }

    public DesignationException(String messageKey) {
        this(List.of(messageKey));
    }

    public List<String> messageKeys() {
        return messageKeys;
    }

    /** The values of one reason's message, in order; empty for a reason that names none. */
    public List<Object> arguments(String messageKey) {
        return arguments.getOrDefault(messageKey, List.of());
    }
}
