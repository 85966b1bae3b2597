package jp.akapen.privacy.oversight.report;

import java.util.List;

/** A request or answer refused for reasons the asker can fix; each reason an i18n key shown in place. */
public class ReportException extends RuntimeException {

    private final List<String> messageKeys;

    public ReportException(List<String> messageKeys) {
        super(String.join(", ", messageKeys));
        this.messageKeys = List.copyOf(messageKeys);
    }

    public ReportException(String messageKey) {
        this(List.of(messageKey));
    }

    public List<String> messageKeys() {
        return messageKeys;
    }
}
