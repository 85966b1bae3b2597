package jp.akapen.account.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.server.VaadinServlet;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import jp.akapen.AkapenSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.ApplicationContext;

@AkapenSpringTest
class SessionPolicyTest {

    @Autowired
    ApplicationContext context;

    @LocalServerPort
    int port;

    @Test
    void an_idle_session_ends_after_thirty_minutes_even_with_the_page_left_open() throws Exception {
        HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).build(),
                HttpResponse.BodyHandlers.discarding());
        VaadinServlet servlet = context.getBeansOfType(ServletRegistrationBean.class).values().stream()
                .map(ServletRegistrationBean::getServlet)
                .filter(VaadinServlet.class::isInstance).map(VaadinServlet.class::cast)
                .findFirst().orElseThrow();

        assertThat(servlet.getServletContext().getSessionTimeout()).as("minutes").isEqualTo(30);
        // Vaadin's heartbeat would otherwise keep a forgotten browser tab signed in for ever.
        assertThat(servlet.getService().getDeploymentConfiguration().isCloseIdleSessions()).isTrue();
    }
}
