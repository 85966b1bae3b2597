package jp.akapen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import jp.akapen.account.Role;
import org.junit.jupiter.api.Test;

class I18nKeysInSyncTest {

    static Properties load(String language) throws IOException {
        var properties = new Properties();
        try (InputStream in = I18nKeysInSyncTest.class.getResourceAsStream(
                "/vaadin-i18n/translations_" + language + ".properties")) {
            assertThat(in).as(language + " bundle").isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void japanese_and_english_have_exactly_the_same_keys() throws IOException {
        Set<String> ja = load("ja").stringPropertyNames();
        Set<String> en = load("en").stringPropertyNames();
        assertThat(new TreeSet<>(ja)).as("keys missing in English").containsAll(en);
        assertThat(new TreeSet<>(en)).as("keys missing in Japanese").containsAll(ja);
    }

    @Test
    void no_translation_is_empty() throws IOException {
        for (String language : new String[] {"ja", "en"}) {
            var properties = load(language);
            assertThat(properties.stringPropertyNames()).as(language)
                    .allSatisfy(key -> assertThat(properties.getProperty(key)).as(key).isNotBlank());
        }
    }

    /** Literal keys in the code ("menu.home", "notice.account.welcome") must exist in the bundles. */
    @Test
    void every_key_the_code_names_exists() throws IOException {
        var known = load("ja").stringPropertyNames();
        var literal = Pattern.compile("\"((?:menu|role|layout|login|home|notice|account|password|error|manuscript|edition|progress|privacy|people|handlers|audit|mfa|purpose)\\.[a-z0-9.-]+)\"");
        var used = new TreeSet<String>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path file : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                var matcher = literal.matcher(Files.readString(file));
                while (matcher.find()) {
                    if (!matcher.group(1).endsWith(".") && !matcher.group(1).endsWith(".css")) {
                        used.add(matcher.group(1));
                    }
                }
            }
        }
        for (Role role : Role.values()) {
            used.add(role.labelKey());
            used.add("home.role-intro." + role.name());
        }
        assertThat(used).isNotEmpty();
        assertThat(known).containsAll(used);
    }
}
