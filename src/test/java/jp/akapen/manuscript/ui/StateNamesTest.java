package jp.akapen.manuscript.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import jp.akapen.edition.progress.Stages;
import jp.akapen.manuscript.ArticleManuscript;
import jp.akapen.manuscript.Manuscript;
import jp.akapen.manuscript.ManuscriptStatus;
import jp.akapen.manuscript.RoundNames;
import org.junit.jupiter.api.Test;

/** One name per state (W2, W6, issue 22): the manuscript pages, the edition's list and the notices agree. */
class StateNamesTest {

    @Test
    void a_manuscript_page_names_its_state_as_the_editions_list_and_the_progress_grid_do() {
        LocalDate today = LocalDate.of(2027, 6, 1);
        for (ManuscriptStatus status : ManuscriptStatus.values()) {
            for (int versions : new int[] {0, 1, 3}) {
                for (int round : new int[] {0, 1, 2}) {
                    for (boolean another : new boolean[] {false, true}) {
                        var manuscript = new Manuscript(1, 2L, "記事", 3, "若葉", status, another, versions, round, Instant.EPOCH);
                        var article = new ArticleManuscript(2, 1, 3, status, another, versions, round, null, null,
                                Instant.EPOCH, Instant.EPOCH);
                        String listed = Stages.of(article, Map.of(), null, today).stage().name().toLowerCase(Locale.ROOT);

                        assertThat(Labels.stateKey(manuscript)).as("%s, %d versions, round %d, another round %s",
                                status, versions, round, another).isEqualTo(listed);
                    }
                }
            }
        }
    }

    @Test
    void the_state_names_of_the_list_read_as_users_know_them() throws IOException {
        Properties ja = bundle("ja");
        assertThat(ja.getProperty("edition.stage.not_started")).isEqualTo("未着手");
        assertThat(ja.getProperty("edition.stage.draft_submitted")).isEqualTo("原稿提出済み");
    }

    @Test
    void notices_name_a_round_as_the_round_page_does() {
        // the arguments as CorrectionService, RoundRebaser and ReviewService store them
        Map<String, String[]> notices = Map.of(
                "manuscript.notice.round-opened", new String[] {"記事", "2", RoundNames.noticeName(2)},
                "manuscript.notice.round-rebased", new String[] {"記事", "2", "0", RoundNames.noticeName(2)},
                "manuscript.notice.round-returned", new String[] {"記事", "2", "5", RoundNames.noticeName(2)},
                "manuscript.notice.reply", new String[] {"記事", "2", RoundNames.noticeName(2)},
                "manuscript.notice.review-finished", new String[] {"記事", "2", "4", "1", RoundNames.noticeName(2)});
        var i18n = new jp.akapen.shared.i18n.AkapenI18NProvider();
        notices.forEach((key, args) -> {
            // through the portal's provider, as the inbox shows them (counts kept as text become numbers there)
            String japanese = i18n.getTranslation(key, Locale.JAPANESE, (Object[]) args);
            String english = i18n.getTranslation(key, Locale.ENGLISH, (Object[]) args);
            assertThat(japanese).as(key).contains(RoundNames.of(2, Locale.JAPANESE)).doesNotContain("第2回").doesNotContain("{");
            assertThat(english).as(key).containsIgnoringCase(RoundNames.of(2, Locale.ENGLISH)).doesNotContain("再校");
        });
    }

    private static Properties bundle(String language) throws IOException {
        Properties p = new Properties();
        try (InputStream in = StateNamesTest.class.getResourceAsStream("/vaadin-i18n/translations_" + language + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
