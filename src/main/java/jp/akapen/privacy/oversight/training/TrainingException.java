package jp.akapen.privacy.oversight.training;

import java.util.List;

/** A training record the rules refuse, with the i18n key of every reason. */
public class TrainingException extends RuntimeException {

    private final List<String> messageKeys;

    public TrainingException(List<String> messageKeys) {
        super(String.join(", ", messageKeys));
        this.messageKeys = List.copyOf(messageKeys);
    }

    public List<String> messageKeys() {
        return messageKeys;
    }
}
