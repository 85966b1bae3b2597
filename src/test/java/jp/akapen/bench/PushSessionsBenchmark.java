package jp.akapen.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import jp.akapen.AkapenSpringTest;
import jp.akapen.TestSupport;
import jp.akapen.shared.PortalUser;
import jp.akapen.shared.notification.NotificationService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Issue 23's figures: what push costs per signed-in browser session, and how fast one notice reaches them all. Opens
 * {@value #SESSIONS} Chromium profiles signed in as handler1 on the home page (each its own HTTP session with push
 * connected), then measures the JVM's heap after a full GC against before, counts the established TCP connections to
 * the portal's port, posts one notice to handler1 and times until every page's bell shows it. Not part of the normal
 * test run (no "Test" suffix): {@code .ci/mvn -o test -Dtest=PushSessionsBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@AkapenSpringTest
class PushSessionsBenchmark {

    private static final int SESSIONS = 30;

    @Autowired
    NotificationService notices;
    @Autowired
    UserDetailsService users;
    @LocalServerPort
    int port;

    @Test
    void thirty_sessions_with_push() throws Exception {
        PortalUser handler = (PortalUser) TestSupport.signIn(users, "handler1");
        notices.markAllRead();
        TestSupport.signOut();
        try (Playwright playwright = Sessions.playwright(); Browser chromium = Sessions.chromium(playwright)) {
            long before = Sessions.heapAfterGc();
            int connectionsBefore = Sessions.establishedConnections(port);
            List<Page> pages = new ArrayList<>();
            for (int i = 0; i < SESSIONS; i++) {
                BrowserContext person = chromium.newContext();
                Page page = person.newPage();
                page.setDefaultTimeout(60_000);
                page.navigate("http://localhost:" + port + "/login");
                page.locator("vaadin-login-form input[name='username']").fill("handler1");
                page.locator("vaadin-login-form input[name='password']").fill("akapen-demo");
                page.locator("vaadin-login-form input[name='password']").press("Enter");
                page.locator(".notice-bell").waitFor();
                pages.add(page);
            }
            Thread.sleep(3_000);
            long after = Sessions.heapAfterGc();
            int connections = Sessions.establishedConnections(port) - connectionsBefore;

            long start = System.nanoTime();
            notices.notifyAccount(handler.id(), "notice.account.welcome", null, "bench");
            for (Page page : pages) {
                page.locator(".notice-count").getByText("1").waitFor();
            }
            long allMs = (System.nanoTime() - start) / 1_000_000;

            System.out.printf("push sessions: %d; heap after full GC %d MB before, %d MB after: %d KB per session%n",
                    SESSIONS, before >> 20, after >> 20, (after - before) / SESSIONS >> 10);
            System.out.printf("established TCP connections to the portal (both ends counted once): %d more, %.1f per"
                    + " session%n", connections, connections / (double) SESSIONS);
            System.out.printf("one notice reached all %d bells in %d ms%n", SESSIONS, allMs);
            assertThat(allMs).isPositive();
        }
    }
}
