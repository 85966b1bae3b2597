package jp.akapen.shared.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Issue 22 (English mode): a count reads as English does, "1 round", not "1 rounds". */
class EnglishCountsTest {

    final AkapenI18NProvider i18n = new AkapenI18NProvider();

    @Test
    void the_turnaround_line_says_one_round_in_the_singular_and_more_in_the_plural() {
        for (String key : new String[] {"progress.turnaround.overall", "progress.turnaround.edition"}) {
            assertThat(line(key, 0)).contains(": no rounds ·");
            assertThat(line(key, 1)).contains(": 1 round ·");
            assertThat(line(key, 1234)).contains(": 1,234 rounds ·");
            assertThat(i18n.getTranslation(key, AkapenI18NProvider.JAPANESE, 1, "1日", "2日", "3日", "4日"))
                    .contains("1 回");
        }
    }

    private String line(String key, int rounds) {
        return i18n.getTranslation(key, AkapenI18NProvider.ENGLISH, rounds, "1 day", "2 days", "3 days", "4 days");
    }
}
