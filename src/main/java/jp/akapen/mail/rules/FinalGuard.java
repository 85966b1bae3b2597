package jp.akapen.mail.rules;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import jp.akapen.mail.rules.BuiltMail.Reason;

/**
 * The last look before SMTP (issue 12 item 3): the finished message is written out exactly as SMTP transfers it
 * (without Bcc) and parsed back, and refused if a resident's address shows anywhere in it (To, Cc, any other
 * header, the body), if the ward's address is not in Cc, if Message-ID, Date or an ASCII-only header block is
 * missing, or if the envelope is not exactly the intended recipients. It checks what was built, not what the builder
 * meant to build.
 */
final class FinalGuard {

    private static final String[] AS_TRANSFERRED = {"Bcc", "Content-Length"};

    private FinalGuard() {
    }

    static Optional<Reason> check(Session session, MimeMessage built, Set<String> residents, String ward,
            Set<String> envelope) throws MessagingException {
        byte[] wire;
        try {
            var out = new ByteArrayOutputStream();
            built.writeTo(out, AS_TRANSFERRED);
            wire = out.toByteArray();
        } catch (IOException e) {
            return Optional.of(Reason.GUARD_MALFORMED);
        }
        String raw = new String(wire, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
        if (residents.stream().anyMatch(r -> mentions(raw, r))) {
            return Optional.of(Reason.GUARD_RESIDENT_VISIBLE);
        }
        var parsed = new MimeMessage(session, new ByteArrayInputStream(wire));
        int headerEnd = raw.indexOf("\r\n\r\n");
        if (headerEnd < 0 || !raw.substring(0, headerEnd).chars().allMatch(c -> c < 128)) {
            return Optional.of(Reason.GUARD_MALFORMED);
        }
        Set<String> visible = new HashSet<>();
        visible.addAll(keys(parsed.getRecipients(MimeMessage.RecipientType.TO)));
        Set<String> cc = keys(parsed.getRecipients(MimeMessage.RecipientType.CC));
        visible.addAll(cc);
        visible.addAll(keys(parsed.getReplyTo()));
        visible.addAll(keys(parsed.getFrom()));
        if (visible.stream().anyMatch(residents::contains) || parsed.getHeader("Bcc") != null) {
            return Optional.of(Reason.GUARD_RESIDENT_VISIBLE);
        }
        try {
            if (parsed.getContent() instanceof String body && residents.stream()
                    .anyMatch(r -> mentions(body.toLowerCase(Locale.ROOT), r))) {
                return Optional.of(Reason.GUARD_RESIDENT_VISIBLE);
            }
        } catch (IOException e) {
            return Optional.of(Reason.GUARD_MALFORMED);
        }
        if (!cc.contains(ward)) {
            return Optional.of(Reason.GUARD_WARD_MISSING);
        }
        if (parsed.getMessageID() == null || parsed.getSentDate() == null || parsed.getHeader("Subject") == null) {
            return Optional.of(Reason.GUARD_MALFORMED);
        }
        if (!keys(built.getAllRecipients()).equals(envelope)) {
            return Optional.of(Reason.GUARD_MALFORMED);
        }
        return Optional.empty();
    }

    /** Whether {@code text} holds {@code address} as a whole address, not as the tail of a longer one. */
    static boolean mentions(String text, String address) {
        return Pattern.compile("(?<![a-z0-9._%+\\-])" + Pattern.quote(address) + "(?![a-z0-9\\-]|\\.[a-z0-9])")
                .matcher(text).find();
    }

    private static Set<String> keys(Address[] addresses) {
        Set<String> keys = new HashSet<>();
        if (addresses != null) {
            for (Address address : addresses) {
                if (address instanceof InternetAddress internet && internet.getAddress() != null
                        && !internet.isGroup()) {
                    keys.add(Addresses.key(internet.getAddress()));
                }
            }
        }
        return keys;
    }

    static Set<String> keys(Collection<String> addresses) {
        Set<String> keys = new HashSet<>();
        addresses.forEach(a -> keys.add(Addresses.key(a)));
        return keys;
    }
}
