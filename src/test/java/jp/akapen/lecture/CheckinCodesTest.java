package jp.akapen.lecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CheckinCodesTest {

    private static final Instant START = Instant.parse("2026-12-10T05:00:00Z");
    private static final Instant END = START.plus(Duration.ofHours(2));

    @Test
    void a_code_is_accepted_from_thirty_minutes_before_the_start_until_the_end() {
        assertThat(CheckinCodes.open(START, END, START.minus(Duration.ofMinutes(31)))).isFalse();
        assertThat(CheckinCodes.open(START, END, START.minus(Duration.ofMinutes(30)))).isTrue();
        assertThat(CheckinCodes.open(START, END, END)).isTrue();
        assertThat(CheckinCodes.open(START, END, END.plusSeconds(1))).isFalse();
    }

    @Test
    void a_code_typed_with_full_width_digits_or_spaces_is_the_same_code_and_another_sessions_hash_differs() {
        assertThat(CheckinCodes.hash(7, "１２３ ４５６")).isEqualTo(CheckinCodes.hash(7, "123456"));
        assertThat(CheckinCodes.hash(8, "123456")).isNotEqualTo(CheckinCodes.hash(7, "123456"));
        assertThat(CheckinCodes.newCode()).matches("[0-9]{6}");
    }

    @Test
    void the_fifth_wrong_code_in_ten_minutes_makes_the_resident_wait_until_the_oldest_of_them_is_ten_minutes_old() {
        Instant now = START;
        var four = List.of(now.minusSeconds(300), now.minusSeconds(200), now.minusSeconds(100), now.minusSeconds(50));
        assertThat(CheckinCodes.wait(four, now)).isEmpty();
        var five = new java.util.ArrayList<>(four);
        five.add(now);
        assertThat(CheckinCodes.wait(five, now)).contains(Duration.ofMinutes(5));
    }
}
