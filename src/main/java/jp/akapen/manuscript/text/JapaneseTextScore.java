package jp.akapen.manuscript.text;

/**
 * How much a decoded text looks like Japanese prose, from −1 to 1: the share of its characters
 * (white space left out) that a Japanese writer uses all the time, less the share that appear
 * mostly when bytes were decoded with the wrong encoding. 1 means every character is common.
 *
 * <ul>
 *   <li>Common: printable ASCII, hiragana, katakana, CJK symbols and punctuation (U+3000–U+30FF),
 *       CJK unified ideographs (U+4E00–U+9FFF), full-width ASCII and yen/pound signs
 *       (U+FF01–U+FF5E, U+FFE0–U+FFE6), general punctuation (U+2010–U+203B: dashes, quotes, …, ※),
 *       circled numbers (①) and Roman numerals (Ⅰ).
 *   <li>Suspect: half-width katakana (U+FF61–U+FF9F; EUC-JP read as Shift_JIS is full of them),
 *       private use (U+E000–U+F8FF; Shift_JIS user-defined area), controls.
 *   <li>Everything else (other symbols, Greek, Latin-1, rare kanji) counts as neither.
 * </ul>
 */
final class JapaneseTextScore {

    private JapaneseTextScore() {}

    static double of(String text) {
        long common = 0;
        long suspect = 0;
        long counted = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isWhitespace(cp)) {
                continue;
            }
            counted++;
            if (isCommon(cp)) {
                common++;
            } else if (isSuspect(cp)) {
                suspect++;
            }
        }
        return counted == 0 ? 1.0 : (double) (common - suspect) / counted;
    }

    private static boolean isCommon(int cp) {
        return (cp >= 0x21 && cp <= 0x7E)
                || (cp >= 0x3000 && cp <= 0x30FF)
                || (cp >= 0x4E00 && cp <= 0x9FFF)
                || (cp >= 0xFF01 && cp <= 0xFF5E)
                || (cp >= 0xFFE0 && cp <= 0xFFE6)
                || (cp >= 0x2010 && cp <= 0x203B)
                || (cp >= 0x2460 && cp <= 0x2473)
                || (cp >= 0x2160 && cp <= 0x217F);
    }

    private static boolean isSuspect(int cp) {
        return (cp >= 0xFF61 && cp <= 0xFF9F)
                || (cp >= 0xE000 && cp <= 0xF8FF)
                || Character.isISOControl(cp);
    }
}
