package jp.akapen.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
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
 * changes (tracked text, change cards and proofreading suggestions). Each session is its own Chromium profile with push
 * connected, so the figure includes the HTTP session, Vaadin's UI tree, push and Spring Security. Run with
 * {@code .ci/mvn -o test -Dtest=SessionMemoryBenchmark -Dsurefire.failIfNoSpecifiedTests=false}; system property
 * {@code akapen.sessions} (default 30) sets N.
 */
@AkapenSpringTest
class SessionMemoryBenchmark {

    private static final int SESSIONS = Integer.getInteger("akapen.sessions", 30);
    private static final long SEED = 17;
    private static final List<String> SERVER_SIDE = List.of("org.apache.tomcat.", "org.apache.coyote.",
            "org.apache.catalina.", "org.atmosphere.", "com.vaadin.flow.server.", "com.vaadin.flow.component.UI",
            "jakarta.");

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
        TestSupport.signIn(users, "ward1");
        long id = manuscripts.assign("メモリ計測", resident1, null).id();
        TestSupport.signIn(users, "resident1");
        manuscripts.saveDraft(id, 0, base, VersionOrigin.DRAFT, null, null);
        TestSupport.signIn(users, "handler1");
        var round = corrections.openRound(id, LocalDate.now(JapaneseDates.ZONE).plusDays(7));
        round = corrections.saveCorrection(round.id(), round.lockVersion(), corrected);
        int changes = round.applicable().size();
        TestSupport.signOut();

