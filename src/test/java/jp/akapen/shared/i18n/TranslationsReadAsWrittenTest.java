package jp.akapen.shared.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Texts with values in them go through {@link java.text.MessageFormat}, which swallows a lone apostrophe and whatever
 * follows it ("the ward's office, {0}" read "the wards office, {0}"); and an English count of one reads "1 change".
 */
class TranslationsReadAsWrittenTest {

    private static final Pattern PARAMETER = Pattern.compile("\\{\\d");
    private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");

    static Properties load(String language) throws IOException {
        var properties = new Properties();
        try (var in = TranslationsReadAsWrittenTest.class.getResourceAsStream(
                "/vaadin-i18n/translations_" + language + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @ParameterizedTest
    @ValueSource(strings = {"ja", "en"})
    void no_text_with_values_has_an_apostrophe_the_formatter_would_swallow(String language) throws IOException {
        Properties texts = load(language);
        List<String> swallowed = new ArrayList<>();
        for (String key : texts.stringPropertyNames()) {
            String text = texts.getProperty(key);
            if (PARAMETER.matcher(text).find() && LONE_APOSTROPHE.matcher(text.replace("'{'", "").replace("'}'", "")).find()) {
                swallowed.add(key + "=" + text);
            }
        }
        assertThat(swallowed).as("write ’ (or '' for a literal ')").isEmpty();
    }

    @Test
    void an_english_count_of_one_is_singular_and_other_counts_plural() {
        var provider = new AkapenI18NProvider();
        assertThat(provider.getTranslation("manuscript.review.pending", Locale.ENGLISH, 1))
                .isEqualTo("1 change is not decided yet.");
        assertThat(provider.getTranslation("manuscript.review.pending", Locale.ENGLISH, 3))
                .isEqualTo("3 changes are not decided yet.");
        // a notice keeps its values as text
        assertThat(provider.getTranslation("manuscript.notice.round-returned", Locale.ENGLISH, "春の号", "2", "1"))
                .isEqualTo("Round 2 of “春の号” was returned: please review 1 change.");
        assertThat(provider.getTranslation("manuscript.compare.summary", Locale.ENGLISH, 1_200))
                .isEqualTo("1,200 changes");
        assertThat(provider.getTranslation("manuscript.review.pending", Locale.JAPANESE, 1)).contains("1");
    }
}
