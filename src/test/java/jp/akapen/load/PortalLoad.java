package jp.akapen.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import jp.akapen.AkapenSpringTest;
import jp.akapen.TestSupport;
import jp.akapen.account.AccountService;
import jp.akapen.account.NewAccount;
import jp.akapen.account.Role;
import jp.akapen.account.mfa.MfaPolicies;
import jp.akapen.account.mfa.MfaService;
import jp.akapen.bench.CorrectionBenchmark;
import jp.akapen.bench.EditGenerator;
import jp.akapen.bench.Sessions;
import jp.akapen.edition.EditionService;
import jp.akapen.edition.NewCohort;
import jp.akapen.load.VirtualUsers.Person;
import jp.akapen.manuscript.CorrectionService;
import jp.akapen.manuscript.ManuscriptService;
import jp.akapen.manuscript.VersionOrigin;
import jp.akapen.privacy.purpose.PurposeNoticeService;
import jp.akapen.shared.JapaneseDates;
import jp.akapen.shared.PortalUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Issue 17's load test: the portal on its embedded MariaDB, generated data, and N virtual users speaking Vaadin's
 * UIDL through {@link UidlClient} (no browser), in a JVM of their own ({@link VirtualUsers}) on the same machine, so
 * that the portal's heap and pauses hold only the portal's work. Residents (85 %) sign in, open home, their
 * manuscript and its returned round of ~300 changes on 20,000 characters, show the second page of its cards, accept
 * 10, reject 2 and reply to one;
 * contractor handlers (10 %) sign in with a TOTP second factor, open home and an open round's correction view, save a
 * correction of the whole text, then open another round, corrected and with every change's reason given (seeded), and
 * return it (the return and its confirmation), one round per visit;
 * ward staff (5 %) open home, /progress and /audit. Think time between pages, a shorter pause between clicks. Each
 * visit ends with a think time and the top bar's sign-out, and the person signs in again for the next: sign-ins fall
 * all through the run, not only in its first minute while the JIT is still cold. Every
 * step is timed; p50/p95/p99/max and errors per step are printed and written to {@code target/load-report/index.html}.
 * Also the retained heap per signed-in session (the portal's heap after full GC at the end with the sessions open −
 * before, / N).
 *
 * <p>Not a {@code *Test}: the default build leaves it out; {@code .ci/mvn -Pload test} runs it (see README, "Load and
 * memory"). System properties: {@code load.users} (20), {@code load.duration} (s of the whole run, 300),
 * {@code load.rampUp} (s over which users start, 60), {@code load.think} (s, "10-30"), {@code load.pause} (s between
 * clicks on one page, "1-3").
 */
@AkapenSpringTest
class PortalLoad {

    private static final String PASSWORD = VirtualUsers.PASSWORD;
    private static final int USERS = Integer.getInteger("load.users", 20);
    private static final Duration RUN = Duration.ofSeconds(Long.getLong("load.duration", 300));
    private static final Duration RAMP = Duration.ofSeconds(Long.getLong("load.rampUp", 60));
    private static final double[] THINK = VirtualUsers.range(System.getProperty("load.think", "10-30"));
    private static final double[] PAUSE = VirtualUsers.range(System.getProperty("load.pause", "1-3"));
    private static final int HANDLERS = Math.max(1, Math.round(USERS * 0.10f));
    /** Rounds each handler finds ready to return, one per visit: more than a 300-second run's visits. */
    private static final int RETURNS_PER_HANDLER = 8;
    private static final int WARDS = Math.max(1, Math.round(USERS * 0.05f));
    private static final int RESIDENTS = Math.max(1, USERS - HANDLERS - WARDS);
    private static final AtomicInteger YEARS = new AtomicInteger(2700);

    @Autowired
    AccountService accounts;
    @Autowired
    PurposeNoticeService purposeNotice;
    @Autowired
    EditionService editions;
    @Autowired
    ManuscriptService manuscripts;
    @Autowired
    CorrectionService corrections;
    @Autowired
    MfaService mfa;
    @Autowired
    UserDetailsService users;
    @Autowired
    DataSource dataSource;
    @LocalServerPort
    int port;

    @Test
    void virtual_users_sign_in_review_correct_and_oversee() throws Exception {
        long seedStart = System.nanoTime();
        List<Person> people = seed();
        double seedSeconds = (System.nanoTime() - seedStart) / 1e9;
        System.out.printf("load: seeded %d residents, %d handlers, %d ward staff in %.1f s%n", RESIDENTS, HANDLERS, WARDS,
                seedSeconds);
        Path work = Files.createTempDirectory("akapen-load-");
        Path peopleFile = work.resolve("people.tsv");
        Path textFile = work.resolve("corrected.txt");
        Path results = work.resolve("samples.tsv");
        Files.write(peopleFile, people.stream().map(Person::line).toList(), StandardCharsets.UTF_8);
        Files.writeString(textFile, people.getFirst().correctedText(), StandardCharsets.UTF_8);

        long heapBefore = Sessions.heapAfterGc();
        String started = Instant.now().toString();
        long runStart = System.nanoTime();
        var users = VirtualUsersProcess.start(port, peopleFile, textFile, results);
        try {
            long iterations = users.awaitResults(RUN.plusMinutes(15));
            double ranSeconds = (System.nanoTime() - runStart) / 1e9;
            // every virtual user's session is still open (signed in, a UI on its last page): the heap they hold
            long heapAfter = Sessions.heapAfterGc();
            long perSession = (heapAfter - heapBefore) / people.size();

            // then each session's push connection, as every page of a browser has one: its heap and connections
            int connectionsBefore = Sessions.establishedConnections(port);
            long pushed = users.openPush();
            Thread.sleep(3_000);
            long heapWithPush = Sessions.heapAfterGc();
            int pushConnections = Sessions.establishedConnections(port) - connectionsBefore;
            long perPush = pushed == 0 ? 0 : (heapWithPush - heapAfter) / pushed;
            System.out.printf("load: push opened for %d of %d sessions: %d more established connections, heap after"
                    + " full GC %d MB: %d KB more per session with push%n", pushed, people.size(), pushConnections,
                    heapWithPush >> 20, perPush >> 10);

            var report = LoadReport.readSamples(results);
            String table = report.markdown();
            System.out.println(table);
            // the same run without the ramp-up, whose steps (the first sign-ins among them) run while the JIT is cold
            System.out.printf("load: after the ramp-up (steps started %d s or more into the run; errors and KB of the"
                    + " whole run):%n%s%n", RAMP.toSeconds(), report.markdown(RAMP.toNanos()));
            report.errorMessages()
                    .forEach((step, messages) -> System.out.println("errors in " + step + ": " + messages));
            System.out.printf("load: %d users, %.0f s, %d iterations; heap after full GC %d MB before, %d MB with the"
                    + " sessions: %d KB per session%n", people.size(), ranSeconds, iterations, heapBefore >> 20,
                    heapAfter >> 20, perSession >> 10);

            Map<String, String> facts = new LinkedHashMap<>();
            facts.put("started (UTC)", started);
            facts.put("virtual users", people.size() + " (" + RESIDENTS + " residents, " + HANDLERS + " handlers, "
                    + WARDS + " ward staff)");
            facts.put("run", String.format(Locale.ROOT, "%.0f s (ramp-up %d s), %d iterations", ranSeconds,
                    RAMP.toSeconds(), iterations));
            facts.put("think time / pause between clicks", VirtualUsers.fmt(THINK) + " s / " + VirtualUsers.fmt(PAUSE)
                    + " s");
            facts.put("data", RESIDENTS + " residents with acknowledgements, one cohort and edition, manuscripts of "
                    + people.getFirst().correctedText().length() + " characters with a returned round each; "
                    + HANDLERS + " open rounds for the handlers to correct and " + HANDLERS * RETURNS_PER_HANDLER
                    + " corrected and annotated for them to return; seeded in "
                    + String.format(Locale.ROOT, "%.0f s", seedSeconds));
            facts.put("machine", Runtime.getRuntime().availableProcessors() + " cores; load average at the end "
                    + String.format(Locale.ROOT, "%.1f",
                            ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage())
                    + "; the portal in this JVM, the virtual users in a JVM of their own on the same machine");
            facts.put("retained heap per session", (perSession >> 10) + " KB (the portal's heap after full GC "
                    + (heapBefore >> 20) + " MB before the users, " + (heapAfter >> 20)
                    + " MB with their sessions open)");
            facts.put("push", pushed + " of " + people.size() + " sessions opened their push WebSocket at the end: "
                    + pushConnections + " more established connections to the portal, " + (perPush >> 10)
                    + " KB more heap per session (heap after full GC " + (heapWithPush >> 20) + " MB)");
            Path html = report.writeHtml(Path.of("target", "load-report"), "Akapen load test, " + people.size()
                    + " users", facts);
            System.out.println("load: report " + html.toAbsolutePath());
            assertThat(report.rows()).isNotEmpty();
        } finally {
            users.close();
            for (Path file : List.of(peopleFile, textFile, results, work)) {
                Files.deleteIfExists(file);
            }
        }
    }

    // ---- the data, through the services ----

    private List<Person> seed() throws Exception {
        Path dir = Path.of(System.getProperty("akapen.aozora", "../shared/data/aozora"));
        String base = CorrectionBenchmark.base(CorrectionBenchmark.prose(dir), 20_000);
        String corrected = EditGenerator.edit(base, 300, 17);
        String stamp = Long.toString(System.currentTimeMillis() % 1_000_000, 36);
        var jdbc = new JdbcTemplate(dataSource);

        TestSupport.signIn(users, "ward1");
        List<Long> residentIds = new ArrayList<>();
        List<String> residentNames = new ArrayList<>();
        for (int i = 0; i < RESIDENTS; i++) {
            String name = "load-r" + stamp + "-" + i;
            residentIds.add(accounts.create(new NewAccount(name, "筆名" + i, Role.RESIDENT, PASSWORD)).id());
            residentNames.add(name);
        }
        List<String> wardNames = new ArrayList<>();
        for (int i = 0; i < WARDS; i++) {
            String name = "load-w" + stamp + "-" + i;
            accounts.create(new NewAccount(name, "区 職員" + i, Role.WARD_STAFF, PASSWORD));
            wardNames.add(name);
        }
        TestSupport.signIn(users, "manager");
        List<String> handlerNames = new ArrayList<>();
        for (int i = 0; i < HANDLERS; i++) {
            String name = "load-h" + stamp + "-" + i;
            accounts.create(new NewAccount(name, "取扱者" + i, Role.CONTRACTOR_HANDLER, PASSWORD));
            handlerNames.add(name);
        }
        Map<String, String> secrets = new LinkedHashMap<>();
        for (String handler : handlerNames) {
            TestSupport.signIn(users, handler);
            var enrolment = mfa.beginEnrolment();
            // a code of the step before: the virtual user's first code (this step or later) is then still unused
            var outcome = mfa.confirmEnrolment(enrolment,
                    MfaPolicies.codeAt(enrolment.secret(), Instant.now().minusSeconds(30)));
            assertThat(outcome.accepted()).isTrue();
            secrets.put(handler, enrolment.secret());
        }
        for (String resident : residentNames) {
            TestSupport.signIn(users, resident);
            purposeNotice.acknowledge();
        }

        TestSupport.signIn(users, "ward1");
        LocalDate today = LocalDate.now(JapaneseDates.ZONE);
        var cohort = TestSupport.freeYear(YEARS, year -> editions.createCohort(new NewCohort(year,
                LocalDate.of(year, 4, 1), LocalDate.of(year + 1, 3, 31), "負荷試験編集室", residentIds)));
        var edition = editions.createEdition(cohort.id(), 1, "負荷試験号", jp.akapen.demo.DemoSchedule.from(today));
        long handler1 = ((PortalUser) users.loadUserByUsername("handler1")).id();
        for (int i = 0; i < RESIDENTS; i++) {
            editions.addArticle(edition.id(), "負荷試験の原稿 " + i, 20_000, List.of(residentIds.get(i)), handler1);
        }
        Map<Long, Long> manuscriptOf = new ConcurrentHashMap<>();
        manuscripts.visible().stream().filter(m -> m.title().startsWith("負荷試験の原稿 "))
                .filter(m -> residentIds.contains(m.residentId())).forEach(m -> manuscriptOf.put(m.residentId(), m.id()));
        List<Long> handlerManuscripts = new ArrayList<>();
        List<List<Long>> toReturn = new ArrayList<>();
        for (int i = 0; i < HANDLERS; i++) {
            handlerManuscripts.add(manuscripts.assign("添削中の原稿 " + i, residentIds.get(i % RESIDENTS), null).id());
            List<Long> ready = new ArrayList<>();
            for (int k = 0; k < RETURNS_PER_HANDLER; k++) {
                ready.add(manuscripts.assign("返却待ちの原稿 " + i + "-" + k, residentIds.get(ownerToReturn(i, k)), null).id());
            }
            toReturn.add(ready);
        }

        // each resident's draft, corrected by handler1 and returned: 300 edits, every change with its reason and
        // comment written by one UPDATE per round (300 annotate calls each would make seeding long; the load test
        // reads the round, it does not time the annotating).
        AtomicInteger done = new AtomicInteger();
        try (ExecutorService pool = Executors.newSingleThreadExecutor()) {
            List<java.util.concurrent.Future<?>> futures = new ArrayList<>();
            for (int i = 0; i < RESIDENTS; i++) {
                String resident = residentNames.get(i);
                long manuscript = manuscriptOf.get(residentIds.get(i));
                futures.add(pool.submit(() -> {
                    try {
                        TestSupport.signIn(users, resident);
                        manuscripts.saveDraft(manuscript, 0, base, VersionOrigin.DRAFT, null, null);
                        TestSupport.signIn(users, "handler1");
                        var round = corrections.openRound(manuscript, today.plusDays(10));
                        round = corrections.saveCorrection(round.id(), round.lockVersion(), corrected);
                        jdbc.update("UPDATE correction_change SET reason = 'STYLE', comment = ? WHERE round_id = ?",
                                "読みやすく整えました。", round.id());
                        round = corrections.round(manuscript, round.number());
                        corrections.returnRound(round.id(), round.lockVersion());
                        if (done.incrementAndGet() % 50 == 0) {
                            System.out.printf("load: %d rounds returned%n", done.get());
                        }
                    } finally {
                        TestSupport.signOut();
                    }
                }));
            }
            for (int h = 0; h < HANDLERS; h++) {
                String resident = residentNames.get(h % RESIDENTS);
                String handler = handlerNames.get(h);
                long manuscript = handlerManuscripts.get(h);
                futures.add(pool.submit(() -> {
                    try {
                        TestSupport.signIn(users, resident);
                        manuscripts.saveDraft(manuscript, 0, base, VersionOrigin.DRAFT, null, null);
                        TestSupport.signIn(users, handler);
                        var round = corrections.openRound(manuscript, today.plusDays(10));
                        corrections.saveCorrection(round.id(), round.lockVersion(), corrected);
                    } finally {
                        TestSupport.signOut();
                    }
                }));
                // rounds corrected and annotated (as the returned ones above), left open for the handler to return
                for (int k = 0; k < RETURNS_PER_HANDLER; k++) {
                    long ready = toReturn.get(h).get(k);
                    int owner = ownerToReturn(h, k);
                    futures.add(pool.submit(() -> {
                        try {
                            TestSupport.signIn(users, residentNames.get(owner));
                            manuscripts.saveDraft(ready, 0, base, VersionOrigin.DRAFT, null, null);
                            TestSupport.signIn(users, handler);
                            var round = corrections.openRound(ready, today.plusDays(10));
                            corrections.saveCorrection(round.id(), round.lockVersion(), corrected);
                            jdbc.update("UPDATE correction_change SET reason = 'STYLE', comment = ? WHERE round_id = ?",
                                    "読みやすく整えました。", round.id());
                        } finally {
                            TestSupport.signOut();
                        }
                    }));
                }
            }
            for (var future : futures) {
                future.get();
            }
        }
        TestSupport.signOut();

        List<Person> people = new ArrayList<>();
        // interleaved, so that the ramp-up starts every role early
        int r = 0;
        int h = 0;
        int w = 0;
        while (people.size() < RESIDENTS + HANDLERS + WARDS) {
            for (int k = 0; k < 17 && r < RESIDENTS; k++, r++) {
                people.add(new Person(residentNames.get(r), Role.RESIDENT, manuscriptOf.get(residentIds.get(r)), null,
                        corrected, List.of()));
            }
            for (int k = 0; k < 2 && h < HANDLERS; k++, h++) {
                people.add(new Person(handlerNames.get(h), Role.CONTRACTOR_HANDLER, handlerManuscripts.get(h),
                        secrets.get(handlerNames.get(h)), corrected, toReturn.get(h)));
            }
            if (w < WARDS) {
                people.add(new Person(wardNames.get(w++), Role.WARD_STAFF, 0, null, corrected, List.of()));
            }
        }
        return people;
    }

    /** Whose manuscript a handler's {@code k}-th round to return is: the residents in turn. */
    private static int ownerToReturn(int handler, int k) {
        return (handler + k) % RESIDENTS;
    }
}
