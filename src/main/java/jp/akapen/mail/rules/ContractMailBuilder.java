package jp.akapen.mail.rules;

import jakarta.mail.Message.RecipientType;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.UnsupportedEncodingException;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import jp.akapen.mail.rules.BuiltMail.Reason;
import jp.akapen.mail.rules.BuiltMail.Refused;

/**
 * Builds every message the portal sends, under the contract's rules (seed E1, E2): residents only in Bcc, staff in
 * To, the ward's correspondence address always in Cc; a message to residents alone goes To
 * {@code undisclosed-recipients:;}. Subject in RFC 2047 encoded words, the body in UTF-8 or ISO-2022-JP,
 * Message-ID and Date set. Whatever comes out has passed {@link FinalGuard}; the composer cannot bypass it, since
 * this is the only place a {@link BuiltMail.Ready} is made.
 */
public final class ContractMailBuilder {

    private ContractMailBuilder() {
    }

    public static BuiltMail build(Session session, MailDraft draft) {
        var ward = Addresses.parse(draft.wardAddress());
        if (draft.wardAddress() == null || draft.wardAddress().isBlank()) {
            return new Refused(Reason.WARD_ADDRESS_MISSING, null);
        }
        if (ward.isEmpty()) {
            return new Refused(Reason.WARD_ADDRESS_UNPARSABLE, null);
        }
        var from = Addresses.parse(draft.from());
        if (from.isEmpty()) {
            return new Refused(Reason.FROM_UNPARSABLE, null);
        }
        if (draft.recipients().isEmpty()) {
            return new Refused(Reason.NO_RECIPIENT, null);
        }
        List<InternetAddress> to = new ArrayList<>();
        List<InternetAddress> bcc = new ArrayList<>();
        Set<String> residents = new LinkedHashSet<>();
        Set<String> staff = new LinkedHashSet<>();
        Set<String> envelope = new LinkedHashSet<>();
        String wardKey = Addresses.key(ward.get().getAddress());
        envelope.add(wardKey);
        for (Recipient recipient : draft.recipients()) {
            if (recipient.address() == null || recipient.address().isBlank()) {
                return new Refused(Reason.ADDRESS_MISSING, recipient.accountId());
            }
            var parsed = Addresses.parse(recipient.address());
            if (parsed.isEmpty()) {
                return new Refused(Reason.ADDRESS_UNPARSABLE, recipient.accountId());
            }
            String key = Addresses.key(parsed.get().getAddress());
            if (recipient.kind() == Recipient.Kind.RESIDENT) {
                if (residents.add(key)) {
                    bcc.add(parsed.get());
                }
            } else if (staff.add(key) && !key.equals(wardKey)) {
                to.add(parsed.get()); // staff whose work address is the ward's own: Cc already has it
            }
            envelope.add(key);
        }
        if (residents.contains(wardKey) || staff.stream().anyMatch(residents::contains)) {
            return new Refused(Reason.GUARD_RESIDENT_VISIBLE, null); // the address would show in To or Cc
        }
        if (!draft.charset().canCarry(draft.subject()) || !draft.charset().canCarry(draft.body())) {
            return new Refused(Reason.CHARSET_CANNOT_CARRY, null);
        }
        try {
            var message = new FixedIdMessage(session, draft.messageId());
            message.setFrom(from.get());
            if (to.isEmpty()) {
                message.setHeader("To", "undisclosed-recipients:;");
            } else {
                message.setRecipients(RecipientType.TO, to.toArray(InternetAddress[]::new));
            }
            message.setRecipient(RecipientType.CC, ward.get());
            if (!bcc.isEmpty()) {
                message.setRecipients(RecipientType.BCC, bcc.toArray(InternetAddress[]::new));
            }
            String charset = draft.charset().mimeName();
            message.setHeader("Subject", MimeUtility.fold(9, MimeUtility.encodeText(draft.subject(), charset, "B")));
            message.setText(draft.body(), charset);
            message.setSentDate(Date.from(draft.date()));
            message.saveChanges();
            var refusal = FinalGuard.check(session, message, residents, wardKey, envelope);
            if (refusal.isPresent()) {
                return new Refused(refusal.get(), null);
            }
            return new BuiltMail.Ready(message);
        } catch (MessagingException | UnsupportedEncodingException e) {
            return new Refused(Reason.GUARD_MALFORMED, null);
        }
    }

    /** A message whose Message-ID is the outbox row's, however often Jakarta Mail recomputes its headers. */
    static final class FixedIdMessage extends MimeMessage {

        private final String messageId;

        FixedIdMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
