package jp.akapen.account;

import java.util.List;

/**
 * A request the account rules refuse, with the i18n keys of every reason, so a form can show
 * them all at once.
 */
public class AccountException extends RuntimeException {

    private final List<String> messageKeys;

    public AccountException(List<String> messageKeys) {
        super(String.join(", ", messageKeys));
        this.messageKeys = List.copyOf(messageKeys);
    }

    public AccountException(String messageKey) {
        this(List.of(messageKey));
    }

    public List<String> messageKeys() {
        return messageKeys;
    }
}
