package jp.akapen.mail.rules;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Message.RecipientType;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import jp.akapen.mail.rules.BuiltMail.Reason;
import jp.akapen.mail.rules.Recipient.Kind;
import org.junit.jupiter.api.Test;

class ContractMailBuilderTest {

    static final Session SESSION = Session.getInstance(new Properties());
    static final String WARD = "danjo@city.example.jp";
    static final Instant AT = Instant.parse("2026-12-04T03:00:00Z");

    static MailDraft draft(List<Recipient> recipients, String ward, BodyCharset charset, String body) {
        return new MailDraft("akapen@city.example.jp", ward, recipients, "初校をお返ししました", body, charset,
                "<test-1@akapen.mail>", AT);
    }

    static List<Recipient> mixed() {
        return List.of(new Recipient(1, Kind.RESIDENT, "sakura@example.jp"),
                new Recipient(2, Kind.RESIDENT, "wakaba@example.jp"),
                new Recipient(3, Kind.STAFF, "handler1@editorial.example.jp"));
    }

    static MimeMessage ready(BuiltMail built) {
        assertThat(built).isInstanceOf(BuiltMail.Ready.class);
        return ((BuiltMail.Ready) built).message();
    }

    static String wire(MimeMessage message) throws Exception {
        var out = new ByteArrayOutputStream();
        message.writeTo(out, new String[] {"Bcc"});
        return out.toString(StandardCharsets.ISO_8859_1);
    }

    @Test
    void residents_go_only_in_bcc_staff_in_to_and_the_ward_in_cc() throws Exception {
        var message = ready(ContractMailBuilder.build(SESSION, draft(mixed(), WARD, BodyCharset.UTF_8, "本文")));

        assertThat(addresses(message.getRecipients(RecipientType.TO))).containsExactly("handler1@editorial.example.jp");
        assertThat(addresses(message.getRecipients(RecipientType.CC))).containsExactly(WARD);
        assertThat(addresses(message.getRecipients(RecipientType.BCC)))
                .containsExactly("sakura@example.jp", "wakaba@example.jp");
        assertThat(wire(message)).doesNotContain("sakura@example.jp").doesNotContain("wakaba@example.jp");
    }

    @Test
    void a_mail_to_residents_alone_goes_to_undisclosed_recipients() throws Exception {
        var message = ready(ContractMailBuilder.build(SESSION,
                draft(List.of(new Recipient(1, Kind.RESIDENT, "sakura@example.jp")), WARD, BodyCharset.UTF_8, "本文")));

        assertThat(message.getHeader("To", ",")).isEqualTo("undisclosed-recipients:;");
        assertThat(addresses(message.getAllRecipients())).containsExactlyInAnyOrder("undisclosed-recipients:;", WARD,
                "sakura@example.jp");
        assertThat(addresses(message.getRecipients(RecipientType.BCC))).containsExactly("sakura@example.jp");
    }

    @Test
    void nothing_is_built_without_the_wards_address() {
        assertThat(ContractMailBuilder.build(SESSION, draft(mixed(), "", BodyCharset.UTF_8, "本文")))
                .isEqualTo(new BuiltMail.Refused(Reason.WARD_ADDRESS_MISSING, null));
        assertThat(ContractMailBuilder.build(SESSION, draft(mixed(), "ward office", BodyCharset.UTF_8, "本文")))
                .isEqualTo(new BuiltMail.Refused(Reason.WARD_ADDRESS_UNPARSABLE, null));
    }

    @Test
    void an_address_that_does_not_parse_refuses_the_whole_message_and_names_whose_it_is() {
        for (String bad : List.of("sakura@", "さくら@example.jp", "a b@example.jp", "Sakura <sakura@example.jp>",
                "sakura@example.jp, other@example.jp", "sakura@example.jp\r\nBcc: x@example.jp")) {
            var recipients = List.of(new Recipient(3, Kind.STAFF, "handler1@editorial.example.jp"),
                    new Recipient(7, Kind.RESIDENT, bad));
            assertThat(ContractMailBuilder.build(SESSION, draft(recipients, WARD, BodyCharset.UTF_8, "本文")))
                    .as(bad).isEqualTo(new BuiltMail.Refused(Reason.ADDRESS_UNPARSABLE, 7L));
        }
        assertThat(ContractMailBuilder.build(SESSION,
                draft(List.of(new Recipient(7, Kind.RESIDENT, null)), WARD, BodyCharset.UTF_8, "本文")))
                .isEqualTo(new BuiltMail.Refused(Reason.ADDRESS_MISSING, 7L));
    }

