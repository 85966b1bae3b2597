package jp.akapen.load;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import jp.akapen.account.Role;
import jp.akapen.account.mfa.MfaPolicies;

/**
 * The load test's virtual users, in a JVM of their own as a load generator is (Gatling, a browser): their garbage,
 * their threads and the parsed pages they keep are then not counted in the portal's heap and pauses. {@link PortalLoad}
 * seeds the data, starts this with the people and the portal's port, and reads back what it measured.
 *
 * <p>Arguments: the portal's port, the people file (one per line: username, role, manuscript id, TOTP secret or
 * {@code -}), the corrected text's file, the results file. System properties {@code load.duration},
 * {@code load.rampUp}, {@code load.think}, {@code load.pause} as for {@link PortalLoad}. Standard output: progress
 * lines, then {@value #RESULTS} once the results file is written. Standard input: the line {@value #PUSH} opens each
 * user's push connection (then {@value #PUSHED} and the number); the end of input ends the JVM, and with it the
 * connections, so that the portal's sessions stay open until the load test has weighed them.
 */
final class VirtualUsers {

    static final String PASSWORD = "akapen-load-2026";
    static final String RESULTS = "load: results written";
    static final String PUSH = "push";
    static final String PUSHED = "load: push opened";
    static final String ITERATIONS = "load: iterations";

    private static final Duration RUN = Duration.ofSeconds(Long.getLong("load.duration", 300));
    private static final Duration RAMP = Duration.ofSeconds(Long.getLong("load.rampUp", 60));
    private static final double[] THINK = range(System.getProperty("load.think", "10-30"));
    private static final double[] PAUSE = range(System.getProperty("load.pause", "1-3"));

    private final int port;
    private final LoadReport report = new LoadReport();
    private final Map<String, Long> lastTotpStep = new ConcurrentHashMap<>();
    private final AtomicLong iterations = new AtomicLong();
    private volatile boolean stopping;
    private static volatile long deadline = Long.MAX_VALUE;
    /** The tab of the virtual user on this thread, whose received bytes each step adds to its figures. */
    private static final ThreadLocal<UidlClient> TAB = new ThreadLocal<>();
    /** Each virtual user's last tab, whose push connection is opened at the end to measure what push costs. */
    private final Map<String, UidlClient> lastTab = new ConcurrentHashMap<>();
    /** How many of each handler's rounds to return have been returned. */
    private final Map<String, Integer> returned = new ConcurrentHashMap<>();

    /**
     * One virtual user. {@code toReturn}: for a handler, manuscripts each with an open round whose every change has its
     * reason and comment, ready to be returned, one per visit.
     */
    record Person(String username, Role role, long manuscriptId, String totpSecret, String correctedText,
            List<Long> toReturn) {

        String line() {
            return username + "\t" + role + "\t" + manuscriptId + "\t" + (totpSecret == null ? "-" : totpSecret) + "\t"
                    + (toReturn.isEmpty() ? "-" : toReturn.stream().map(String::valueOf)
                            .collect(java.util.stream.Collectors.joining(",")));
        }

        static Person of(String line, String correctedText) {
            String[] f = line.split("\t");
            List<Long> toReturn = f.length < 5 || "-".equals(f[4]) ? List.of()
                    : java.util.Arrays.stream(f[4].split(",")).map(Long::valueOf).toList();
            return new Person(f[0], Role.valueOf(f[1]), Long.parseLong(f[2]), "-".equals(f[3]) ? null : f[3],
                    correctedText, toReturn);
        }
    }

