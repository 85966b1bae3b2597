package jp.akapen.mail;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Message.RecipientType;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.util.Date;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** How the demo mailbox page reads a message it holds (issue 12 item 8); plain. */
class DemoMailboxesTest {

    static MimeMessage sent() throws Exception {
        var message = new MimeMessage(Session.getInstance(new Properties()));
        message.setFrom("ward-office@city.example.jp");
        message.setHeader("To", "undisclosed-recipients:;");
        message.setRecipients(RecipientType.CC, "ward-office@city.example.jp");
        message.setSubject("【赤ペン】新しいお知らせがあります", "UTF-8");
        message.setSentDate(new Date(0));
        message.setText("本文", "UTF-8");
        message.saveChanges();
        return message;
    }

    @Test
    void a_mailbox_in_neither_to_nor_cc_received_the_mail_as_bcc() throws Exception {
        var resident = DemoMailboxes.received("Resident1@example.jp", sent());
        var ward = DemoMailboxes.received("ward-office@city.example.jp", sent());

        assertThat(resident.asBcc()).isTrue();
        assertThat(resident.to()).isEqualTo("undisclosed-recipients:;");
        assertThat(resident.subject()).isEqualTo("【赤ペン】新しいお知らせがあります");
        assertThat(ward.asBcc()).as("the ward is in Cc").isFalse();
        assertThat(ward.cc()).isEqualTo("ward-office@city.example.jp");
        assertThat(ward.date()).isEqualTo(java.time.Instant.EPOCH);
    }
}
