package jp.akapen.mail;

import static jp.akapen.db.Tables.ACCOUNT;
import static jp.akapen.db.Tables.AUDIT_EVENT;
import static jp.akapen.db.Tables.MAIL_ATTEMPT;
import static jp.akapen.db.Tables.MAIL_MESSAGE;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import jp.akapen.AkapenSpringTest;
import jp.akapen.TestSupport.MovableClock;
import jp.akapen.db.enums.MailAttemptOutcome;
import jp.akapen.db.enums.MailMessageState;
import jp.akapen.mail.rules.BodyCharset;
import jp.akapen.privacy.vault.DeliveryAddresses;
import jp.akapen.shared.notification.NotificationService;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox end to end on the application's database (issue 12 items 2, 6, 8): rows written with the notice, senders
 * that claim with SKIP LOCKED and a lease, delivery to a real SMTP server (GreenMail on a free port, one per test),
 * failures kept with their reason. The shared test context does not send by itself (akapen.mail.sender-enabled=false);
 * each test builds its own senders on the context's beans.
 */
@AkapenSpringTest
class OutboxSenderTest {

    static final String WARD = "ward-office@city.example.jp";

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withPerMethodLifecycle(true);

    @Autowired
    DSLContext db;
    @Autowired
    OutboxRepository outbox;
    @Autowired
    RecipientAddresses addresses;
    @Autowired
    MailSettings settings;
    @Autowired
    MovableClock clock;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    NotificationService notices;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    OutboxSender sender(String instance, JavaMailSender server, MailSettings with) {
        var provider = new StaticListableBeanFactory(Map.of("smtp", server)).getBeanProvider(JavaMailSender.class);
        return new OutboxSender(outbox, addresses, provider, with, clock, transactions, instance);
    }

    static JavaMailSender smtpAt(int port) {
        var server = new JavaMailSenderImpl();
        server.setHost("127.0.0.1");
        server.setPort(port);
        server.getJavaMailProperties().put("mail.smtp.connectiontimeout", "2000");
        return server;
    }

    long id(String username) {
        return db.select(ACCOUNT.ID).from(ACCOUNT).where(ACCOUNT.USERNAME.eq(username)).fetchOne(ACCOUNT.ID);
    }

    long aNotice(long accountId) {
        return new TransactionTemplate(transactions).execute(s -> notices.notifyAccount(accountId, "notice.account.welcome", null, "x"));
    }

    List<Long> queue(long accountId, int count) {
        long notice = aNotice(accountId);
        List<Long> ids = new ArrayList<>();
        new TransactionTemplate(transactions).executeWithoutResult(s -> {
            for (int i = 0; i < count; i++) {
                ids.add(outbox.insertNotice(notice, "notices", accountId, BodyCharset.UTF_8, NoticeMail.newMessageId(),
                        clock.instant()));
            }
        });
        return ids;
    }

    MailMessageState state(long mailId) {
        return db.select(MAIL_MESSAGE.STATE).from(MAIL_MESSAGE).where(MAIL_MESSAGE.ID.eq(mailId)).fetchOne(MAIL_MESSAGE.STATE);
    }

    String messageId(long mailId) {
        return db.select(MAIL_MESSAGE.MESSAGE_ID).from(MAIL_MESSAGE).where(MAIL_MESSAGE.ID.eq(mailId))
                .fetchOne(MAIL_MESSAGE.MESSAGE_ID);
    }

    List<MimeMessage> inbox(String address) {
        return SMTP.findReceivedMessages(u -> u.getEmail().equalsIgnoreCase(address), m -> true).toList();
    }

    @Test
    void a_notice_to_a_resident_is_queued_in_the_notices_own_transaction_and_not_when_it_rolls_back() {
        long resident = id("resident5");
        int before = db.fetchCount(MAIL_MESSAGE);
        var tx = new TransactionTemplate(transactions);

        tx.executeWithoutResult(s -> {
            notices.notifyAccount(resident, "notice.account.welcome", "manuscripts/1", "x");
            s.setRollbackOnly();
        });
        assertThat(db.fetchCount(MAIL_MESSAGE)).isEqualTo(before);

        long notice = aNotice(resident);
        assertThat(db.select(MAIL_MESSAGE.STATE, MAIL_MESSAGE.NEXT_ATTEMPT_AT).from(MAIL_MESSAGE)
                .where(MAIL_MESSAGE.NOTICE_ID.eq(notice)).fetch())
                .singleElement().satisfies(r -> assertThat(r.value1()).isEqualTo(MailMessageState.APPROVED));
    }

