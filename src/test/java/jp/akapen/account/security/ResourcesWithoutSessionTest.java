package jp.akapen.account.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import jp.akapen.AkapenSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A client with no session (a proxy's health check, a crawler, a browser whose cookie expired) asking for a
 * file under /VAADIN/ gets the file or a 404, never a redirect to the login page: such a redirect carried
 * the session id in the URL (;jsessionid=...), the firewall refused that URL, and its error page redirected
 * again, for ever (issue 24).
 */
@AkapenSpringTest
class ResourcesWithoutSessionTest {

    @LocalServerPort
    int port;

    HttpResponse<String> get(HttpClient client, String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void a_missing_vaadin_file_is_a_404_for_a_client_without_cookies() throws Exception {
        var noCookies = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

        var response = get(noCookies, "/VAADIN/build/no-such-file.js");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Location")).isEmpty();
    }

    @Test
    void a_client_that_follows_redirects_ends_after_at_most_one_whatever_it_asks_under_vaadin() throws Exception {
        for (var cookies : new CookieManager[] {null, new CookieManager()}) {
            var builder = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL);
            var client = cookies == null ? builder.build() : builder.cookieHandler(cookies).build();
            for (String path : new String[] {"/VAADIN/no-such-file.js", "/VAADIN/static/x.css", "/VAADIN/dynamic/x"}) {
                var response = get(client, path);
                int hops = 0;
                for (var previous = response.previousResponse(); previous.isPresent(); previous = previous.get().previousResponse()) {
                    hops++;
                }
                assertThat(hops).as(path).isLessThanOrEqualTo(1);
                assertThat(response.statusCode()).as(path).isIn(200, 404);
            }
        }
    }

    @Test
    void every_stylesheet_of_the_portal_is_served_to_the_login_page_without_a_session() throws Exception {
        var noCookies = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        var sheets = java.util.Arrays.stream(jp.akapen.AkapenApplication.class
                .getAnnotationsByType(com.vaadin.flow.component.dependency.StyleSheet.class))
                .map(com.vaadin.flow.component.dependency.StyleSheet::value).filter(v -> v.endsWith(".css")
                        && !v.contains("/")).toList();
        assertThat(sheets).as("the portal's own sheets, from frontend/").contains("styles.css", "survey.css");

        for (String sheet : sheets) {
            // a redirect answered the login page's request with the login page, and put one more page into the
            // visitor's session while they were signing in
            var response = get(noCookies, "/" + sheet);
            assertThat(response.statusCode()).as(sheet).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type")).as(sheet).hasValueSatisfying(
                    type -> assertThat(type).startsWith("text/css"));
            assertThat(response.headers().firstValue("Set-Cookie")).as(sheet + " starts no session").isEmpty();
        }
        assertThat(get(noCookies, "/favicon.ico").statusCode()).as("the tab's icon on the login page").isEqualTo(200);
    }

    @Test
    void a_login_form_whose_page_has_expired_is_sent_back_with_a_message_not_silently() throws Exception {
        var cookies = new CookieManager();
        var browser = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).cookieHandler(cookies).build();
        assertThat(get(browser, "/login").statusCode()).isEqualTo(200);

        // the token of a session that has ended since the page was drawn (left open past the time-out, or signed out
        // in another tab): the form is refused, as it must be, and the page says why
        var response = browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=resident1&password=akapen-demo&_csrf=stale"))
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/login?expired"));
    }

    @Test
    void the_session_id_is_never_put_into_a_url() throws Exception {
        var noCookies = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

        var response = get(noCookies, "/notices");

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/login").doesNotContain("jsessionid"));
    }

    @Test
    void a_url_carrying_a_session_id_is_refused_once_not_redirected() throws Exception {
        var noCookies = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

        var response = get(noCookies, "/login;jsessionid=0123456789ABCDEF0123456789ABCDEF");

        assertThat(response.statusCode()).isEqualTo(400);
    }
}
