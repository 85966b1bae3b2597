package jp.akapen.account.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.Filter;
import jp.akapen.AkapenSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * HSTS tells a browser to use TLS only, so it is sent only on a request that came over TLS (issue 24): over
 * plain HTTP (a developer's machine, a proxy's back side) it would be ignored, or lock a host out of HTTP.
 */
@AkapenSpringTest
class StrictTransportSecurityTest {

    @Autowired
    @Qualifier("springSecurityFilterChain")
    Filter security;

    MockHttpServletResponse loginPage(boolean secure) throws Exception {
        var request = new MockHttpServletRequest("GET", "/login");
        request.setServletPath("/login");
        request.setSecure(secure);
        request.setScheme(secure ? "https" : "http");
        request.setServerPort(secure ? 443 : 80);
        var response = new MockHttpServletResponse();
        security.doFilter(request, response, (req, res) -> res.getWriter().write("page"));
        return response;
    }

    @Test
    void a_page_served_over_tls_tells_the_browser_to_use_tls_for_a_year_on_every_subdomain() throws Exception {
        String hsts = loginPage(true).getHeader("Strict-Transport-Security");

        assertThat(hsts).contains("max-age=31536000").contains("includeSubDomains");
    }

    @Test
    void a_page_served_over_plain_http_carries_no_hsts_but_the_other_headers() throws Exception {
        var response = loginPage(false);

        assertThat(response.getHeader("Strict-Transport-Security")).isNull();
        assertThat(response.getHeader("Content-Security-Policy")).contains("frame-ancestors 'none'");
        assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
    }
}
