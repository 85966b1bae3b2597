package jp.akapen.account.mfa;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The one-time codes of the second factor (seed P3, ASVS 2.8). */
class TotpTest {

    /** RFC 6238 Appendix B's SHA-1 secret. */
    static final byte[] RFC_SECRET = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    final Totp totp = new Totp();

    @ParameterizedTest(name = "at {0} s the code is {1}")
    @DisplayName("RFC 6238 test vectors (SHA-1; the last six of the RFC's eight digits)")
    @CsvSource({"59, 287082", "1111111109, 081804", "1111111111, 050471", "1234567890, 005924",
            "2000000000, 279037", "20000000000, 353130"})
    void codes_match_the_rfc_6238_test_vectors(long seconds, String code) {
        assertThat(totp.codeAt(RFC_SECRET, Instant.ofEpochSecond(seconds))).isEqualTo(code);
        assertThat(totp.match(RFC_SECRET, code, Instant.ofEpochSecond(seconds), null)).isPresent();
    }

    @Test
    void a_code_from_one_step_before_or_after_the_servers_clock_is_accepted_but_not_from_two() {
        Instant now = Instant.ofEpochSecond(1_700_000_000L);
        long step = Totp.step(now);
        for (int offset = -2; offset <= 2; offset++) {
            String code = totp.codeAt(RFC_SECRET, now.plusSeconds(30L * offset));
            var match = totp.match(RFC_SECRET, code, now, null);
            if (Math.abs(offset) <= Totp.DRIFT_STEPS) {
                assertThat(match).as("offset %d", offset).hasValue(step + offset);
            } else {
                assertThat(match).as("offset %d", offset).isEmpty();
            }
        }
    }

    @Test
    void a_code_of_the_step_already_used_or_an_earlier_one_is_refused() {
        Instant now = Instant.ofEpochSecond(1_700_000_000L);
        long step = Totp.step(now);
        String current = totp.codeAt(RFC_SECRET, now);
        String previous = totp.codeAt(RFC_SECRET, now.minusSeconds(30));
        String next = totp.codeAt(RFC_SECRET, now.plusSeconds(30));

        assertThat(totp.match(RFC_SECRET, current, now, step)).as("replay of the same code").isEmpty();
        assertThat(totp.match(RFC_SECRET, previous, now, step)).as("an earlier code after a later one").isEmpty();
        assertThat(totp.match(RFC_SECRET, next, now, step)).as("the next code is still fine").hasValue(step + 1);
    }

    @Test
    void anything_but_six_digits_is_refused_without_computing() {
        Instant now = Instant.ofEpochSecond(59);
        assertThat(totp.match(RFC_SECRET, "28708", now, null)).isEmpty();
        assertThat(totp.match(RFC_SECRET, "2870820", now, null)).isEmpty();
        assertThat(totp.match(RFC_SECRET, "28708a", now, null)).isEmpty();
        assertThat(totp.match(RFC_SECRET, null, now, null)).isEmpty();
    }

    @Test
    void a_wrong_code_is_refused() {
        Instant now = Instant.ofEpochSecond(59);
        assertThat(totp.match(RFC_SECRET, "287083", now, null)).isEmpty();
    }

    @Test
    void the_secret_travels_as_rfc_4648_base32_that_people_may_type_in_groups_and_lower_case() {
        assertThat(Base32.encode("foobar".getBytes(StandardCharsets.US_ASCII))).isEqualTo("MZXW6YTBOI");
        assertThat(Base32.decode("mzxw 6ytb oi")).isEqualTo("foobar".getBytes(StandardCharsets.US_ASCII));
        assertThat(Base32.decode(Base32.encode(RFC_SECRET))).isEqualTo(RFC_SECRET);
    }

    @Test
    void full_width_digits_typed_with_a_japanese_input_method_count_as_digits() {
        assertThat(MfaService.digits(" １２３ ４５６ ")).isEqualTo("123456");
    }

    @Test
    void the_enrolment_uri_names_the_issuer_and_the_account_and_nothing_else() {
        assertThat(MfaService.otpauthUri("ward1", "MZXW6YTBOI")).isEqualTo(
                "otpauth://totp/Akapen%3Award1?secret=MZXW6YTBOI&issuer=Akapen&algorithm=SHA1&digits=6&period=30");
    }
}
