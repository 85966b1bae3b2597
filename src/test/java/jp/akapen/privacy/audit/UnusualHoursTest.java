package jp.akapen.privacy.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** Which reads of personal data the handling-status report counts as out of hours (O1; issue 15 item 1). */
class UnusualHoursTest {

    private static boolean unusual(String tokyoTime) {
        return UnusualHours.isUnusual(LocalDateTime.parse(tokyoTime).atZone(ZoneId.of("Asia/Tokyo")).toInstant());
    }

    @Test
    void a_weekday_read_is_unusual_before_seven_and_from_ten_at_night_japan_time() {
        // 2027-02-10 is a Wednesday
        assertThat(unusual("2027-02-10T06:59:59")).isTrue();
        assertThat(unusual("2027-02-10T07:00:00")).isFalse();
        assertThat(unusual("2027-02-10T21:59:59")).isFalse();
        assertThat(unusual("2027-02-10T22:00:00")).isTrue();
    }

    @Test
    void any_read_on_a_saturday_or_sunday_is_unusual() {
        assertThat(unusual("2027-02-13T12:00:00")).isTrue();
        assertThat(unusual("2027-02-14T12:00:00")).isTrue();
        assertThat(unusual("2027-02-15T12:00:00")).isFalse();
    }

    @Test
    void the_hour_is_japans_whatever_the_servers_zone() {
        // 23:30 UTC on a Tuesday is 8:30 on Wednesday in Tokyo
        assertThat(UnusualHours.isUnusual(java.time.Instant.parse("2027-02-09T23:30:00Z"))).isFalse();
        // 13:30 UTC on a Wednesday is 22:30 in Tokyo
        assertThat(UnusualHours.isUnusual(java.time.Instant.parse("2027-02-10T13:30:00Z"))).isTrue();
    }
}
