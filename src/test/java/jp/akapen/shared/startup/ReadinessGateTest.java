package jp.akapen.shared.startup;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.FilterChain;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.AvailabilityState;
import org.springframework.boot.availability.LivenessState;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** Issue 19: no page is served before start-up work is done; the probes always answer. */
class ReadinessGateTest {

    static ApplicationAvailability state(ReadinessState readiness) {
        return new ApplicationAvailability() {
            @Override
            public <S extends AvailabilityState> S getState(Class<S> type, S defaultState) {
                return getState(type);
            }

            @Override
            @SuppressWarnings("unchecked")
            public <S extends AvailabilityState> S getState(Class<S> type) {
                return (S) (type == ReadinessState.class ? readiness : LivenessState.CORRECT);
            }

            @Override
            public <S extends AvailabilityState> org.springframework.boot.availability.AvailabilityChangeEvent<S>
                    getLastChangeEvent(Class<S> type) {
                return null;
            }
        };
    }

    static MockHttpServletResponse request(ReadinessState readiness, String path, AtomicBoolean passed) throws Exception {
        var response = new MockHttpServletResponse();
        FilterChain chain = (req, res) -> passed.set(true);
        new ReadinessGate(state(readiness)).doFilter(new MockHttpServletRequest("GET", path), response, chain);
        return response;
    }

    @Test
    void the_login_page_is_503_with_retry_after_while_the_portal_starts() throws Exception {
        var passed = new AtomicBoolean();
        var response = request(ReadinessState.REFUSING_TRAFFIC, "/login", passed);
        assertThat(passed).isFalse();
        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isEqualTo("5");
        assertThat(response.getContentAsString()).contains("起動中");
    }

    @Test
    void the_health_probes_answer_while_the_portal_starts() throws Exception {
        var passed = new AtomicBoolean();
        request(ReadinessState.REFUSING_TRAFFIC, "/actuator/health/readiness", passed);
        assertThat(passed).isTrue();
    }

    @Test
    void pages_pass_once_the_portal_is_ready() throws Exception {
        var passed = new AtomicBoolean();
        var response = request(ReadinessState.ACCEPTING_TRAFFIC, "/login", passed);
        assertThat(passed).isTrue();
        assertThat(response.getStatus()).isEqualTo(200);
    }
}
