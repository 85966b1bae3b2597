package jp.akapen.manuscript;

import java.util.Locale;

/** 初校, 再校, 三校…: the names Japanese editors give correction rounds. */
public final class RoundNames {

    private static final String[] KANJI = {"", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};

    private RoundNames() {
    }

    /**
     * The Japanese name, stored with a notice as its last argument: a notice is worded when it is read, in the
     * reader's language, and the Japanese text names the round as the round page does (初校, not 第1回) while the
     * English one says "round {1}" from the number (issue 22).
     */
    public static String noticeName(int number) {
        return of(number, Locale.JAPANESE);
    }

    public static String of(int number, Locale locale) {
        if (number < 1) {
            throw new IllegalArgumentException("Rounds are numbered from 1: " + number);
        }
        if (locale != null && !"ja".equals(locale.getLanguage())) {
            return "Round " + number;
        }
        return switch (number) {
            case 1 -> "初校";
            case 2 -> "再校";
            default -> (number < KANJI.length ? KANJI[number] : String.valueOf(number)) + "校";
        };
    }
}
