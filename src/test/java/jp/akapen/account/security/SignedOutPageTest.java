package jp.akapen.account.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import jp.akapen.AkapenSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What the page a person has just signed out of still sends while the browser loads the login page. Its push
 * connection's goodbye (Atmosphere's "close" POST) arrives without a session; answered with a new session's cookie,
 * it replaced the one the login page had been drawn in, and the password the person typed next came back as "your
 * page has expired, sign in again" (seen in MfaEndToEndTest, about one sign-out in thirty in Chromium).
 */
@AkapenSpringTest
class SignedOutPageTest {

    @LocalServerPort
    int port;

    private final HttpClient noCookies = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> pushClose(String cookie) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/VAADIN/push?v-r=push&v-uiId=1"
                        + "&v-pushId=4e7604d5-3e4f-46a4-9fdb-0f38121478b2&X-Atmosphere-Transport=close"
                        + "&X-Atmosphere-tracking-id=5be90806-92ba-4ca8-bb88-bfc366f5bb56&X-Vaadin-LastSeenServerSyncId=7"))
                .header("Content-Type", "text/plain;charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.noBody());
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return noCookies.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void the_push_goodbye_of_a_signed_out_page_starts_no_session() throws Exception {
        var withoutCookie = pushClose(null);
        var withEndedSession = pushClose("JSESSIONID=FE1948186959DBB01621A625C23F4F00");

        assertThat(withoutCookie.headers().firstValue("Set-Cookie")).as("no cookie sent").isEmpty();
        assertThat(withEndedSession.headers().firstValue("Set-Cookie")).as("an ended session's cookie").isEmpty();
        assertThat(withoutCookie.statusCode()).isLessThan(500);
    }
}
