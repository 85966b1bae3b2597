package jp.akapen.mail.rules;

import java.util.Objects;

/**
 * One person a message goes to, with the address read for this send only. A {@link Kind#RESIDENT}'s address is
 * personal data (seed P1): the builder puts it in Bcc and nowhere else.
 */
public record Recipient(long accountId, Kind kind, String address) {

    public enum Kind {
        /** A resident editor: Bcc only. */
        RESIDENT,
        /** Contractor or ward staff, with their work address: To. */
        STAFF
    }

    public Recipient {
        Objects.requireNonNull(kind, "kind");
    }

    /** No address in logs or exception messages. */
    @Override
    public String toString() {
        return "Recipient[account " + accountId + ", " + kind + "]";
    }
}