    @Test
    void staff_get_notices_by_mail_only_when_they_asked_and_have_a_work_address() {
        long staff1 = id("staff1");
        long notice = aNotice(staff1);
        assertThat(db.fetchCount(MAIL_MESSAGE, MAIL_MESSAGE.NOTICE_ID.eq(notice))).isZero();

        long handler1 = id("handler1"); // the demo turns mail on for handler1
        long second = aNotice(handler1);
        assertThat(db.fetchCount(MAIL_MESSAGE, MAIL_MESSAGE.NOTICE_ID.eq(second))).isEqualTo(1);
    }

    @Test
    void a_notice_mail_reaches_the_resident_in_bcc_and_the_ward_in_cc_and_says_nothing_but_that_something_happened()
            throws Exception {
        long resident = id("resident1");
        long mail = queue(resident, 1).getFirst();
        long auditBefore = db.select(org.jooq.impl.DSL.max(AUDIT_EVENT.SEQ)).from(AUDIT_EVENT).fetchOne().value1();

        sender("one", smtpAt(SMTP.getSmtp().getPort()), settings).sendDue();

        assertThat(state(mail)).isEqualTo(MailMessageState.SENT);
        var arrived = inbox("resident1@example.jp").stream()
                .filter(m -> messageIdOf(m).equals(messageId(mail))).toList();
        assertThat(arrived).singleElement().satisfies(m -> {
            assertThat(m.getHeader("To", ",")).isEqualTo("undisclosed-recipients:;");
            assertThat(m.getHeader("Cc", ",")).isEqualTo(WARD);
            assertThat(m.getHeader("Bcc")).isNull();
            assertThat((String) m.getContent()).contains("http://localhost").contains("/notices")
                    .doesNotContain("resident1@example.jp");
        });
        assertThat(inbox(WARD).stream().filter(m -> messageIdOf(m).equals(messageId(mail)))).hasSize(1);
        assertThat(db.selectFrom(AUDIT_EVENT).where(AUDIT_EVENT.SEQ.gt(auditBefore))
                .and(AUDIT_EVENT.OBJECT_ID.eq(String.valueOf(resident))).fetch())
                .anySatisfy(e -> {
                    assertThat(e.getAction()).isEqualTo("PERSONAL_DATA_READ");
                    assertThat(e.getActorRole()).isEqualTo(DeliveryAddresses.ACTOR_ROLE);
                    assertThat(e.getFields()).isEqualTo("email");
                });
    }

    @Test
    void two_senders_claiming_at_once_deliver_every_message_exactly_once() throws Exception {
        List<Long> mails = new ArrayList<>();
        for (int n = 1; n <= 7; n++) {
            mails.addAll(queue(id("resident" + n), 40));
        }
        var server = smtpAt(SMTP.getSmtp().getPort());
        var a = sender("instance-a", server, settings);
        var b = sender("instance-b", server, settings);
        var pool = Executors.newFixedThreadPool(2);
        List<Callable<Integer>> both = List.of(a::sendDue, b::sendDue);
        int sentA;
        int sentB;
        try {
            var results = pool.invokeAll(both);
            sentA = results.get(0).get();
            sentB = results.get(1).get();
        } finally {
            pool.shutdown();
        }

        Map<String, Integer> atTheWard = new HashMap<>();
        for (MimeMessage m : inbox(WARD)) {
            atTheWard.merge(messageIdOf(m), 1, Integer::sum);
        }
        System.out.printf("two senders: %d and %d messages; %d of ours at the ward%n", sentA, sentB,
                mails.stream().map(this::messageId).filter(atTheWard::containsKey).count());
        assertThat(sentA).isPositive();
        assertThat(sentB).isPositive();
        for (long mail : mails) {
            assertThat(atTheWard.get(messageId(mail))).as("mail %d", mail).isEqualTo(1);
            assertThat(state(mail)).isEqualTo(MailMessageState.SENT);
        }
    }

    @Test
    void an_unreachable_server_keeps_the_row_for_a_retry_with_back_off_and_it_goes_when_the_server_answers()
            throws Exception {
        long mail = queue(id("resident2"), 1).getFirst();
        int closedPort;
        try (var socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }

        sender("down", smtpAt(closedPort), settings).sendDue();

        var row = db.selectFrom(MAIL_MESSAGE).where(MAIL_MESSAGE.ID.eq(mail)).fetchOne();
        assertThat(row.getState()).isEqualTo(MailMessageState.FAILED);
        assertThat(row.getLastError()).isEqualTo("mail.error.smtp-unreachable");
        assertThat(row.getNextAttemptAt()).isAfter(clock.instant().plus(Duration.ofSeconds(20)));
        assertThat(inbox(WARD)).noneMatch(m -> messageIdOf(m).equals(messageId(mail)));

        sender("up", smtpAt(SMTP.getSmtp().getPort()), settings).sendDue();
        assertThat(state(mail)).as("not before its time").isEqualTo(MailMessageState.FAILED);

        clock.advance(Duration.ofMinutes(1));
        sender("up", smtpAt(SMTP.getSmtp().getPort()), settings).sendDue();
        assertThat(state(mail)).isEqualTo(MailMessageState.SENT);
        assertThat(inbox("resident2@example.jp")).filteredOn(m -> messageIdOf(m).equals(messageId(mail))).hasSize(1);
    }

