package jp.akapen.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Issue 23: when the page warns that the session is about to end (a 30-minute session, warned 3 minutes before). */
class SessionWatchTest {

    private static final int THIRTY_MINUTES = 30 * 60;
    private static final Duration THREE_MINUTES = Duration.ofMinutes(3);
    private static final long LAST_CLICK = 1_000_000L;

    private static boolean warnAfter(Duration idle) {
        return SessionWatch.warnNow(LAST_CLICK, THIRTY_MINUTES, THREE_MINUTES, LAST_CLICK + idle.toMillis());
    }

    @Test
    void a_session_used_a_minute_ago_is_not_warned() {
        assertThat(warnAfter(Duration.ofMinutes(1))).isFalse();
        assertThat(warnAfter(Duration.ofMinutes(26).plusSeconds(59))).isFalse();
    }

    @Test
    void the_last_three_minutes_are_warned() {
        assertThat(warnAfter(Duration.ofMinutes(27))).isTrue();
        assertThat(warnAfter(Duration.ofMinutes(29).plusSeconds(59))).isTrue();
    }

    @Test
    void a_session_that_has_ended_or_never_ends_is_not_warned() {
        assertThat(warnAfter(Duration.ofMinutes(30))).isFalse();
        assertThat(SessionWatch.warnNow(LAST_CLICK, 0, THREE_MINUTES, LAST_CLICK + 1)).isFalse();
        assertThat(SessionWatch.warnNow(LAST_CLICK, -1, THREE_MINUTES, LAST_CLICK + Duration.ofHours(5).toMillis()))
                .isFalse();
    }
}
