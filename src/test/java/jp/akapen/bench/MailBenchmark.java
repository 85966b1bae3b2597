package jp.akapen.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import java.util.HashSet;
import java.util.List;
import jp.akapen.AkapenSpringTest;
import jp.akapen.mail.OutboxSender;
import jp.akapen.shared.People;
import jp.akapen.shared.Roles;
import jp.akapen.shared.notification.NotificationService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 12's figure: 1,000 notice mails delivered in ≤ 30 s. 1,000 notices are posted to the demo's seven residents
 * (each queues its mail in the notice's transaction); then the application's own sender delivers them to the demo
 * GreenMail server (SMTP on a free port in tests), reading each resident's address from the vault (one audited read per
 * mail), one SMTP connection per claimed batch (akapen.mail.batch-size, 20). Timed from the first claim until the ward's inbox holds all 1,000 copies. Not part of the normal test run
 * (no "Test" suffix): {@code .ci/mvn -o test -Dtest=MailBenchmark}.
 */
@AkapenSpringTest
class MailBenchmark {

    @Autowired
    NotificationService notices;
    @Autowired
    OutboxSender sender;
    @Autowired
    GreenMail demoGreenMail;
    @Autowired
    People people;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void a_thousand_notice_mails_are_delivered_within_thirty_seconds() throws Exception {
        sender.sendDue(); // whatever the demo seed queued
        demoGreenMail.purgeEmailFromAllMailboxes();
        List<Long> residents = people.withRole(Roles.RESIDENT).stream().map(People.Person::id).toList();
        transactions.executeWithoutResult(s -> {
            for (int i = 0; i < 1000; i++) {
                notices.notifyAccount(residents.get(i % residents.size()), "notice.account.welcome", "notices", "bench");
            }
        });

        // one line per batch: how long its preparation (leases, audited vault reads) and its sending took
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(OutboxSender.class))
                .setLevel(ch.qos.logback.classic.Level.DEBUG);
        long start = System.nanoTime();
        int sent = sender.sendDue();
        long sentAt = System.nanoTime();
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(OutboxSender.class)).setLevel(null);
        var ids = new HashSet<String>();
        demoGreenMail.findReceivedMessages(u -> u.getEmail().equals("ward-office@city.example.jp"), m -> true)
                .forEach(m -> {
                    try {
                        ids.add(m.getMessageID());
                    } catch (jakarta.mail.MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                });
        double seconds = (sentAt - start) / 1e9;
        System.out.printf("MailBenchmark: %d cores; %d mails sent and accepted by SMTP in %.1f s (%.0f mails/s); %d distinct"
                + " Message-IDs in the ward's inbox; load average %.2f%n",
                Runtime.getRuntime().availableProcessors(), sent, seconds, sent / seconds, ids.size(),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        assertThat(sent).isEqualTo(1000);
        assertThat(ids).hasSize(1000);
    }
}