    @Test
    void without_the_wards_address_nothing_is_sent_and_the_rows_wait() {
        long mail = queue(id("resident3"), 1).getFirst();
        var noWard = new MailSettings("", "", "http://localhost", BodyCharset.UTF_8, 20, Duration.ofMinutes(2), 8,
                Duration.ofSeconds(30));

        int sent = sender("no-ward", smtpAt(SMTP.getSmtp().getPort()), noWard).sendDue();

        assertThat(sent).isZero();
        assertThat(state(mail)).isEqualTo(MailMessageState.APPROVED);
        assertThat(SMTP.getReceivedMessages()).isEmpty();
    }

    @Test
    void an_address_that_does_not_parse_refuses_the_mail_keeps_the_row_and_sends_nothing() {
        long handler2 = id("handler2");
        String before = db.select(ACCOUNT.EMAIL).from(ACCOUNT).where(ACCOUNT.ID.eq(handler2)).fetchOne(ACCOUNT.EMAIL);
        db.update(ACCOUNT).set(ACCOUNT.EMAIL, "handler2 at editorial").where(ACCOUNT.ID.eq(handler2)).execute();
        try {
            long mail = queue(handler2, 1).getFirst();

            sender("bad", smtpAt(SMTP.getSmtp().getPort()), settings).sendDue();

            var row = db.selectFrom(MAIL_MESSAGE).where(MAIL_MESSAGE.ID.eq(mail)).fetchOne();
            assertThat(row.getState()).isEqualTo(MailMessageState.FAILED);
            assertThat(row.getLastError()).isEqualTo("mail.refused.address-unparsable:" + handler2);
            assertThat(row.getNextAttemptAt()).as("not retried by itself").isNull();
            assertThat(SMTP.getReceivedMessages()).noneMatch(m -> messageIdOf(m).equals(row.getMessageId()));
        } finally {
            db.update(ACCOUNT).set(ACCOUNT.EMAIL, before).where(ACCOUNT.ID.eq(handler2)).execute();
        }
    }

    @Test
    void in_a_batch_over_one_connection_a_refused_mail_fails_alone_and_every_outcome_is_recorded() {
        long handler2 = id("handler2");
        String before = db.select(ACCOUNT.EMAIL).from(ACCOUNT).where(ACCOUNT.ID.eq(handler2)).fetchOne(ACCOUNT.EMAIL);
        db.update(ACCOUNT).set(ACCOUNT.EMAIL, "handler2 at editorial").where(ACCOUNT.ID.eq(handler2)).execute();
        try {
            List<Long> first = queue(id("resident6"), 3);
            long refused = queue(handler2, 1).getFirst();
            List<Long> after = queue(id("resident7"), 3);

            sender("batch", smtpAt(SMTP.getSmtp().getPort()), settings).sendDue();

            assertThat(state(refused)).isEqualTo(MailMessageState.FAILED);
            for (long mail : concat(first, after)) {
                assertThat(state(mail)).as("mail %d", mail).isEqualTo(MailMessageState.SENT);
                assertThat(inbox(WARD)).filteredOn(m -> messageIdOf(m).equals(messageId(mail))).hasSize(1);
            }
            assertThat(db.select(MAIL_ATTEMPT.OUTCOME).from(MAIL_ATTEMPT)
                    .where(MAIL_ATTEMPT.MAIL_ID.in(concat(concat(first, after), List.of(refused))))
                    .fetch(MAIL_ATTEMPT.OUTCOME))
                    .as("one attempt recorded per mail").hasSize(7)
                    .filteredOn(o -> o == MailAttemptOutcome.SENT).hasSize(6);
        } finally {
            db.update(ACCOUNT).set(ACCOUNT.EMAIL, before).where(ACCOUNT.ID.eq(handler2)).execute();
        }
    }

    static List<Long> concat(List<Long> a, List<Long> b) {
        var all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    static String messageIdOf(MimeMessage message) {
        try {
            return message.getMessageID();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
