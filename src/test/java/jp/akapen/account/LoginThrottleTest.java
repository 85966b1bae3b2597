package jp.akapen.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import jp.akapen.AkapenSpringTest;
import jp.akapen.TestSupport.MovableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@AkapenSpringTest
class LoginThrottleTest {

    @Autowired
    LoginThrottle throttle;

    @Autowired
    MovableClock clock;

    private final String username = "guess-" + UUID.randomUUID();

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void five_failures_from_one_address_block_that_address_for_the_account_but_not_others() {
        for (int i = 0; i < 4; i++) {
            throttle.recordFailure(username, "192.0.2.10");
        }
        assertThat(throttle.blockedUntil(username, "192.0.2.10")).isEmpty();
        throttle.recordFailure(username, "192.0.2.10");
        assertThat(throttle.blockedUntil(username, "192.0.2.10")).isPresent();
        assertThat(throttle.blockedUntil(username, "198.51.100.7")).as("the owner at another address").isEmpty();
    }

    @Test
    void a_block_ends_by_itself() {
        for (int i = 0; i < 5; i++) {
            throttle.recordFailure(username, "192.0.2.11");
        }
        assertThat(throttle.blockedUntil(username, "192.0.2.11")).isPresent();
        clock.advance(Duration.ofMinutes(1).plusSeconds(1));
        assertThat(throttle.blockedUntil(username, "192.0.2.11")).isEmpty();
    }

    @Test
    void a_successful_login_clears_the_failures() {
        for (int i = 0; i < 4; i++) {
            throttle.recordFailure(username, "192.0.2.12");
        }
        throttle.recordSuccess(username, "192.0.2.12");
        throttle.recordFailure(username, "192.0.2.12");
        assertThat(throttle.blockedUntil(username, "192.0.2.12")).isEmpty();
    }

    @Test
    void failures_older_than_the_window_are_forgotten() {
        for (int i = 0; i < 4; i++) {
            throttle.recordFailure(username, "192.0.2.13");
        }
        clock.advance(LoginThrottle.WINDOW.plusMinutes(1));
        throttle.recordFailure(username, "192.0.2.13");
        assertThat(throttle.blockedUntil(username, "192.0.2.13")).isEmpty();
    }
}
