package jp.akapen.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import jp.akapen.AkapenSpringTest;
import jp.akapen.TestSupport;
import jp.akapen.manuscript.CorrectionService;
import jp.akapen.manuscript.ManuscriptService;
import jp.akapen.manuscript.VersionOrigin;
import jp.akapen.shared.JapaneseDates;
import jp.akapen.shared.PortalUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Issue 17's retained heap per signed-in session: (heap after full GC with N more sessions open on a page − before) / N,
 * for the ward's progress dashboard and for the contractor's correction view of a 20,000-character round with 300
 * changes (tracked text, change cards and proofreading suggestions), each session on a round of its own. Each session is its own Chromium profile with push
 * connected, so the figure includes the HTTP session, Vaadin's UI tree, push, the open connections and Spring Security.
 * The browsers run in a process of their own ({@link BrowserSessions}), so nothing of the client is weighed. Each kind
 * is weighed against the heap with five of its pages open already (what the first pages load once is not put on the
 * N), just opened and again once Tomcat has closed the browsers' idle connections. Run with
 * {@code .ci/mvn -o test -Dtest=SessionMemoryBenchmark -Dsurefire.failIfNoSpecifiedTests=false}; system property
 * {@code akapen.sessions} (default 30) sets N.
 */
@AkapenSpringTest
class SessionMemoryBenchmark {

    private static final int SESSIONS = Integer.getInteger("akapen.sessions", 30);
    private static final int WARM_UP = 5;
    private static final long SEED = 17;
    private static final List<String> SERVER_SIDE = List.of("org.apache.tomcat.", "org.apache.coyote.",
            "org.apache.catalina.", "org.atmosphere.", "com.vaadin.flow.server.", "com.vaadin.flow.component.",
            "jakarta.", "jp.akapen.");

    @Autowired
    ManuscriptService manuscripts;
    @Autowired
    CorrectionService corrections;
    @Autowired
    UserDetailsService users;
    @LocalServerPort
    int port;

    @Test
    void retained_heap_per_session_on_the_dashboard_and_the_correction_view() throws Exception {
        Path dir = Path.of(System.getProperty("akapen.aozora", "../shared/data/aozora"));
        String base = CorrectionBenchmark.base(CorrectionBenchmark.prose(dir), 20_000);
        String corrected = EditGenerator.edit(base, 300, SEED);
        long resident1 = ((PortalUser) users.loadUserByUsername("resident1")).id();
        // a round per session: on one round all the sessions' presence strips would list each other (34 entries each)
        List<String> rounds = new java.util.ArrayList<>();
        int changes = 0;
        for (int i = 0; i < WARM_UP + SESSIONS; i++) {
            TestSupport.signIn(users, "ward1");
            long id = manuscripts.assign("メモリ計測 " + (i + 1), resident1, null).id();
            TestSupport.signIn(users, "resident1");
            manuscripts.saveDraft(id, 0, base, VersionOrigin.DRAFT, null, null);
            TestSupport.signIn(users, "handler1");
            var round = corrections.openRound(id, LocalDate.now(JapaneseDates.ZONE).plusDays(7));
            round = corrections.saveCorrection(round.id(), round.lockVersion(), corrected);
            changes = round.applicable().size();
            rounds.add("manuscripts/" + id + "/rounds/1");
        }
        TestSupport.signOut();

        long none = Sessions.heapAfterGc();
        // the dashboard first: the issue's own formula below divides the heap added since none by its sessions alone
        var dashboard = weigh("dashboard", "ward1", List.of("progress"), ".progress-grid, vaadin-grid");
        var frame = weigh("frame", "ward1", List.of("no-such-page"), ".error-page");
        var correction = weigh("correction view", "handler1", rounds, ".suggestions-panel");
        System.out.printf("heap after full GC: %d MB before any page, %d MB after the dashboards' %d and %d sessions"
                + " (%d MB with them open)%n", none >> 20, dashboard.idle() >> 20, WARM_UP, SESSIONS,
                dashboard.open() >> 20);
        System.out.printf("as issue 17 defines it ((heap with the sessions − before any) / sessions, which puts what"
                + " the first pages load once on the sessions): dashboard %d KB per session%n",
                (dashboard.idle() - none) / (WARM_UP + SESSIONS) >> 10);
        System.out.printf("retained per session, the browsers in a process of their own, the first %d of each view left"
                + " out: ward's progress dashboard %d KB (%d KB while the browser's idle connections stay open);"
                + " correction view of %,d characters with %d changes %d KB (%d KB)%n", WARM_UP,
                dashboard.perSession() >> 10, dashboard.perSessionOpen() >> 10, corrected.length(), changes,
                correction.perSession() >> 10, correction.perSessionOpen() >> 10);
        System.out.printf("the frame every signed-in page shares (menu, header, session, push; the page a short"
                + " not-found message): %d KB per session (%d KB)%n", frame.perSession() >> 10,
                frame.perSessionOpen() >> 10);
        assertThat(correction.perSession()).isPositive();
    }