        try (Playwright playwright = Sessions.playwright(); Browser chromium = Sessions.chromium(playwright)) {
            long none = Sessions.heapAfterGc();
            var histogramNone = Sessions.classHistogram();
            var instancesNone = Sessions.classInstances();
            int connectionsNone = Sessions.establishedConnections(port);
            Sessions.heapDump("none");
            List<Page> pages = new ArrayList<>(open(chromium, "ward1", "progress", ".progress-grid, vaadin-grid"));
            long dashboards = Sessions.heapAfterGc();
            var histogramDashboards = Sessions.classHistogram();
            var instancesDashboards = Sessions.classInstances();
            int connectionsDashboards = Sessions.establishedConnections(port);
            Sessions.heapDump("dashboards");
            pages.addAll(open(chromium, "handler1", "manuscripts/" + id + "/rounds/1", ".suggestions-panel"));
            long correctionViews = Sessions.heapAfterGc();
            var histogramCorrections = Sessions.classHistogram();
            var instancesCorrections = Sessions.classInstances();
            int connectionsCorrections = Sessions.establishedConnections(port);
            Sessions.heapDump("corrections");
            System.out.printf("established TCP connections to the portal per session (both ends counted once): %.1f"
                    + " with a dashboard, %.1f with a correction view%n",
                    (connectionsDashboards - connectionsNone) / (double) SESSIONS,
                    (connectionsCorrections - connectionsDashboards) / (double) SESSIONS);
            System.out.printf("connection, push and UI objects per dashboard session: %s%n", Sessions.instancesPerSession(
                    instancesNone, instancesDashboards, SESSIONS, SERVER_SIDE));
            System.out.printf("connection, push and UI objects per correction-view session: %s%n",
                    Sessions.instancesPerSession(instancesDashboards, instancesCorrections, SESSIONS, SERVER_SIDE));
            System.out.printf("what a dashboard session added, KB per session by class: %s%n",
                    Sessions.grewMost(histogramNone, histogramDashboards, SESSIONS, 12));
            System.out.printf("what a correction-view session added, KB per session by class: %s%n",
                    Sessions.grewMost(histogramDashboards, histogramCorrections, SESSIONS, 12));

            System.out.printf("the last answer Vaadin keeps per UI (to send again should the browser repeat its"
                    + " request), KB on average by view: %s%n", lastAnswers());

            // the browser's side lives in this JVM too (Playwright's client keeps each page's requests and their
            // headers): end every HTTP session on the server, keep the pages, and what stays is the client's. An
            // ended HTTP session leaves its page's push WebSocket open (and the browser's idle HTTP connections), so
            // the server closes every connection too, with the pages offline so that push cannot connect again
            pages.forEach(page -> page.context().setOffline(true));
            int ended = endEverySession();
            int closed = closeEveryConnection();
            long clientOnly = Sessions.heapAfterGc();
            var histogramClient = Sessions.classHistogram();
            Sessions.heapDump("ended");
            System.out.printf("connection, push and UI objects per page left with the server sessions ended: %s;"
                    + " established TCP connections per page: %.1f%n", Sessions.instancesPerSession(instancesNone,
                    Sessions.classInstances(), 2 * SESSIONS, SERVER_SIDE),
                    (Sessions.establishedConnections(port) - connectionsNone) / (2.0 * SESSIONS));
            System.out.printf("what stayed with the %d server sessions ended and %d connections closed, KB per page by"
                    + " class: %s%n", ended, closed,
                    Sessions.grewMost(histogramNone, histogramClient, 2 * SESSIONS, 12));
            long clientPerPage = (clientOnly - none) / (2 * SESSIONS);
            System.out.printf("the test browser's client in this JVM: %d KB per page; so the server's part: dashboard"
                    + " %d KB, correction view %d KB per session%n", clientPerPage >> 10,
                    ((dashboards - none) / SESSIONS - clientPerPage) >> 10,
                    ((correctionViews - dashboards) / SESSIONS - clientPerPage) >> 10);
            System.out.printf("sessions per page: %d; heap after full GC: %d MB with none, %d MB with the dashboards,"
                    + " %d MB with the correction views too%n", SESSIONS, none >> 20, dashboards >> 20,
                    correctionViews >> 20);
            System.out.printf("retained per session: ward's progress dashboard %d KB; correction view of %,d characters"
                    + " with %d changes %d KB%n", (dashboards - none) / SESSIONS >> 10, corrected.length(), changes,
                    (correctionViews - dashboards) / SESSIONS >> 10);
            assertThat(correctionViews).isGreaterThan(none);
        }
    }

    @Autowired
    org.springframework.context.ApplicationContext context;

    /** Ends every HTTP session of the embedded Tomcat, as their time-out would. */
    private int endEverySession() {
        var server = (org.springframework.boot.tomcat.TomcatWebServer)
                ((org.springframework.boot.web.server.context.WebServerApplicationContext) context).getWebServer();
        int ended = 0;
        for (var child : server.getTomcat().getHost().findChildren()) {
            for (var session : ((org.apache.catalina.Context) child).getManager().findSessions()) {
                session.expire();
                ended++;
            }
        }
        return ended;
    }

    /** Closes every connection the embedded Tomcat holds, push WebSockets and idle keep-alives alike. */
    private int closeEveryConnection() throws Exception {
        var server = (org.springframework.boot.tomcat.TomcatWebServer)
                ((org.springframework.boot.web.server.context.WebServerApplicationContext) context).getWebServer();
        var protocol = server.getTomcat().getConnector().getProtocolHandler();
        var getEndpoint = org.apache.coyote.AbstractProtocol.class.getDeclaredMethod("getEndpoint");
        getEndpoint.setAccessible(true);
        var endpoint = (org.apache.tomcat.util.net.AbstractEndpoint<?, ?>) getEndpoint.invoke(protocol);
        int closed = 0;
        for (var connection : List.copyOf(endpoint.getConnections())) {
            connection.close();
            closed++;
        }
        Thread.sleep(500);
        return closed;
    }

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

    /** N profiles signed in as {@code user}, each left open on {@code path} once {@code ready} shows. */
    private List<Page> open(Browser chromium, String user, String path, String ready) throws InterruptedException {
        List<Page> pages = new ArrayList<>();
        for (int i = 0; i < SESSIONS; i++) {
            BrowserContext person = chromium.newContext(new Browser.NewContextOptions().setLocale("ja-JP"));
            Page page = person.newPage();
            page.setDefaultTimeout(120_000);
            page.navigate("http://localhost:" + port + "/login");
            page.locator("vaadin-login-form input[name='username']").fill(user);
            page.locator("vaadin-login-form input[name='password']").fill("akapen-demo");
            page.locator("vaadin-login-form input[name='password']").press("Enter");
            page.locator("vaadin-app-layout").waitFor();
            page.navigate("http://localhost:" + port + "/" + path);
            page.locator(ready).first().waitFor();
            pages.add(page);
        }
        Thread.sleep(3_000);
        return pages;
    }
}
