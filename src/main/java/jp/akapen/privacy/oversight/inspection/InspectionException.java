package jp.akapen.privacy.oversight.inspection;

import java.util.List;

/** An audit step refused for reasons the person can fix; each reason an i18n key shown in place. */
public class InspectionException extends RuntimeException {

    private final List<String> messageKeys;

    public InspectionException(List<String> messageKeys) {
        super(String.join(", ", messageKeys));
        this.messageKeys = List.copyOf(messageKeys);
    }

    public InspectionException(String messageKey) {
        this(List.of(messageKey));
    }

    public List<String> messageKeys() {
        return messageKeys;
    }
}
