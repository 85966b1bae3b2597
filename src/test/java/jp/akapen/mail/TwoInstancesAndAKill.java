package jp.akapen.mail;

import static jp.akapen.db.Tables.MAIL_ATTEMPT;
import static jp.akapen.db.Tables.MAIL_MESSAGE;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.MessagingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import jp.akapen.AkapenApplication;
import jp.akapen.db.enums.MailAttemptOutcome;
import jp.akapen.db.enums.MailMessageState;
import jp.akapen.privacy.audit.chain.AuditKey;
import jp.akapen.privacy.vault.crypto.MasterKey;
import jp.akapen.shared.People;
import jp.akapen.shared.Roles;
import jp.akapen.shared.db.DatabaseAccounts;
import jp.akapen.shared.db.EmbeddedMariaDb;
import jp.akapen.shared.notification.NotificationService;
import org.jooq.DSLContext;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 12's test of two app instances on one database with a kill -9 of one in the middle: the test JVM's own
 * sender is one instance, a second portal started in a child JVM on the same database and the same SMTP server (the
 * test context's demo GreenMail) is the other. Both send notice mails at once; the child is killed (SIGKILL: no
 * shutdown hook, no rollback but the database's own) once it has sent a tenth of them and 7 more; the rows it held
 * are taken over by the survivor when the child's lease (8 s) runs out. Used by {@link OutboxKillTest} (200 mails, in
 * the suite) and {@code jp.akapen.bench.OutboxKillBenchmark} (1,000).
 */
public final class TwoInstancesAndAKill {

    static final String WARD = "ward-office@city.example.jp";
    static final Duration CHILD_LEASE = Duration.ofSeconds(8);

    /**
     * What happened. {@code copies}: how often each of our Message-IDs reached the ward's mailbox (the ward is in Cc
     * on every mail); {@code heldByTheKilled}: the Message-IDs of the rows the child held (SENDING under its lease)
     * when it died, the only ones that may have been handed to SMTP without the SENT being committed.
     */
    public record Result(int mails, Map<String, Integer> copies, Set<String> heldByTheKilled, int sentByChild,
            int sentBySurvivor, int notSent, double childStartSeconds, double sendSeconds) {

        public List<String> duplicates() {
            return copies.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey).toList();
        }