    private VirtualUsers(int port) {
        this.port = port;
    }

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        String text = Files.readString(Path.of(args[2]), StandardCharsets.UTF_8);
        List<Person> people = Files.readAllLines(Path.of(args[1]), StandardCharsets.UTF_8).stream()
                .filter(line -> !line.isBlank()).map(line -> Person.of(line, text)).toList();
        var users = new VirtualUsers(port);
        users.run(people);
        users.report.writeSamples(Path.of(args[3]));
        System.out.println(ITERATIONS + " " + users.iterations.get());
        System.out.println(RESULTS);
        var commands = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line; (line = commands.readLine()) != null; ) {
            if (PUSH.equals(line.strip())) {
                long pushed = users.lastTab.values().stream().filter(UidlClient::openPush).count();
                System.out.println(PUSHED + " " + pushed + " " + users.lastTab.size());
            }
        }
        System.exit(0);
    }

    private void run(List<Person> people) throws InterruptedException {
        var http = UidlClient.httpClient();
        long runStart = System.nanoTime();
        VirtualUsers.runStart = runStart;
        long deadline = runStart + RUN.toNanos();
        VirtualUsers.deadline = deadline;
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
    }

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
        lastTab.put(person.username(), tab);
        if (person.totpSecret() != null) {
            awaitUnusedTotpStep(person); // as the person waits for the app's next code, outside the timed step
        }
        timed("sign-in" + (person.totpSecret() != null ? " (with TOTP)" : ""),
                () -> tab.signIn(person.username(), PASSWORD, person.totpSecret() == null ? null : () -> totp(person)));
        return tab;
    }

    private void resident(UidlClient tab, Person person) {
        home(tab);
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
        decide(tab, "accept", accepts.subList(0, 10));
        decide(tab, "reject", rejects.subList(10, 12));
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

    /** Each button pressed after a pause, a step named {@code decision} each, shown pressed after. */
    private void decide(UidlClient tab, String decision, List<UidlClient.Node> buttons) {
        for (var button : buttons) {
            think(PAUSE);
            timed(decision, () -> {
                tab.click(button);
                expect("true".equals(button.attribute("aria-pressed")), decision + " not shown as pressed");
            });
        }
    }

    /** After a think time, home from the menu, as every role's visit begins. */
    private void home(UidlClient tab) {
        think(THINK);
        timed("home", () -> {
            tab.navigate("");
            expect(tab.shows("ようこそ"), "no greeting on home");
        });
    }

    private static boolean isSibling(UidlClient.Node node, UidlClient.Node other) {
        return node.parent != null && node.parent == other.parent;
    }

    private void handler(UidlClient tab, Person person) {
        home(tab);
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
        int next = returned.getOrDefault(person.username(), 0);
        if (next >= person.toReturn().size()) {
            return; // none left to return: a longer run than the seeding was made for
        }
        long manuscript = person.toReturn().get(next);
        returned.put(person.username(), next + 1);
        think(THINK);
        timed("open round (to return)", () -> {
            tab.navigate("manuscripts/" + manuscript + "/rounds/1");
            tab.byId("return-round");
            expect(tab.find(n -> "return-blockers".equals(n.attribute("id")) && !n.text().isBlank()).isEmpty(),
                    "the round to return shows blockers");
        });
        think(PAUSE);
        timed("return round", () -> {
            tab.click(tab.byId("return-round"));
            tab.click(tab.byId("confirm-return"));
            expect(tab.find(n -> "vaadin-notification".equals(n.tag()) && "true".equals(n.property("opened"))
                    && String.valueOf(n.property("text")).contains("返却しました")).isPresent(), "no notice of the return");
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
        home(tab);
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

    /** Until the handler's app shows a code of a step later than the last one used (a code opens one session). */
    private void awaitUnusedTotpStep(Person person) {
        Long last = lastTotpStep.get(person.username());
        while (last != null && Instant.now().getEpochSecond() / 30 <= last) {
            sleepUntil(System.nanoTime() + Duration.ofMillis(200).toNanos());
        }
    }

    /** The code the handler's app shows now: a step later than the last used, after {@link #awaitUnusedTotpStep}. */
    private String totp(Person person) {
        long step = Instant.now().getEpochSecond() / 30;
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

    static double[] range(String text) {
        String[] parts = text.split("-");
        double low = Double.parseDouble(parts[0]);
        return new double[] {low, parts.length > 1 ? Double.parseDouble(parts[1]) : low};
    }

    static String fmt(double[] range) {
        return String.format(Locale.ROOT, "%s–%s", strip(range[0]), strip(range[1]));
    }

    private static String strip(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }

}