    /**
     * One kind of page's N sessions weighed twice, just opened and once the browsers' idle connections have closed,
     * against the heap with a few of them open already, so that what the first pages load once (classes, caches,
     * Tomcat's first connections) is not put on the N.
     */
    private record Weight(long open, long idle, long before) {

        long perSessionOpen() {
            return (open - before) / SESSIONS;
        }

        long perSession() {
            return (idle - before) / SESSIONS;
        }
    }

    /** The first {@link #WARM_UP} sessions open {@code paths} from the first on, the N the rest, in turn. */
    private Weight weigh(String view, String user, List<String> paths, String ready) throws Exception {
        int connectionsNone = Sessions.establishedConnections(port);
        List<String> first = paths.size() > WARM_UP ? paths.subList(0, WARM_UP) : paths;
        List<String> rest = paths.size() > WARM_UP ? paths.subList(WARM_UP, paths.size()) : paths;
        try (var firstPages = BrowserSessions.start(port, user, first, ready, WARM_UP)) {
            awaitIdleConnections(connectionsNone + WARM_UP);
            long before = Sessions.heapAfterGc();
            Path histogramBefore = Sessions.classHistogram();
            int connectionsBefore = Sessions.establishedConnections(port);
            Sessions.heapDump(view.replace(' ', '-') + "-before");
            try (var more = BrowserSessions.start(port, user, rest, ready, SESSIONS)) {
                long open = Sessions.heapAfterGc();
                int connectionsOpen = Sessions.establishedConnections(port);
                awaitIdleConnections(connectionsBefore + SESSIONS);
                long idle = Sessions.heapAfterGc();
                Path histogram = Sessions.classHistogram();
                int connections = Sessions.establishedConnections(port);
                Sessions.heapDump(view.replace(' ', '-'));
                System.out.printf("%s: established TCP connections to the portal per session %.1f just opened, %.1f"
                        + " idle%n", view, (connectionsOpen - connectionsBefore) / (double) SESSIONS,
                        (connections - connectionsBefore) / (double) SESSIONS);
                System.out.printf("%s: connection, push, component and portal objects per session: %s%n", view,
                        Sessions.instancesPerSession(Sessions.instancesByClass(histogramBefore),
                                Sessions.instancesByClass(histogram), SESSIONS, SERVER_SIDE));
                System.out.printf("%s: what a session added, KB per session by class: %s%n", view,
                        Sessions.grewMost(Sessions.bytesByClass(histogramBefore), Sessions.bytesByClass(histogram),
                                SESSIONS, 16));
                System.out.printf("%s: the last answer Vaadin keeps per UI (to send again should the browser repeat"
                        + " its request), KB on average by view: %s%n", view, lastAnswers());
                java.nio.file.Files.delete(histogramBefore);
                java.nio.file.Files.delete(histogram);
                return new Weight(open, idle, before);
            }
        }
    }

    /**
     * Chromium keeps a few idle HTTP connections beside each page's push WebSocket; Tomcat closes them after its
     * keep-alive time-out (60 s), so a session that is merely open holds one connection. Waits at most 90 s.
     */
    private void awaitIdleConnections(int expected) throws Exception {
        long until = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(90);
        while (Sessions.establishedConnections(port) > expected && System.nanoTime() < until) {
            Thread.sleep(2_000);
        }
    }

    @Autowired
    org.springframework.context.ApplicationContext context;

    /**
     * Vaadin keeps each UI's last UIDL answer as a string ({@code UIInternals.lastRequestResponse}): after a page has
     * opened, that is the page's whole first render. Bytes as the JVM stores the string (one per character when all
     * are Latin-1, else two), averaged per view.
     */
    private java.util.Map<String, Long> lastAnswers() {
        var server = (org.springframework.boot.tomcat.TomcatWebServer)
                ((org.springframework.boot.web.server.context.WebServerApplicationContext) context).getWebServer();
        java.util.Map<String, long[]> byView = new java.util.TreeMap<>();
        for (var child : server.getTomcat().getHost().findChildren()) {
            for (var session : ((org.apache.catalina.Context) child).getManager().findSessions()) {
                var http = session.getSession();
                for (var names = http.getAttributeNames(); names.hasMoreElements(); ) {
                    if (http.getAttribute(names.nextElement()) instanceof com.vaadin.flow.server.VaadinSession vaadin) {
                        vaadin.lock();
                        try {
                            for (var ui : vaadin.getUIs()) {
                                String answer = ui.getInternals().getLastRequestResponse();
                                var chain = ui.getInternals().getActiveRouterTargetsChain();
                                String view = chain.isEmpty() ? "-" : chain.getFirst().getClass().getSimpleName();
                                long bytes = answer == null ? 0
                                        : answer.chars().allMatch(c -> c < 256) ? answer.length() : 2L * answer.length();
                                var sum = byView.computeIfAbsent(view, v -> new long[2]);
                                sum[0]++;
                                sum[1] += bytes;
                            }
                        } finally {
                            vaadin.unlock();
                        }
                    }
                }
            }
        }
        java.util.Map<String, Long> average = new java.util.TreeMap<>();
        byView.forEach((view, sum) -> average.put(view + " (" + sum[0] + " UIs)", sum[1] / sum[0] >> 10));
        return average;
    }
}