        public long lost() {
            return copies.values().stream().filter(n -> n == 0).count();
        }
    }

    private TwoInstancesAndAKill() {
    }

    public static Result run(ApplicationContext context, int mails) throws Exception {
        var db = context.getBean(DSLContext.class);
        var sender = context.getBean(OutboxSender.class);
        var greenMail = context.getBean("demoGreenMail", GreenMail.class);
        var transactions = context.getBean(TransactionTemplate.class);
        var notices = context.getBean(NotificationService.class);
        List<Long> residents = context.getBean(People.class).withRole(Roles.RESIDENT).stream()
                .map(People.Person::id).toList();
        sender.sendDue(); // whatever earlier tests left due

        Path log = Path.of("target", "mail-kill-child-" + System.nanoTime() + ".log");
        Files.createDirectories(log.getParent());
        long startAsked = System.nanoTime();
        Process child = startChild(context, greenMail.getSmtp().getPort(), log);
        try {
            waitForStart(child, log);
            double childStart = (System.nanoTime() - startAsked) / 1e9;
            String childInstance = "%/" + child.pid() + "/%";

            List<Long> noticeIds = new ArrayList<>();
            transactions.executeWithoutResult(s -> {
                for (int i = 0; i < mails; i++) {
                    noticeIds.add(notices.notifyAccount(residents.get(i % residents.size()), "notice.account.welcome",
                            "notices", "kill"));
                }
            });
            List<Long> ours = db.select(MAIL_MESSAGE.ID).from(MAIL_MESSAGE).where(MAIL_MESSAGE.NOTICE_ID.in(noticeIds))
                    .fetch(MAIL_MESSAGE.ID);
            if (ours.size() != mails) {
                throw new IllegalStateException("expected " + mails + " queued mails, found " + ours.size());
            }
            long sendStart = System.nanoTime();
            var stop = new AtomicBoolean();
            var survivor = Thread.ofPlatform().name("survivor-sender").start(() -> {
                while (!stop.get()) {
                    sender.sendDue();
                    sleep(100);
                }
            });

            // a tenth, plus 7 so that the kill falls inside one of the child's batches of 20, not between two
            int killAt = mails / 10 + 7;
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (sentBy(db, ours, childInstance) < killAt) {
                if (!child.isAlive() || System.nanoTime() > deadline) {
                    stop.set(true);
                    throw new IllegalStateException("the child sent " + sentBy(db, ours, childInstance)
                            + " mails and " + (child.isAlive() ? "is still alive" : "died") + "; see " + log);
                }
                sleep(5);
            }
            child.destroyForcibly(); // SIGKILL
            child.waitFor(10, TimeUnit.SECONDS);
            Set<String> held = Set.copyOf(db.select(MAIL_MESSAGE.MESSAGE_ID).from(MAIL_MESSAGE)
                    .where(MAIL_MESSAGE.ID.in(ours), MAIL_MESSAGE.STATE.eq(MailMessageState.SENDING),
                            MAIL_MESSAGE.LEASE_OWNER.like(childInstance))
                    .fetch(MAIL_MESSAGE.MESSAGE_ID));

            deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
            while (db.fetchCount(MAIL_MESSAGE, MAIL_MESSAGE.ID.in(ours), MAIL_MESSAGE.STATE.eq(MailMessageState.SENT))
                    < mails && System.nanoTime() < deadline) {
                sleep(100);
            }
            double sendSeconds = (System.nanoTime() - sendStart) / 1e9;
            stop.set(true);
            survivor.join();

            Map<String, Integer> copies = new HashMap<>();
            db.select(MAIL_MESSAGE.MESSAGE_ID).from(MAIL_MESSAGE).where(MAIL_MESSAGE.ID.in(ours))
                    .forEach(r -> copies.put(r.value1(), 0));
            greenMail.findReceivedMessages(u -> u.getEmail().equalsIgnoreCase(WARD), m -> true).forEach(m -> {
                try {
                    copies.computeIfPresent(m.getMessageID(), (id, n) -> n + 1);
                } catch (MessagingException e) {
                    throw new IllegalStateException(e);
                }
            });
            int notSent = db.fetchCount(MAIL_MESSAGE, MAIL_MESSAGE.ID.in(ours),
                    MAIL_MESSAGE.STATE.ne(MailMessageState.SENT));
            int byChild = sentBy(db, ours, childInstance);
            int bySurvivor = db.fetchCount(MAIL_ATTEMPT, MAIL_ATTEMPT.MAIL_ID.in(ours),
                    MAIL_ATTEMPT.OUTCOME.eq(MailAttemptOutcome.SENT), MAIL_ATTEMPT.INSTANCE.eq(sender.instance()));
            return new Result(mails, copies, held, byChild, bySurvivor, notSent, childStart, sendSeconds);
        } finally {
            child.destroyForcibly();
        }
    }

    private static int sentBy(DSLContext db, List<Long> ours, String instance) {
        return db.fetchCount(MAIL_ATTEMPT, MAIL_ATTEMPT.MAIL_ID.in(ours),
                MAIL_ATTEMPT.OUTCOME.eq(MailAttemptOutcome.SENT), MAIL_ATTEMPT.INSTANCE.like(instance));
    }

    /** The second instance: the portal itself, on the test's database, keys and SMTP server, sending every 0.1 s. */
    private static Process startChild(ApplicationContext context, int smtpPort, Path log) throws Exception {
        var env = context.getEnvironment();
        if (!env.getProperty("akapen.db.url", "").isBlank()) {
            throw new IllegalStateException("this rig hands the embedded test database to the child; with"
                    + " AKAPEN_DB_URL the child would need that database's credentials");
        }
        String[] account = DatabaseAccounts.app(context.getBean(EmbeddedMariaDb.class));
        List<String> command = new ArrayList<>(List.of(
                ProcessHandle.current().info().command().orElse(System.getProperty("java.home") + "/bin/java"),
                "-Xmx512m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                AkapenApplication.class.getName(),
                "--server.port=0", "--akapen.demo=false", "--akapen.security.mfa-required=false",
                "--akapen.db.url=" + account[0], "--akapen.db.username=" + account[1],
                "--akapen.db.password=" + account[2],
                "--akapen.vault.master-key=" + context.getBean(MasterKey.class).toBase64(),
                "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + smtpPort,
                "--akapen.mail.ward-address=" + WARD, "--akapen.mail.sender-enabled=true",
                "--akapen.mail.send-every=PT0.1S", "--akapen.mail.lease=" + CHILD_LEASE,
                "--akapen.backup.cron=-", "--akapen.audit.verify-cron=-", "--logging.level.root=warn",
                "--logging.level.jp.akapen=info"));
        if (env.getProperty("akapen.audit.key-file", "").isBlank() && env.getProperty("akapen.audit.key", "").isBlank()) {
            command.add("--akapen.audit.key-file=" + auditKeyFile(context));
        }
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    /**
     * The demo audit key file the test context generated under target/test-vault: akapen.audit.demo-key-file names a
     * random folder (${random.uuid} resolves anew at each reading), so the file is found by its key's fingerprint.
     */
    private static Path auditKeyFile(ApplicationContext context) throws Exception {
        String fingerprint = context.getBean(AuditKey.class).fingerprint();
        Path configured = Path.of(context.getEnvironment().resolvePlaceholders(
                "${akapen.vault.demo-key-file:${user.home}/.akapen/vault-master.key}"));
        try (var folders = Files.list(configured.getParent().getParent())) {
            for (Path folder : folders.toList()) {
                Path key = folder.resolve(configured.getFileName() + ".audit");
                if (Files.isRegularFile(key) && AuditKey.of(Base64.getDecoder().decode(Files.readString(key).strip()))
                        .fingerprint().equals(fingerprint)) {
                    return key;
                }
            }
        }
        throw new IllegalStateException("the test context's audit key was not found under " + configured.getParent());
    }

    private static void waitForStart(Process child, Path log) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
        while (System.nanoTime() < deadline) {
            if (!child.isAlive()) {
                throw new IllegalStateException("the second instance stopped at start; see " + log);
            }
            if (Files.readString(log, StandardCharsets.UTF_8).contains("Started AkapenApplication")) {
                return;
            }
            sleep(200);
        }
        throw new IllegalStateException("the second instance did not start within 180 s; see " + log);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
