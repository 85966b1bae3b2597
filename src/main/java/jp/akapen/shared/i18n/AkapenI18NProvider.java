package jp.akapen.shared.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Japanese first: a browser that asks for neither Japanese nor English gets Japanese.
 * Bundles are UTF-8 ({@code vaadin-i18n/translations_ja.properties}, {@code _en}).
 */
@Component
public class AkapenI18NProvider implements I18NProvider {

    public static final Locale JAPANESE = Locale.JAPANESE;
    public static final Locale ENGLISH = Locale.ENGLISH;
    static final String BUNDLE = "vaadin-i18n.translations";

    private static final Logger log = LoggerFactory.getLogger(AkapenI18NProvider.class);
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(JAPANESE, ENGLISH);
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Locale target = supported(locale);
        try {
            String pattern = ResourceBundle.getBundle(BUNDLE, target, NO_FALLBACK).getString(key);
            return params.length == 0 ? pattern : new MessageFormat(pattern, target).format(countsAsNumbers(pattern, params));
        } catch (MissingResourceException e) {
            log.warn("Missing translation {} for {}", key, target);
            return "!" + key;
        }
    }

    /**
     * A count kept as text (a notice's or a history entry's arguments are stored as text) becomes a number where the
     * pattern chooses its words by it ("1 change", "2 changes"), since a choice cannot read text.
     */
    static Object[] countsAsNumbers(String pattern, Object[] params) {
        Object[] values = java.util.Arrays.copyOf(params, params.length, Object[].class);
        for (int i = 0; i < values.length; i++) {
            if (values[i] instanceof String text && text.matches("-?\\d{1,18}") && pattern.contains("{" + i + ",choice,")) {
                values[i] = Long.parseLong(text);
            }
        }
        return values;
    }

    public static Locale supported(Locale locale) {
        return locale != null && ENGLISH.getLanguage().equals(locale.getLanguage()) ? ENGLISH : JAPANESE;
    }
}
