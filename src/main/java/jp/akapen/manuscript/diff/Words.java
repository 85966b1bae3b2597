package jp.akapen.manuscript.diff;

/**
 * Where words begin and end in Japanese text without a dictionary (W2, issue 22). Kuromoji is not in the local
 * Maven repository this project builds from, so words are told by script class.
 *
 * <p>The rule:
 * <ul>
 * <li>A run of kanji (with 々 〆 ヶ) is one word: 雰囲気, 羅生門. A run of four or more is a compound of two-kanji
 *     words and is cut every two kanji from its start, an odd kanji going with the last pair: 重要|問題,
 *     区民|編集|委員, 母性|中心説. Most Sino-Japanese words are two kanji; taking a whole 8-kanji run for a one-kanji
 *     correction would hide what changed.</li>
 * <li>A run of katakana (with ー), or of Latin letters and digits (half- or full-width, or any other alphabet),
 *     is one word: コーヒー, Sentimentalisme, 2027.</li>
 * <li>Hiragana is cut at every char. It is where Japanese writes particles (は、を、ので), okurigana and
 *     inflections, each one or two chars, and a run of it is rarely one word (まれるからであったのですが):
 *     a dictionary could tell ので from の+で, a script class cannot, and whole runs would make a moved comma
 *     take half a clause with it. So okurigana are their own words next to the kanji they follow: 行なう→行う
 *     is the deletion of な, while 取扱い→取り扱い, which cuts into the kanji run 取扱, becomes 取扱→取り扱.</li>
 * <li>Punctuation, brackets, spaces, line breaks and other symbols are one word each.</li>
 * <li>Combining marks, variation selectors and zero-width joiners belong to the char before them, and a
 *     surrogate pair is never cut.</li>
 * </ul>
 */
final class Words {

    enum Script { KANJI, HIRAGANA, KATAKANA, ALNUM, SINGLE, JOINING }

    private static final char ZWJ = 0x200D; // joins emoji into one picture (👩‍👧)

    private Words() {
    }

    /** Whether a word begins (or ends) at index {@code at} of {@code text}: between two chars of different words. */
    static boolean isBoundary(String text, int at) {
        if (at <= 0 || at >= text.length()) {
            return true;
        }
        if (Character.isLowSurrogate(text.charAt(at)) && Character.isHighSurrogate(text.charAt(at - 1))) {
            return false;
        }
        Script after = script(text.codePointAt(at));
        if (after == Script.JOINING || text.charAt(at - 1) == ZWJ) {
            return false;
        }
        Script before = scriptBefore(text, at);
        if (before != after || before == Script.SINGLE || before == Script.HIRAGANA) {
            return true;
        }
        return before == Script.KANJI && insideLongCompound(text, at);
    }

    /** Whether {@code at}, inside a kanji run, is a seam between two-kanji words of a compound of four or more. */
    private static boolean insideLongCompound(String text, int at) {
        int start = at;
        int offset = 0;
        while (start > 0 && script(text.codePointBefore(start)) == Script.KANJI) {
            start -= Character.charCount(text.codePointBefore(start));
            offset++;
        }
        int rest = 0;
        for (int i = at; i < text.length() && script(text.codePointAt(i)) == Script.KANJI; i += Character.charCount(text.codePointAt(i))) {
            rest++;
        }
        return offset + rest >= 4 && offset % 2 == 0 && rest >= 2;
    }

    /** The class of the code point before {@code at}, looking past combining marks to the char they belong to. */
    private static Script scriptBefore(String text, int at) {
        int i = at;
        while (i > 0) {
            int cp = text.codePointBefore(i);
            Script s = script(cp);
            if (s != Script.JOINING) {
                return s;
            }
            i -= Character.charCount(cp);
        }
        return Script.SINGLE;
    }

    static Script script(int cp) {
        if (cp == '々' || cp == '〆' || cp == 'ヶ' || cp == 'ヵ') {
            return Script.KANJI;
        }
        if (cp == 'ー' || cp == 'ｰ') {
            return Script.KATAKANA;
        }
        if (Character.isLetterOrDigit(cp)) {
            return switch (Character.UnicodeScript.of(cp)) {
                case HAN -> Script.KANJI;
                case HIRAGANA -> Script.HIRAGANA;
                case KATAKANA -> Script.KATAKANA;
                case LATIN, COMMON -> Script.ALNUM; // COMMON: digits, half- and full-width
                default -> Script.ALNUM;            // Greek, Cyrillic, Hangul...: letters of a word all the same
            };
        }
        int type = Character.getType(cp);
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.COMBINING_SPACING_MARK
                || (cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0xE0100 && cp <= 0xE01EF) || cp == ZWJ) {
            return Script.JOINING;
        }
        if (cp == 0x3099 || cp == 0x309A) {
            return Script.JOINING; // combining (han)dakuten
        }
        return Script.SINGLE;
    }
}
