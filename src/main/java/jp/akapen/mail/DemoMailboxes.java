package jp.akapen.mail;

import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Address;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import jp.akapen.shared.Roles;
import jp.akapen.shared.SignedIn;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;

/**
 * What each mailbox of the demo mail server (GreenMail, {@link DemoMailServer}) received, so that a new user sees mail
 * arrive without a mail client (issue 12 item 8). Only while the demo server runs: with a real SMTP server there is
 * nothing to read here and {@link #running()} is false. The demo's residents and their addresses are fictional.
 */
@Service
public class DemoMailboxes {

    /** One message as a mailbox holds it; {@code asBcc}: the mailbox is in neither To nor Cc, so it came as Bcc. */
    public record Received(String subject, String from, String to, String cc, Instant date, boolean asBcc) {
    }

    public record Mailbox(String address, List<Received> messages) {
    }

    private final ObjectProvider<GreenMail> demoServer;

    DemoMailboxes(ObjectProvider<GreenMail> demoServer) {
        this.demoServer = demoServer;
    }

    /** Whether the demo mail server runs in this portal (never in production). */
    public boolean running() {
        return demoServer.getIfUnique() != null;
    }

    /** Whether the signed-in person may open the demo mailboxes now: ward staff, while the demo server runs. */
    public boolean openToMe() {
        return running() && Roles.WARD_STAFF.equals(SignedIn.require().role());
    }

    /** Every mailbox the demo server holds, by address, each with its messages newest first. */
    @Secured(Roles.Authorities.WARD_STAFF)
    public List<Mailbox> mailboxes() {
        var server = demoServer.getIfUnique();
        if (server == null) {
            return List.of();
        }
        return server.getUserManager().listUser().stream()
                .map(GreenMailUser::getEmail)
                .sorted()
                .map(address -> new Mailbox(address, server
                        .findReceivedMessages(u -> u.getEmail().equalsIgnoreCase(address), m -> true)
                        .map(m -> received(address, m))
                        .sorted(Comparator.comparing(Received::date, Comparator.nullsLast(Comparator.reverseOrder())))
                        .toList()))
                .toList();
    }

    static Received received(String mailbox, MimeMessage message) {
        try {
            String to = list(message.getHeader("To", ","), message.getRecipients(RecipientType.TO));
            String cc = list(null, message.getRecipients(RecipientType.CC));
            String key = mailbox.toLowerCase(Locale.ROOT);
            boolean visible = addresses(message.getRecipients(RecipientType.TO)).contains(key)
                    || addresses(message.getRecipients(RecipientType.CC)).contains(key);
            String from = list(null, message.getFrom());
            Instant date = Optional.ofNullable(message.getSentDate()).map(d -> d.toInstant()).orElse(null);
            return new Received(Optional.ofNullable(message.getSubject()).orElse(""), from, to, cc, date, !visible);
        } catch (MessagingException e) {
            return new Received("", "", "", "", null, false);
        }
    }

    private static List<String> addresses(Address[] addresses) {
        return addresses == null ? List.of() : Arrays.stream(addresses)
                .map(a -> a instanceof InternetAddress ia ? ia.getAddress() : a.toString())
                .map(a -> a.toLowerCase(Locale.ROOT)).toList();
    }

    /** The addresses as a line; {@code raw} for a To of {@code undisclosed-recipients:;}, which parses to none. */
    private static String list(String raw, Address[] addresses) {
        if (addresses == null || addresses.length == 0) {
            return raw == null ? "" : raw;
        }
        return Arrays.stream(addresses).map(a -> a instanceof InternetAddress ia ? ia.toUnicodeString() : a.toString())
                .collect(Collectors.joining(", "));
    }
}
