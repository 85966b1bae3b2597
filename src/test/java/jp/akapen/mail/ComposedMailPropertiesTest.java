package jp.akapen.mail;

import static jp.akapen.db.Tables.ACCOUNT;
import static jp.akapen.db.Tables.MAIL_MESSAGE;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import jp.akapen.AkapenSpringTest;
import jp.akapen.TestSupport;
import jp.akapen.TestSupport.MovableClock;
import jp.akapen.mail.MailComposer.Draft;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.jooq.DSLContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.TestContextManager;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * A hundred randomly composed mails, drafted, approved or not by someone or other, edited or changed behind the service's back,
 * sent through a real SMTP server (GreenMail) and read as they arrived (seed E1, E2, E4; issue 12): no resident's
 * address in To or Cc, the ward in Cc on every one, none sent without an approver other than its drafter, none sent
 * after an edit voided its approval. jqwik runs it; Spring's test context (the same one every Spring test shares) is
 * attached by hand, since jqwik does not run JUnit extensions.
 */
@AkapenSpringTest
class ComposedMailPropertiesTest {

    static final String WARD = "ward-office@city.example.jp";
    static final List<String> PEOPLE = List.of("manager", "handler1", "handler2", "staff1");
    static GreenMail smtp;

    @Autowired
    MailComposer composer;
    @Autowired
    UserDetailsService users;
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

    ComposedMailPropertiesTest() throws Exception {
        new TestContextManager(ComposedMailPropertiesTest.class).prepareTestInstance(this);
    }

    @BeforeContainer
    static void startSmtp() {
        smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        smtp.start();
    }

    @AfterContainer
    static void stopSmtp() {
        smtp.stop();
    }

    /** What happens to one mail: who writes it to whom, and what befalls it before the sender runs. */
    record Scenario(Set<Integer> residents, String subject, String body, int drafter, int approver,
            boolean submitted, boolean editedAfterApproval, boolean changedBehindTheServicesBack) {

        boolean shouldArrive() {
            return submitted && approver != drafter && approver != 3 && !editedAfterApproval
                    && !changedBehindTheServicesBack;
        }
    }

    @Provide
    Arbitrary<Scenario> scenarios() {
        var text = Arbitraries.strings().withCharRange('ぁ', 'ん').withCharRange('一', '龠').withChars("、。ABCxyz019 ");
        var residents = Arbitraries.integers().between(1, 7).set().ofMinSize(1).ofMaxSize(7);
        var subject = text.ofMinLength(1).ofMaxLength(60).filter(s -> !s.isBlank());
        var body = Arbitraries.strings().withCharRange('ぁ', 'ん').withCharRange('一', '龠').withChars("、。\nAa1 ")
                .ofMinLength(1).ofMaxLength(400).filter(s -> !s.isBlank());
        var person = Arbitraries.integers().between(0, 3);
        return Combinators.combine(residents, subject, body, Arbitraries.integers().between(0, 2), person,
                        Arbitraries.of(true, true, true, true, true, false),
                        Arbitraries.of(false, false, false, false, false, true),
                        Arbitraries.of(false, false, false, false, false, false, false, true))
                .as(Scenario::new);
    }

    @Property(tries = 100)
    void what_arrives_keeps_residents_hidden_the_ward_in_cc_and_four_eyes_on_its_content(
            @ForAll("scenarios") Scenario scenario) throws Exception {
        check(scenario);
    }

    /** One scenario played and what arrived read; also run 1,000 times by {@link ComposedMailPropertiesBenchmark}. */
    void check(Scenario scenario) throws Exception {
        Statistics.label("outcome").collect(scenario.shouldArrive() ? "sent" : "held back");
        List<Long> recipients = scenario.residents().stream().sorted().map(n -> id("resident" + n)).toList();
        String drafter = PEOPLE.get(scenario.drafter());
        String approver = PEOPLE.get(scenario.approver());
        try {
            TestSupport.signIn(users, drafter);
            long mail = composer.save(null, new Draft(recipients, "性質: " + scenario.subject(), scenario.body()));
            String hash = composer.mail(mail).contentHash();
            if (scenario.submitted()) {
                composer.submit(mail);
            }
            TestSupport.signIn(users, approver);
            try {
                composer.approve(mail, hash);
            } catch (ComposeException refused) {
                // the rules said no; nothing may arrive
            }
            if (scenario.editedAfterApproval()) {
                TestSupport.signIn(users, drafter);
                composer.save(mail, new Draft(recipients, "性質: " + scenario.subject(), scenario.body() + "追記"));
            }
            if (scenario.changedBehindTheServicesBack()) {
                db.update(MAIL_MESSAGE).set(MAIL_MESSAGE.BODY, scenario.body() + "（承認後に書き換え）")
                        .where(MAIL_MESSAGE.ID.eq(mail)).execute();
            }
            TestSupport.signOut();

            sender().sendDue();

            var row = db.selectFrom(MAIL_MESSAGE).where(MAIL_MESSAGE.ID.eq(mail)).fetchOne();
            List<MimeMessage> arrived = Arrays.stream(smtp.getReceivedMessages())
                    .filter(m -> row.getMessageId().equals(messageId(m))).toList();
            Set<String> residentAddresses = scenario.residents().stream().map(n -> "resident" + n + "@example.jp")
                    .collect(Collectors.toSet());
            for (MimeMessage m : arrived) {
                assertThat(addresses(m, RecipientType.TO)).doesNotContainAnyElementsOf(allResidents());
                assertThat(addresses(m, RecipientType.CC)).containsExactly(WARD);
                assertThat(m.getHeader("Bcc")).isNull();
            }
            if (!arrived.isEmpty()) {
                assertThat(row.getApprovedBy()).isNotNull().isNotEqualTo(row.getDraftedBy());
                assertThat(row.getApprovalHash()).isEqualTo(
                        MailComposer.contentHash(recipients, row.getSubject(), row.getBody()));
            }
            // one copy per resident in Bcc and one at the ward, or nothing at all
            assertThat(arrived).hasSize(scenario.shouldArrive() ? residentAddresses.size() + 1 : 0);
            if (scenario.shouldArrive()) {
                for (String resident : residentAddresses) {
                    assertThat(smtp.findReceivedMessages(u -> u.getEmail().equalsIgnoreCase(resident),
                            s -> true).filter(m -> row.getMessageId().equals(messageId(m)))).hasSize(1);
                }
            }
        } finally {
            TestSupport.signOut();
        }
    }

    OutboxSender sender() {
        var server = new JavaMailSenderImpl();
        server.setHost("127.0.0.1");
        server.setPort(smtp.getSmtp().getPort());
        var provider = new StaticListableBeanFactory(Map.of("smtp", server)).getBeanProvider(JavaMailSender.class);
        return new OutboxSender(outbox, addresses, provider, settings, clock, transactions, "property");
    }

    long id(String username) {
        return db.select(ACCOUNT.ID).from(ACCOUNT).where(ACCOUNT.USERNAME.eq(username)).fetchOne(ACCOUNT.ID);
    }

    static Set<String> allResidents() {
        return java.util.stream.IntStream.rangeClosed(1, 7).mapToObj(n -> "resident" + n + "@example.jp")
                .collect(Collectors.toSet());
    }

    static List<String> addresses(MimeMessage m, RecipientType type) throws MessagingException {
        var list = m.getRecipients(type);
        return list == null ? List.of() : Arrays.stream(list).map(a -> ((InternetAddress) a).getAddress().toLowerCase())
                .toList();
    }

    static String messageId(MimeMessage m) {
        try {
            return m.getMessageID();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
