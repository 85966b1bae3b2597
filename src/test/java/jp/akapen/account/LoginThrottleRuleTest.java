package jp.akapen.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class LoginThrottleRuleTest {

    @Test
    void the_fifth_failure_from_one_place_blocks_for_a_minute_then_doubling_up_to_fifteen() {
        var rule = LoginThrottle.ACCOUNT_AT_ADDRESS;
        assertThat(rule.blockAfter(4)).isZero();
        assertThat(rule.blockAfter(5)).isEqualTo(Duration.ofMinutes(1));
        assertThat(rule.blockAfter(6)).isEqualTo(Duration.ofMinutes(2));
        assertThat(rule.blockAfter(9)).isEqualTo(Duration.ofMinutes(15));
        assertThat(rule.blockAfter(500)).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void failures_from_everywhere_can_keep_an_owner_out_for_two_minutes_at_most() {
        var rule = LoginThrottle.ACCOUNT;
        assertThat(rule.blockAfter(29)).isZero();
        assertThat(rule.blockAfter(10_000)).isLessThanOrEqualTo(Duration.ofMinutes(2));
    }
}
