package jp.akapen.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
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
 * UIDL through {@link UidlClient} (no browser). Residents (85 %) sign in, open home, their manuscript and its returned
 * round of ~300 changes on 20,000 characters, show the second page of its cards, accept 10, reject 2 and reply to one;
 * contractor handlers (10 %) sign in with a TOTP second factor, open home and an open round's correction view, and
 * save a correction of the whole text;
 * ward staff (5 %) open home, /progress and /audit. Think time between pages, a shorter pause between clicks. Each
 * visit ends with a think time and the top bar's sign-out, and the person signs in again for the next: sign-ins fall
 * all through the run, not only in its first minute while the JIT is still cold. Every
 * step is timed; p50/p95/p99/max and errors per step are printed and written to {@code target/load-report/index.html}.
 * Also the retained heap per signed-in session (heap after full GC at the end with the sessions open − before, / N).
 *
 * <p>Not a {@code *Test}: the default build leaves it out; {@code .ci/mvn -Pload test} runs it (see README, "Load and
 * memory"). System properties: {@code load.users} (20), {@code load.duration} (s of the whole run, 300),
 * {@code load.rampUp} (s over which users start, 60), {@code load.think} (s, "10-30"), {@code load.pause} (s between
 * clicks on one page, "1-3").
 */
@AkapenSpringTest
class PortalLoad {

    static final String PASSWORD = "akapen-load-2026";
    private static final int USERS = Integer.getInteger("load.users", 20);
    private static final Duration RUN = Duration.ofSeconds(Long.getLong("load.duration", 300));
    private static final Duration RAMP = Duration.ofSeconds(Long.getLong("load.rampUp", 60));
    private static final double[] THINK = range(System.getProperty("load.think", "10-30"));
    private static final double[] PAUSE = range(System.getProperty("load.pause", "1-3"));
    private static final int HANDLERS = Math.max(1, Math.round(USERS * 0.10f));
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

    private final LoadReport report = new LoadReport();
    private final Map<String, Long> lastTotpStep = new ConcurrentHashMap<>();
    private final AtomicLong iterations = new AtomicLong();
    private volatile boolean stopping;
    private static volatile long deadline = Long.MAX_VALUE;
    /** The tab of the virtual user on this thread, whose received bytes each step adds to its figures. */
    private static final ThreadLocal<UidlClient> TAB = new ThreadLocal<>();
    /** Each virtual user's last tab, whose push connection is opened at the end to measure what push costs. */
    private static final Map<String, UidlClient> LAST_TAB = new java.util.concurrent.ConcurrentHashMap<>();

    record Person(String username, Role role, long manuscriptId, String totpSecret, String correctedText) {
    }

    @Test
    void virtual_users_sign_in_review_correct_and_oversee() throws Exception {
        long seedStart = System.nanoTime();
        List<Person> people = seed();
        double seedSeconds = (System.nanoTime() - seedStart) / 1e9;
        System.out.printf("load: seeded %d residents, %d handlers, %d ward staff in %.1f s%n", RESIDENTS, HANDLERS, WARDS,
                seedSeconds);

        long heapBefore = Sessions.heapAfterGc();
        var http = UidlClient.httpClient();
        long runStart = System.nanoTime();
        PortalLoad.runStart = runStart;
        long deadline = runStart + RUN.toNanos();
        PortalLoad.deadline = deadline;
        String started = Instant.now().toString();
        try (ExecutorService virtualUsers = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < people.size(); i++) {
                Person person = people.get(i);
                long startAt = runStart + RAMP.toNanos() * i / Math.max(1, people.size());
                virtualUsers.submit(() -> {
                    sleepUntil(startAt);
                    virtualUser(http, person, deadline);
                });
            }
            virtualUsers.shutdown();
            if (!virtualUsers.awaitTermination(RUN.toSeconds() + 600, TimeUnit.SECONDS)) {
                stopping = true;
                virtualUsers.shutdownNow();
            }
        }
        double ranSeconds = (System.nanoTime() - runStart) / 1e9;
        // every virtual user's session is still open (signed in, a UI on its last page): the heap they hold
        long heapAfter = Sessions.heapAfterGc();
        long perSession = (heapAfter - heapBefore) / people.size();

        // then each session's push connection, as every page of a browser has one: its heap and connections
        int connectionsBefore = Sessions.establishedConnections(port);
        long pushed = LAST_TAB.values().stream().filter(UidlClient::openPush).count();
        Thread.sleep(3_000);
        long heapWithPush = Sessions.heapAfterGc();
        int pushConnections = Sessions.establishedConnections(port) - connectionsBefore;
        long perPush = pushed == 0 ? 0 : (heapWithPush - heapAfter) / pushed;
        System.out.printf("load: push opened for %d of %d sessions: %d more established connections, heap after full GC"
                + " %d MB: %d KB more per session with push%n", pushed, LAST_TAB.size(), pushConnections,
                heapWithPush >> 20, perPush >> 10);

        String table = report.markdown();
        System.out.println(table);
        // the same run without the ramp-up, whose steps (the first sign-ins among them) run while the JIT is still cold
        System.out.printf("load: after the ramp-up (steps started %d s or more into the run; errors and KB of the whole"
                + " run):%n%s%n", RAMP.toSeconds(), report.markdown(RAMP.toNanos()));
        report.errorMessages().forEach((step, messages) -> System.out.println("errors in " + step + ": " + messages));
        System.out.printf("load: %d users, %.0f s, %d iterations; heap after full GC %d MB before, %d MB with the sessions:"
                + " %d KB per session%n", people.size(), ranSeconds, iterations.get(), heapBefore >> 20, heapAfter >> 20,
                perSession >> 10);

        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("started (UTC)", started);
        facts.put("virtual users", people.size() + " (" + RESIDENTS + " residents, " + HANDLERS + " handlers, " + WARDS
                + " ward staff)");
        facts.put("run", String.format(Locale.ROOT, "%.0f s (ramp-up %d s), %d iterations", ranSeconds, RAMP.toSeconds(),
                iterations.get()));
        facts.put("think time / pause between clicks", fmt(THINK) + " s / " + fmt(PAUSE) + " s");
        facts.put("data", RESIDENTS + " residents with acknowledgements, one cohort and edition, manuscripts of "
                + people.getFirst().correctedText().length() + " characters with a returned round each; "
                + HANDLERS + " open rounds for the handlers; seeded in " + String.format(Locale.ROOT, "%.0f s", seedSeconds));
        facts.put("machine", Runtime.getRuntime().availableProcessors() + " cores; load average at the end "
                + String.format(Locale.ROOT, "%.1f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage())
                + "; server and virtual users in one JVM");
        facts.put("retained heap per session", (perSession >> 10) + " KB (heap after full GC " + (heapBefore >> 20)
                + " MB before the users, " + (heapAfter >> 20) + " MB with their sessions open)");
        facts.put("push", pushed + " of " + LAST_TAB.size() + " sessions opened their push WebSocket at the end: "
                + pushConnections + " more established connections to the portal, " + (perPush >> 10)
                + " KB more heap per session (heap after full GC " + (heapWithPush >> 20) + " MB)");
        Path html = report.writeHtml(Path.of("target", "load-report"), "Akapen load test, " + people.size() + " users",
                facts);
        System.out.println("load: report " + html.toAbsolutePath());
        assertThat(report.rows()).isNotEmpty();
    }

    // ---- the virtual users ----

    private void virtualUser(java.net.http.HttpClient http, Person person, long deadline) {
        while (System.nanoTime() < deadline && !stopping) {
            try {
                // each visit: sign in, one round of the person's work, a pause, sign out; then the next visit
                while (System.nanoTime() < deadline && !stopping) {
                    var tab = signIn(http, person);
                    switch (person.role()) {
                        case RESIDENT -> resident(tab, person);
                        case CONTRACTOR_HANDLER -> handler(tab, person);
                        default -> ward(tab);
                    }
                    iterations.incrementAndGet();
                    think(THINK);
                    timed("sign-out", () -> {
                        tab.signOut();
                        expect("login".equals(tab.location()), "not on the login page after signing out");
                    });
                }
                return;
            } catch (StepFailed failed) {
                think(THINK); // then start again with a new session, as a person would reload and sign in
            } catch (RunOver over) {
                return;
            }
        }
    }

    private UidlClient signIn(java.net.http.HttpClient http, Person person) {
        var tab = new UidlClient(http, port);
        TAB.set(tab);
        LAST_TAB.put(person.username(), tab);
        timed("sign-in" + (person.totpSecret() != null ? " (with TOTP)" : ""),
                () -> tab.signIn(person.username(), PASSWORD, person.totpSecret() == null ? null : () -> totp(person)));
        return tab;
    }

    private void resident(UidlClient tab, Person person) {
        think(THINK);
        timed("home", () -> {
            tab.navigate("");
            expect(tab.shows("ようこそ"), "no greeting on home");
        });
        think(THINK);
        timed("open manuscript", () -> {
            tab.navigate("manuscripts/" + person.manuscriptId());
            expect(tab.find(n -> "vaadin-button".equals(n.tag()) && n.text().contains("確認")).isPresent()
                    || tab.shows("負荷試験の原稿"), "manuscript page not shown");
        });
        think(THINK);
        timed("open round (review)", () -> {
            tab.navigate("manuscripts/" + person.manuscriptId() + "/rounds/1");
            expect(tab.all(n -> n.hasClass("accept")).size() >= 10, "fewer than a page of change cards");
        });
        // a page is 10 cards: the 13 changes below need the next page
        think(PAUSE);
        timed("more changes", () -> {
            tab.click(tab.find(n -> n.hasClass("more-changes") && n.text().contains("さらに表示"))
                    .orElseThrow(() -> new UidlClient.UidlException("no button for more changes")));
            expect(tab.all(n -> n.hasClass("accept")).size() >= 13, "fewer than 13 change cards after more");
        });
        var accepts = tab.all(n -> n.hasClass("accept"));
        var rejects = tab.all(n -> n.hasClass("reject"));
        for (int i = 0; i < 10; i++) {
            var button = accepts.get(i);
            think(PAUSE);
            timed("accept", () -> {
                tab.click(button);
                expect("true".equals(button.attribute("aria-pressed")), "accept not shown as pressed");
            });
        }
        for (int i = 10; i < 12; i++) {
            var button = rejects.get(i);
            think(PAUSE);
            timed("reject", () -> {
                tab.click(button);
                expect("true".equals(button.attribute("aria-pressed")), "reject not shown as pressed");
            });
        }
        var card = accepts.get(12);
        think(PAUSE);
        timed("comment (open the reply)", () -> {
            var reply = tab.find(n -> "vaadin-button".equals(n.tag()) && n.text().contains("返信を書く")
                    && isSibling(n, card)).orElseThrow(() -> new UidlClient.UidlException("no reply button"));
            tab.click(reply);
        });
        think(PAUSE);
        timed("comment (send)", () -> {
            var field = tab.find(n -> "vaadin-text-field".equals(n.tag()) && n.parent != null
                    && n.parent.hasClass("reply-form")).orElseThrow(() -> new UidlClient.UidlException("no reply field"));
            tab.setValue(field, "ご指摘ありがとうございます。この言い回しは残したいと思います。");
            tab.click(tab.find(n -> "vaadin-button".equals(n.tag()) && n.parent == field.parent)
                    .orElseThrow(() -> new UidlClient.UidlException("no send button")));
            expect(tab.find(n -> n.hasClass("reply-form")).isEmpty(), "reply form still open after sending");
        });
    }

    private static boolean isSibling(UidlClient.Node node, UidlClient.Node other) {
        return node.parent != null && node.parent == other.parent;
    }

    private void handler(UidlClient tab, Person person) {
        think(THINK);
        timed("home", () -> {
            tab.navigate("");
            expect(tab.shows("ようこそ"), "no greeting on home");
        });
        think(THINK);
        timed("open round (correction)", () -> {
            tab.navigate("manuscripts/" + person.manuscriptId() + "/rounds/1");
            tab.byId("save-correction");
        });
        think(THINK);
        timed("save correction", () -> {
            var editor = tab.find(n -> "vaadin-text-area".equals(n.tag()) && n.hasClass("manuscript-editor"))
                    .orElseThrow(() -> new UidlClient.UidlException("no editor"));
            String text = editor.property("value") == null ? person.correctedText() : editor.property("value");
            String note = "（校正メモ）";
            tab.setValue(editor, text.endsWith(note) ? text.substring(0, text.length() - note.length()) : text + note);
            int savedBefore = saved(tab);
            tab.click(tab.byId("save-correction"));
            tab.pollUntil(t -> saved(t) > savedBefore, Duration.ofMillis(100), Duration.ofSeconds(60));
            // the notification closes in the browser after a few seconds, which tells the server
            tab.all(n -> "vaadin-notification".equals(n.tag()) && "true".equals(n.property("opened")))
                    .forEach(n -> tab.rpc(List.of(closeNotification(n))));
        });
    }

    private static int saved(UidlClient tab) {
        return tab.all(n -> "vaadin-notification".equals(n.tag()) && "true".equals(n.property("opened"))
                && String.valueOf(n.property("text")).contains("変更を保存しました")).size();
    }

    private static tools.jackson.databind.node.ObjectNode closeNotification(UidlClient.Node notification) {
        var sync = tools.jackson.databind.json.JsonMapper.builder().build().createObjectNode();
        sync.put("type", "mSync");
        sync.put("node", notification.id());
        sync.put("feature", 1);
        sync.put("property", "opened");
        sync.put("value", false);
        return sync;
    }

    private void ward(UidlClient tab) {
        think(THINK);
        timed("home", () -> {
            tab.navigate("");
            expect(tab.shows("ようこそ"), "no greeting on home");
        });
        think(THINK);
        timed("progress", () -> {
            tab.navigate("progress");
            expect(tab.find(n -> "vaadin-grid".equals(n.tag())).isPresent(), "no grid on /progress");
        });
        think(THINK);
        timed("audit", () -> {
            tab.navigate("audit");
            expect(tab.find(n -> "vaadin-grid".equals(n.tag())).isPresent(), "no grid on /audit");
        });
    }

    /** The code the handler's app shows now, for a step later than the last one used (a code opens one session). */
    private String totp(Person person) {
        long step;
        while (true) {
            step = Instant.now().getEpochSecond() / 30;
            Long last = lastTotpStep.get(person.username());
            if (last == null || step > last) {
                break;
            }
            sleepUntil(System.nanoTime() + Duration.ofSeconds(1).toNanos());
        }
        lastTotpStep.put(person.username(), step);
        return MfaPolicies.codeAt(person.totpSecret(), Instant.ofEpochSecond(step * 30));
    }

    /** The run's time is up: a virtual user stops after the think time it was in, not after its whole round. */
    private static final class RunOver extends RuntimeException {
        RunOver() {
            super(null, null, false, false);
        }
    }

    private static final class StepFailed extends RuntimeException {
        StepFailed(Throwable cause) {
            super(cause);
        }
    }

    private static volatile long runStart;

    private void timed(String name, Runnable step) {
        var stats = report.step(name);
        UidlClient tab = TAB.get();
        long bytes = tab == null ? 0 : tab.bytesReceived();
        long start = System.nanoTime();
        try {
            step.run();
            stats.sample(start - runStart, System.nanoTime() - start);
            stats.bytes.addAndGet(tab == null ? 0 : tab.bytesReceived() - bytes);
        } catch (RuntimeException e) {
            stats.sample(start - runStart, System.nanoTime() - start);
            stats.bytes.addAndGet(tab == null ? 0 : tab.bytesReceived() - bytes);
            stats.error(e.getClass().getSimpleName() + ": " + String.valueOf(e.getMessage()).replaceAll("[0-9]+", "#"));
            throw new StepFailed(e);
        }
    }

    private static void expect(boolean condition, String problem) {
        if (!condition) {
            throw new UidlClient.UidlException(problem);
        }
    }

    private static void think(double[] range) {
        double seconds = range[0] + ThreadLocalRandom.current().nextDouble() * (range[1] - range[0]);
        sleepUntil(Math.min(deadline, System.nanoTime() + (long) (seconds * 1e9)));
        if (System.nanoTime() >= deadline) {
            throw new RunOver();
        }
    }

    private static void sleepUntil(long nanoTime) {
        long wait = nanoTime - System.nanoTime();
        if (wait > 0) {
            try {
                TimeUnit.NANOSECONDS.sleep(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static double[] range(String text) {
        String[] parts = text.split("-");
        double low = Double.parseDouble(parts[0]);
        return new double[] {low, parts.length > 1 ? Double.parseDouble(parts[1]) : low};
    }

    private static String fmt(double[] range) {
        return String.format(Locale.ROOT, "%s–%s", strip(range[0]), strip(range[1]));
    }

    private static String strip(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
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
        for (int i = 0; i < HANDLERS; i++) {
            handlerManuscripts.add(manuscripts.assign("添削中の原稿 " + i, residentIds.get(i % RESIDENTS), null).id());
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
                        corrected));
            }
            for (int k = 0; k < 2 && h < HANDLERS; k++, h++) {
                people.add(new Person(handlerNames.get(h), Role.CONTRACTOR_HANDLER, handlerManuscripts.get(h),
                        secrets.get(handlerNames.get(h)), corrected));
            }
            if (w < WARDS) {
                people.add(new Person(wardNames.get(w++), Role.WARD_STAFF, 0, null, corrected));
            }
        }
        return people;
    }
}
