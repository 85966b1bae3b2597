package jp.akapen.proofreading;

import java.util.Locale;

/**
 * The rules' and the house dictionary's notes are written "日本語 / English" in one string (the TSVs stay one file
 * a person edits); this picks the part for a page's language, Japanese unless the page is English.
 */
public final class Bilingual {

    private static final String SEPARATOR = " / ";

    private Bilingual() {
    }

    public static String in(Locale locale, String text) {
        int slash = text.indexOf(SEPARATOR);
        if (slash < 0) {
            return text;
        }
        boolean english = locale != null && "en".equals(locale.getLanguage());
        return english ? text.substring(slash + SEPARATOR.length()) : text.substring(0, slash);
    }
}
