package jp.akapen.privacy.oversight.incident;

import java.util.List;

/** An incident report or step the rules refuse, with the i18n key of every reason. */
public class IncidentException extends RuntimeException {

    private final List<String> messageKeys;

    public IncidentException(List<String> messageKeys) {
        super(String.join(", ", messageKeys));
        this.messageKeys = List.copyOf(messageKeys);
    }

    public IncidentException(String messageKey) {
        this(List.of(messageKey));
    }

    public List<String> messageKeys() {
        return messageKeys;
    }
}
