package jp.akapen.mail.rules;

import java.time.Instant;
import java.util.List;

/**
 * Everything a message is built from. {@code wardAddress} is the ward's correspondence address (a setting; null or
 * blank when it is missing, which the builder refuses). {@code messageId} is the Message-ID header with its angle
 * brackets, fixed when the outbox row was written so that a message sent again carries the same one.
 */
public record MailDraft(String from, String wardAddress, List<Recipient> recipients, String subject, String body,
        BodyCharset charset, String messageId, Instant date) {

    public MailDraft {
        recipients = List.copyOf(recipients);
    }

    @Override
    public String toString() {
        return "MailDraft[" + messageId + ", " + recipients.size() + " recipients]";
    }
}
