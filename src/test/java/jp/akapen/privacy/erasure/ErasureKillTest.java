package jp.akapen.privacy.erasure;

import static jp.akapen.db.Tables.AUDIT_EVENT;
import static jp.akapen.db.Tables.DATA_KEY;
import static jp.akapen.db.Tables.ERASURE;
import static jp.akapen.db.Tables.ERASURE_RECORD;
import static jp.akapen.db.Tables.ERASURE_STEP;
import static jp.akapen.db.Tables.LECTURE_CHECKIN_FAILURE;
import static jp.akapen.db.Tables.LECTURE_INVITATION;
import static jp.akapen.db.Tables.MAIL_RECIPIENT;
import static jp.akapen.db.Tables.PORTAL_FILE_READER;
import static jp.akapen.db.Tables.SURVEY_COMPLETION;
import static jp.akapen.db.Tables.SURVEY_RESPONSE;
import static jp.akapen.db.Tables.VAULT_ENTRY;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import jp.akapen.db.enums.ErasureStepState;
import jp.akapen.privacy.vault.crypto.MasterKey;
import jp.akapen.shared.db.DatabaseAccounts;
import jp.akapen.shared.db.EmbeddedMariaDb;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14 item 4 (seed D1, D2): "kill -9 of the app in the middle, start again → it completes once; the
 * certificate's counts are right", for real. The portal itself runs in a child JVM ({@link ErasingPortal}: the
 * application plus the call the ward's approval makes) on a throw-away MariaDB seeded with a cohort of
 * {@value #RESIDENTS} residents with records in every category the erasure covers; its own erasure job runs the
 * erasure in batches of {@value #BATCH}. Once the database shows {@value #KILL_AT} records in the ledger, the child is
 * killed with SIGKILL (no shutdown hook, no rollback but the database's own). A second portal, the application as is,
 * takes the run over when the first one's lease (2 s) has run out and finishes it. The step counts are what the
 * certificate prints; the manifest's hash is what it and the ledger file carry.
 *
 * <p>Two whole portals rather than a smaller Spring context: "kill -9 of the app" is this, and each start costs
 * about as much as the context a test would build instead.
 */
class ErasureKillTest {

    static final int RESIDENTS = 800;
    static final int MAILS = 40;
    static final int BATCH = 20;
    static final int KILL_AT = 1_500;

    final List<Process> children = new ArrayList<>();
    /** The ledger, the portals' logs and their temporary files (a killed JVM leaves Tomcat's base folder behind). */
    @TempDir
    Path folder;
    EmbeddedMariaDb server;

    @AfterEach
    void stop() {
        children.forEach(Process::destroyForcibly);
        if (server != null) {
            server.stop();
        }
    }

    @Test
    void an_erasure_whose_portal_is_killed_half_way_is_finished_exactly_once_and_a_restored_backup_is_erased_again()
            throws Exception {
        long began = System.nanoTime();
        server = EmbeddedMariaDb.throwAway();
        server.migrate();
        String[] account = DatabaseAccounts.app(server);
        DSLContext db = DSL.using(server.ownerConnection(), SQLDialect.MARIADB);
        MasterKey master = MasterKey.generate(new SecureRandom());
        var seeded = ErasureSeed.cohort(db, master, RESIDENTS, MAILS);
        String[] owner = DatabaseAccounts.owner(server);
        byte[] backup = jp.akapen.privacy.SchemaDump.of(db, owner[1], owner[2]);
        double seededAt = seconds(began);
        long total = seeded.expected().values().stream().mapToLong(Long::longValue).sum();
        Path ledgerFile = folder.resolve("erasure-ledger");
        byte[] auditKey = new byte[32];
        new SecureRandom().nextBytes(auditKey);
        List<String> settings = List.of("--server.port=0", "--akapen.demo=false",
                "--akapen.security.mfa-required=false", "--akapen.db.url=" + account[0],
                "--akapen.db.username=" + account[1], "--akapen.db.password=" + account[2],
                "--akapen.vault.master-key=" + master.toBase64(),
                "--akapen.audit.key=" + Base64.getEncoder().encodeToString(auditKey),
                "--akapen.erasure.batch-size=" + BATCH, "--akapen.erasure.run-every=PT0.2S",
                "--akapen.erasure.lease=PT2S", "--akapen.erasure.ledger-file=" + ledgerFile,
                "--akapen.mail.sender-enabled=false", "--akapen.backup.cron=-", "--akapen.audit.verify-cron=-",
                "--akapen.retention.check-cron=-", "--akapen.lecture.reminder-every=PT24H",
                "--logging.level.root=warn", "--logging.level.jp.akapen=info");

        List<String> firstSettings = new ArrayList<>(settings);
        firstSettings.addAll(List.of("--erase.cohort=" + seeded.cohortId(), "--erase.operator=" + seeded.managerId(),
                "--erase.validator=" + seeded.wardId()));
        Path firstLog = folder.resolve("first.log");
        Process first = start(firstSettings, firstLog);
        await(() -> ledgerRows(db, seeded.cohortId()) >= KILL_AT, first, firstLog, Duration.ofSeconds(120));
        double killedAt = seconds(began);
        first.destroyForcibly();
        assertThat(first.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(first.exitValue()).as("killed by SIGKILL (128 + 9)").isEqualTo(137);

        var cut = db.selectFrom(ERASURE).where(ERASURE.COHORT_ID.eq(seeded.cohortId())).fetchOne();
        long rowsAtKill = ledgerRows(db, seeded.cohortId());
        assertThat(cut.getState().getLiteral()).isEqualTo("RUNNING");
        assertThat(cut.getClaimedBy()).as("the killed portal held the run").startsWith(first.pid() + "@");
        assertThat(rowsAtKill).as("killed in the middle").isBetween((long) KILL_AT, total - 1);
        assertThat(sumOfSteps(db, cut.getId())).isEqualTo(rowsAtKill);
        assertThat(Files.exists(ledgerFile) ? Files.readString(ledgerFile) : "").doesNotContain("cohort=" + seeded.cohortId() + " ");

        Path secondLog = folder.resolve("second.log");
        Process second = start(settings, secondLog);
        await(() -> "DONE".equals(db.select(ERASURE.STATE).from(ERASURE).where(ERASURE.ID.eq(cut.getId()))
                .fetchOne(ERASURE.STATE).getLiteral()), second, secondLog, Duration.ofSeconds(120));
        double finishedAt = seconds(began);
        second.destroy();
        second.waitFor(20, TimeUnit.SECONDS);

        var done = db.selectFrom(ERASURE).where(ERASURE.ID.eq(cut.getId())).fetchOne();
        Map<String, Long> counts = new LinkedHashMap<>();
        db.selectFrom(ERASURE_STEP).where(ERASURE_STEP.ERASURE_ID.eq(done.getId())).orderBy(ERASURE_STEP.POSITION)
                .forEach(s -> {
                    assertThat(s.getState()).as(s.getCategory()).isEqualTo(ErasureStepState.DONE);
                    counts.put(s.getCategory(), s.getErased());
                });
        assertThat(counts).as("each category's count, as the certificate prints it").isEqualTo(seeded.expected());
        Map<String, Integer> ledger = db.select(ERASURE_RECORD.CATEGORY, DSL.count()).from(ERASURE_RECORD)
                .where(ERASURE_RECORD.ERASURE_ID.eq(done.getId())).groupBy(ERASURE_RECORD.CATEGORY)
                .fetchMap(ERASURE_RECORD.CATEGORY, DSL.count());
        counts.forEach((category, n) -> assertThat(ledger.get(category)).as(category).isEqualTo(n.intValue()));
        assertThat(db.select(ERASURE_RECORD.RECORD_ID).from(ERASURE_RECORD)
                .where(ERASURE_RECORD.ERASURE_ID.eq(done.getId()), ERASURE_RECORD.CATEGORY.eq("vault_entry"))
                .fetchSet(ERASURE_RECORD.RECORD_ID))
                .isEqualTo(seeded.residentIds().stream().map(id -> "person:" + id).collect(Collectors.toSet()));

        String manifest = ErasureManifest.sha256(ErasureManifest.text(seeded.cohortId(), done.getKeyId(),
                db.select(ERASURE_RECORD.CATEGORY, ERASURE_RECORD.RECORD_ID).from(ERASURE_RECORD)
                        .join(ERASURE_STEP).on(ERASURE_STEP.ERASURE_ID.eq(ERASURE_RECORD.ERASURE_ID)
                                .and(ERASURE_STEP.CATEGORY.eq(ERASURE_RECORD.CATEGORY)))
                        .where(ERASURE_RECORD.ERASURE_ID.eq(done.getId()))
                        .orderBy(ERASURE_STEP.POSITION, ERASURE_RECORD.RECORD_ID)
                        .fetch(r -> new String[] {r.value1(), r.value2()})));
        assertThat(done.getManifestSha256()).isEqualTo(manifest);
        List<String> lines = Files.readAllLines(ledgerFile, StandardCharsets.UTF_8).stream()
                .filter(l -> l.contains(" cohort=" + seeded.cohortId() + " ")).toList();
        assertThat(lines).as("one line in the ledger file").singleElement()
                .satisfies(l -> assertThat(l).contains("manifest=" + manifest));

        Map<String, Integer> events = db.select(AUDIT_EVENT.ACTION, DSL.count()).from(AUDIT_EVENT)
                .where(AUDIT_EVENT.OBJECT_TYPE.eq("cohort"), AUDIT_EVENT.OBJECT_ID.eq(String.valueOf(seeded.cohortId())))
                .groupBy(AUDIT_EVENT.ACTION).fetchMap(AUDIT_EVENT.ACTION, DSL.count());
        assertThat(events).containsExactlyInAnyOrderEntriesOf(Map.of("ERASURE_REQUESTED", 1, "ERASURE_STARTED", 1,
                "ERASURE_STEP_FINISHED", seeded.expected().size(), "ERASURE_VERIFIED", 1, "ERASURE_FINISHED", 1));
        assertThat(Files.readString(secondLog)).contains("Erased the personal data of cohort " + seeded.cohortId());
        assertThat(Files.readString(firstLog)).doesNotContain("Erased the personal data of cohort");

        var residents = seeded.residentIds();
        assertThat(db.fetchCount(VAULT_ENTRY, VAULT_ENTRY.ACCOUNT_ID.in(residents))).isZero();
        assertThat(db.fetchCount(DATA_KEY, DATA_KEY.WRAPPED.isNotNull(), DATA_KEY.SCOPE_ID.eq(seeded.cohortId()),
                DATA_KEY.SCOPE.eq(jp.akapen.db.enums.DataKeyScope.COHORT))).isZero();
        assertThat(db.fetchCount(LECTURE_INVITATION, LECTURE_INVITATION.RESIDENT_ID.in(residents),
                LECTURE_INVITATION.NOTE.isNotNull())).isZero();
        assertThat(db.fetchCount(LECTURE_CHECKIN_FAILURE, LECTURE_CHECKIN_FAILURE.RESIDENT_ID.in(residents))).isZero();
        assertThat(db.fetchCount(SURVEY_RESPONSE, SURVEY_RESPONSE.RESIDENT_ID.in(residents))).isZero();
        assertThat(db.fetchCount(SURVEY_COMPLETION, SURVEY_COMPLETION.RESIDENT_ID.in(residents))).isZero();
        assertThat(db.fetchCount(MAIL_RECIPIENT, MAIL_RECIPIENT.ACCOUNT_ID.in(residents))).isZero();
        assertThat(db.fetchCount(PORTAL_FILE_READER, PORTAL_FILE_READER.ACCOUNT_ID.in(residents))).isZero();
        assertThat(ErasureFixture.textColumnsHolding(db, seeded.canaries())).as("text columns holding a canary").isEmpty();
        double checkedAt = seconds(began);

        // item 5: the backup taken before the erasure is restored with the server's own client, as an administrator
        // would; the next start finds the erased cohort present again through the ledger file and erases it anew
        jp.akapen.privacy.SchemaDump.load(db, owner[1], owner[2], backup);
        assertThat(db.fetchCount(VAULT_ENTRY, VAULT_ENTRY.ACCOUNT_ID.in(residents))).as("the backup brought them back")
                .isEqualTo(residents.size());
        assertThat(db.fetchCount(ERASURE, ERASURE.COHORT_ID.eq(seeded.cohortId()))).as("and forgot the erasure").isZero();
        Path thirdLog = folder.resolve("third.log");
        Process third = start(settings, thirdLog);
        await(() -> db.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTION.eq("ERASURE_FINISHED"),
                AUDIT_EVENT.OBJECT_ID.eq(String.valueOf(seeded.cohortId()))) > 0, third, thirdLog, Duration.ofSeconds(180));
        double reappliedAt = seconds(began);
        third.destroy();
        third.waitFor(20, TimeUnit.SECONDS);
        assertThat(db.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTION.eq("ERASURE_REAPPLIED"))).as("audited").isEqualTo(1);
        assertThat(db.fetchCount(VAULT_ENTRY, VAULT_ENTRY.ACCOUNT_ID.in(residents))).isZero();
        assertThat(db.fetchCount(DATA_KEY, DATA_KEY.WRAPPED.isNotNull(), DATA_KEY.SCOPE_ID.eq(seeded.cohortId()),
                DATA_KEY.SCOPE.eq(jp.akapen.db.enums.DataKeyScope.COHORT))).isZero();
        assertThat(ErasureFixture.textColumnsHolding(db, seeded.canaries())).as("canaries after the restore").isEmpty();
        for (Path log : List.of(firstLog, secondLog, thirdLog)) {
            String written = Files.readString(log, StandardCharsets.UTF_8);
            assertThat(written).as("the log written meanwhile").isNotBlank().doesNotContain(seeded.canaries());
        }
        System.out.printf("ErasureKillTest: database and seed %.1f s, first portal killed at %.1f s after %d of %d"
                + " ledger rows, second portal done at %.1f s, checked at %.1f s, backup restored and erased again by"
                + " a third start at %.1f s; load average %.2f%n", seededAt, killedAt, rowsAtKill, total, finishedAt,
                checkedAt, reappliedAt,
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private Process start(List<String> settings, Path log) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                ProcessHandle.current().info().command().orElse(System.getProperty("java.home") + "/bin/java"),
                "-Xmx512m", "-XX:TieredStopAtLevel=1", "-Djava.io.tmpdir=" + folder, "-cp", System.getProperty("java.class.path"),
                ErasingPortal.class.getName()));
        command.addAll(settings);
        Process child = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        children.add(child);
        return child;
    }

    private static void await(BooleanSupplier condition, Process child, Path log, Duration limit) throws Exception {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            if (!child.isAlive() || System.nanoTime() > deadline) {
                throw new AssertionError("the portal " + (child.isAlive() ? "is still at it" : "stopped") + "; its log:\n"
                        + tail(log));
            }
            Thread.sleep(5);
        }
    }

    private static String tail(Path log) throws IOException {
        var lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private static long ledgerRows(DSLContext db, long cohortId) {
        return db.fetchCount(ERASURE_RECORD, ERASURE_RECORD.ERASURE_ID.in(
                DSL.select(ERASURE.ID).from(ERASURE).where(ERASURE.COHORT_ID.eq(cohortId))));
    }

    private static long sumOfSteps(DSLContext db, long erasureId) {
        return db.select(DSL.sum(ERASURE_STEP.ERASED)).from(ERASURE_STEP).where(ERASURE_STEP.ERASURE_ID.eq(erasureId))
                .fetchOne(0, Long.class);
    }
}
