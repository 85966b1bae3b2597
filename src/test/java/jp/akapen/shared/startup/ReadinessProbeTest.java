package jp.akapen.shared.startup;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import jp.akapen.AkapenSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Issue 19: the readiness probe a proxy or systemd waits for, open without signing in, UP once ready. */
@AkapenSpringTest
class ReadinessProbeTest {

    @LocalServerPort
    int port;

    @Test
    void the_readiness_probe_is_up_once_start_up_work_is_done() throws Exception {
        var client = HttpClient.newHttpClient();
        var readiness = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health/readiness"))
                .build(), HttpResponse.BodyHandlers.ofString());
        var liveness = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health/liveness"))
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(readiness.statusCode()).isEqualTo(200);
        assertThat(readiness.body()).contains("\"status\":\"UP\"");
        assertThat(liveness.statusCode()).isEqualTo(200);
    }
}