    @Test
    void japanese_subject_is_rfc_2047_encoded_the_body_utf_8_with_message_id_and_date() throws Exception {
        var message = ready(ContractMailBuilder.build(SESSION, draft(mixed(), WARD, BodyCharset.UTF_8, "𠮷野さんへ🖋")));

        String raw = wire(message);
        assertThat(raw).contains("Subject: =?UTF-8?B?");
        assertThat(MimeUtility.decodeText(message.getHeader("Subject", null))).isEqualTo("初校をお返ししました");
        assertThat(message.getContentType()).containsIgnoringCase("charset=UTF-8");
        assertThat(message.getContent()).isEqualTo("𠮷野さんへ🖋");
        assertThat(message.getMessageID()).isEqualTo("<test-1@akapen.mail>");
        assertThat(message.getSentDate().toInstant()).isEqualTo(AT);
    }

    @Test
    void iso_2022_jp_is_selectable_and_refuses_what_it_cannot_carry() throws Exception {
        var message = ready(ContractMailBuilder.build(SESSION, draft(mixed(), WARD, BodyCharset.ISO_2022_JP, "校正のお知らせ")));

        assertThat(wire(message)).contains("Subject: =?ISO-2022-JP?B?").containsIgnoringCase("charset=ISO-2022-JP");
        assertThat(message.getContent()).isEqualTo("校正のお知らせ");
        assertThat(ContractMailBuilder.build(SESSION, draft(mixed(), WARD, BodyCharset.ISO_2022_JP, "絵文字🖋")))
                .isEqualTo(new BuiltMail.Refused(Reason.CHARSET_CANNOT_CARRY, null));
    }

    @Test
    void a_residents_address_that_is_also_a_staff_address_is_refused_rather_than_shown() {
        var recipients = List.of(new Recipient(1, Kind.STAFF, "shared@example.jp"),
                new Recipient(2, Kind.RESIDENT, "shared@example.jp"));
        assertThat(ContractMailBuilder.build(SESSION, draft(recipients, WARD, BodyCharset.UTF_8, "本文")))
                .isEqualTo(new BuiltMail.Refused(Reason.GUARD_RESIDENT_VISIBLE, null));
    }

    @Test
    void the_final_guard_refuses_a_finished_message_with_a_resident_in_cc_or_without_the_ward() throws Exception {
        var residentInCc = new MimeMessage(SESSION);
        residentInCc.setFrom("akapen@city.example.jp");
        residentInCc.setRecipients(RecipientType.CC, new InternetAddress[] {new InternetAddress(WARD),
                new InternetAddress("sakura@example.jp")});
        residentInCc.setSubject("x");
        residentInCc.setText("x");
        residentInCc.setSentDate(java.util.Date.from(AT));
        residentInCc.saveChanges();
        assertThat(FinalGuard.check(SESSION, residentInCc, java.util.Set.of("sakura@example.jp"), WARD,
                java.util.Set.of(WARD, "sakura@example.jp"))).contains(Reason.GUARD_RESIDENT_VISIBLE);

        var noWard = new MimeMessage(SESSION);
        noWard.setFrom("akapen@city.example.jp");
        noWard.setRecipients(RecipientType.TO, "handler1@editorial.example.jp");
        noWard.setSubject("x");
        noWard.setText("x");
        noWard.setSentDate(java.util.Date.from(AT));
        noWard.saveChanges();
        assertThat(FinalGuard.check(SESSION, noWard, java.util.Set.of(), WARD,
                java.util.Set.of("handler1@editorial.example.jp"))).contains(Reason.GUARD_WARD_MISSING);
    }

    @Test
    void the_guard_finds_a_resident_address_in_the_body_but_not_inside_a_longer_address() {
        var recipients = List.of(new Recipient(1, Kind.RESIDENT, "ura@example.jp"),
                new Recipient(2, Kind.STAFF, "sakura@example.jp"));
        assertThat(ContractMailBuilder.build(SESSION, draft(recipients, WARD, BodyCharset.UTF_8, "本文")))
                .isInstanceOf(BuiltMail.Ready.class);
        assertThat(ContractMailBuilder.build(SESSION, draft(recipients.subList(0, 1), WARD, BodyCharset.UTF_8,
                "連絡先: ura@example.jp"))).isEqualTo(new BuiltMail.Refused(Reason.GUARD_RESIDENT_VISIBLE, null));
    }

    @Test
    void the_notice_template_links_to_the_portal_and_carries_nothing_else() {
        assertThat(NoticeTemplate.body("https://akapen.example", "manuscripts/12"))
                .contains("https://akapen.example/manuscripts/12");
        assertThat(NoticeTemplate.body("https://akapen.example", null)).contains("https://akapen.example/notices");
        assertThat(NoticeTemplate.body("https://akapen.example", "//evil.example/x"))
                .contains("https://akapen.example/notices").doesNotContain("evil");
    }

    static List<String> addresses(jakarta.mail.Address[] addresses) {
        return addresses == null ? List.of()
                : Arrays.stream(addresses).map(a -> ((InternetAddress) a).getAddress()).toList();
    }
}
