package jp.akapen.mail.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Random;
import java.util.Set;
import jp.akapen.mail.rules.Recipient.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The contract's rules checked on what a real SMTP/IMAP server received (GreenMail on a free port): every recipient's
 * own inbox is read, since Bcc leaves no header (STACK.md: getReceivedMessagesForDomain matches header recipients only).
 */
class ContractMailOverSmtpTest {

    static final String WARD = "danjo@city.example.jp";

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP_IMAP.clone())
            .withPerMethodLifecycle(true);

    static Session session() {
        var properties = new Properties();
        properties.put("mail.smtp.host", "127.0.0.1");
        properties.put("mail.smtp.port", String.valueOf(SMTP.getSmtp().getPort()));
        return Session.getInstance(properties);
    }

    static MimeMessage send(Session session, MailDraft draft) throws Exception {
        var built = ContractMailBuilder.build(session, draft);
        assertThat(built).isInstanceOf(BuiltMail.Ready.class);
        var message = ((BuiltMail.Ready) built).message();
        Transport.send(message);
        return message;
    }

    static List<MimeMessage> inbox(String address) {
        var user = SMTP.getUserManager().getUserByEmail(address);
        if (user == null) {
            return List.of();
        }
        return SMTP.findReceivedMessages(u -> u.getEmail().equalsIgnoreCase(address), m -> true).toList();
    }

    @Test
    void each_resident_receives_the_mail_without_seeing_the_others_and_the_ward_gets_it_in_cc() throws Exception {
        var recipients = List.of(new Recipient(1, Kind.RESIDENT, "sakura@example.jp"),
                new Recipient(2, Kind.RESIDENT, "wakaba@example.jp"),
                new Recipient(3, Kind.STAFF, "handler1@editorial.example.jp"));
        send(session(), new MailDraft("akapen@city.example.jp", WARD, recipients, "講座のご案内", "本文",
                BodyCharset.UTF_8, "<smtp-1@akapen.mail>", Instant.now()));
        assertThat(SMTP.waitForIncomingEmail(5000, 4)).isTrue();

        for (String address : List.of("sakura@example.jp", "wakaba@example.jp", "handler1@editorial.example.jp", WARD)) {
            assertThat(inbox(address)).as(address).singleElement().satisfies(m -> {
                assertThat(m.getMessageID()).isEqualTo("<smtp-1@akapen.mail>");
                assertThat(m.getHeader("Bcc")).isNull();
                assertThat(ContractMailBuilderTest.addresses(m.getRecipients(RecipientType.CC))).containsExactly(WARD);
                assertThat(ContractMailBuilderTest.addresses(m.getRecipients(RecipientType.TO)))
                        .containsExactly("handler1@editorial.example.jp");
                assertThat(m.getSubject()).isEqualTo("講座のご案内");
                assertThat(ContractMailOverSmtpTest.raw(m)).doesNotContain("sakura@example.jp")
                        .doesNotContain("wakaba@example.jp");
            });
        }
    }

    /**
     * Property (seed E1, E2): 1,000 randomly composed mails (1–6 residents, 0–3 staff, shared and look-alike
     * addresses, UTF-8 or ISO-2022-JP, random Japanese subjects and bodies), each sent over SMTP; what arrived is read
     * from every inbox: no resident address in To or Cc (nor anywhere in the headers), the ward in Cc on all, each
     * intended recipient got it exactly once. A fixed seed, so a failure is repeatable.
     */
    @Test
    void a_thousand_random_mails_show_no_resident_in_to_or_cc_and_all_copy_the_ward() throws Exception {
        var random = new Random(12_2026);
        var session = session();
        // one connection for all, as the outbox sends a batch
        var transport = session.getTransport("smtp");
        transport.connect();
        int residentsShown = 0;
        int withoutWard = 0;
        int delivered = 0;
        int refused = 0;
        for (int n = 0; n < 1000; n++) {
            List<Recipient> recipients = new ArrayList<>();
            Set<String> residents = new HashSet<>();
            int residentCount = 1 + random.nextInt(6);
            for (int i = 0; i < residentCount; i++) {
                String address = "r" + random.nextInt(40) + "." + n + "@" + pick(random, "example.jp", "Example.JP", "mail.example.jp");
                recipients.add(new Recipient(i, Kind.RESIDENT, address));
                residents.add(address.toLowerCase());
            }
            int staffCount = random.nextInt(4);
            for (int i = 0; i < staffCount; i++) {
                recipients.add(new Recipient(100 + i, Kind.STAFF,
                        pick(random, "handler", "x.r1", "staff") + i + "." + n + "@editorial.example.jp"));
            }
            java.util.Collections.shuffle(recipients, random);
            var charset = random.nextBoolean() ? BodyCharset.UTF_8 : BodyCharset.ISO_2022_JP;
            var draft = new MailDraft("akapen@city.example.jp", WARD, recipients, japanese(random, 5 + random.nextInt(40)),
                    japanese(random, 20 + random.nextInt(400)), charset, "<prop-" + n + "@akapen.mail>", Instant.now());
            var built = ContractMailBuilder.build(session, draft);
            if (built instanceof BuiltMail.Refused) {
                refused++;
                continue;
            }
            var message = ((BuiltMail.Ready) built).message();
            message.saveChanges();
            transport.sendMessage(message, message.getAllRecipients());
            for (MimeMessage arrived : SMTP.getReceivedMessages()) {
                delivered++;
                var visible = new HashSet<String>();
                visible.addAll(lower(arrived.getRecipients(RecipientType.TO)));
                visible.addAll(lower(arrived.getRecipients(RecipientType.CC)));
                String headers = headerBlock(arrived);
                if (visible.stream().anyMatch(residents::contains)
                        || residents.stream().anyMatch(headers::contains)) {
                    residentsShown++;
                }
                if (!lower(arrived.getRecipients(RecipientType.CC)).contains(WARD)) {
                    withoutWard++;
                }
            }
            for (String resident : residents) {
                assertThat(inbox(resident)).as("mail %d, %s", n, resident).hasSize(1);
            }
            SMTP.purgeEmailFromAllMailboxes();
        }
        transport.close();
        System.out.printf("1,000 random mails: %d delivered copies, %d refused, %d with a resident in To/Cc, %d without"
                + " the ward in Cc%n", delivered, refused, residentsShown, withoutWard);
        assertThat(refused).isZero();
        assertThat(residentsShown).isZero();
        assertThat(withoutWard).isZero();
        assertThat(delivered).isGreaterThan(2000);
    }

    static String pick(Random random, String... options) {
        return options[random.nextInt(options.length)];
    }

    static String japanese(Random random, int length) {
        String alphabet = "あいうえおかきくけこさしすせそ漢字校正原稿編集委員区民講座男女共同参画。、「」ー・ABCabc123 ";
        var text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString().strip().isEmpty() ? "件名" : text.toString();
    }

    static Set<String> lower(jakarta.mail.Address[] addresses) {
        Set<String> set = new HashSet<>();
        if (addresses != null) {
            for (var a : addresses) {
                if (a instanceof InternetAddress i && i.getAddress() != null) {
                    set.add(i.getAddress().toLowerCase());
                }
            }
        }
        return set;
    }

    static String headerBlock(MimeMessage message) throws Exception {
        var headers = new StringBuilder();
        var all = message.getAllHeaderLines();
        while (all.hasMoreElements()) {
            headers.append(all.nextElement()).append('\n');
        }
        return headers.toString().toLowerCase();
    }

    static String raw(MimeMessage message) {
        try {
            var out = new java.io.ByteArrayOutputStream();
            message.writeTo(out);
            return out.toString(java.nio.charset.StandardCharsets.ISO_8859_1);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
