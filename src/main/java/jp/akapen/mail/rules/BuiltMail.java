package jp.akapen.mail.rules;

import jakarta.mail.internet.MimeMessage;

/** What the builder made of a draft: a message the final guard let through, or a refusal that says why. */
public sealed interface BuiltMail {

    /** Ready for SMTP, exactly as the guard read it; its envelope is {@code message.getAllRecipients()}. */
    record Ready(MimeMessage message) implements BuiltMail {
    }

    /**
     * Refused before SMTP saw anything. {@code accountId} names the recipient concerned, if one is. Never carries
     * an address, so it may be logged and stored.
     */
    record Refused(Reason reason, Long accountId) implements BuiltMail {
    }

    enum Reason {
        /** akapen.mail.ward-address is not set: nothing may leave without the ward in Cc (E2). */
        WARD_ADDRESS_MISSING,
        WARD_ADDRESS_UNPARSABLE,
        FROM_UNPARSABLE,
        /** A recipient has no address (a resident's vault entry has none, or was erased; staff without one). */
        ADDRESS_MISSING,
        ADDRESS_UNPARSABLE,
        NO_RECIPIENT,
        /** The chosen charset cannot carry the subject or body (ISO-2022-JP and emoji, say). */
        CHARSET_CANNOT_CARRY,
        /** The final guard found a resident's address somewhere it would be seen (To, Cc, any header, the body). */
        GUARD_RESIDENT_VISIBLE,
        /** The final guard did not find the ward's address in Cc. */
        GUARD_WARD_MISSING,
        /** The final guard found the envelope differs from the intended recipients, or a header malformed. */
        GUARD_MALFORMED;

        /** The i18n key that says it to a person. */
        public String messageKey() {
            return "mail.refused." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }
}
