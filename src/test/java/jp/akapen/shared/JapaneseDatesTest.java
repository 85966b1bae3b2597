package jp.akapen.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class JapaneseDatesTest {

    @Test
    void the_contract_start_reads_with_the_reiwa_era() {
        assertThat(JapaneseDates.date(LocalDate.of(2021, 4, 15), Locale.JAPANESE)).isEqualTo("令和3年4月15日");
    }

    @Test
    void the_first_year_of_an_era_is_written_gannen() {
        assertThat(JapaneseDates.date(LocalDate.of(2019, 5, 1), Locale.JAPANESE)).isEqualTo("令和元年5月1日");
        assertThat(JapaneseDates.date(LocalDate.of(2019, 4, 30), Locale.JAPANESE)).isEqualTo("平成31年4月30日");
    }

    @Test
    void english_readers_get_a_plain_date() {
        assertThat(JapaneseDates.date(LocalDate.of(2022, 3, 31), Locale.ENGLISH)).isEqualTo("31 March 2022");
    }

    @Test
    void times_are_shown_in_tokyo_whatever_the_server_zone() {
        // 15:30 UTC is half past midnight the next day in Tokyo
        assertThat(JapaneseDates.dateTime(Instant.parse("2021-04-14T15:30:00Z"), Locale.JAPANESE))
                .isEqualTo("令和3年4月15日 0:30");
    }

    @Test
    void a_fiscal_year_is_named_by_its_era_and_2019_is_reiwa_gannendo() {
        assertThat(JapaneseDates.fiscalYear(2021, Locale.JAPANESE)).isEqualTo("令和3年度");
        assertThat(JapaneseDates.fiscalYear(2019, Locale.JAPANESE)).isEqualTo("令和元年度");
        assertThat(JapaneseDates.fiscalYear(2018, Locale.JAPANESE)).isEqualTo("平成30年度");
        assertThat(JapaneseDates.fiscalYear(2021, Locale.ENGLISH)).isEqualTo("FY2021");
    }

    @Test
    void a_day_belongs_to_the_fiscal_year_that_began_on_the_last_first_of_april() {
        assertThat(JapaneseDates.fiscalYearOf(LocalDate.of(2027, 3, 31))).isEqualTo(2026);
        assertThat(JapaneseDates.fiscalYearOf(LocalDate.of(2027, 4, 1))).isEqualTo(2027);
    }

    @Test
    void today_is_the_tokyo_day_even_while_utc_is_still_on_the_day_before() {
        var clock = java.time.Clock.fixed(Instant.parse("2026-11-29T15:30:00Z"), java.time.ZoneOffset.UTC);
        assertThat(JapaneseDates.today(clock)).isEqualTo(LocalDate.of(2026, 11, 30));
    }
}
