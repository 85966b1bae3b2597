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
