package jp.akapen.lecture.survey.screening;

import java.text.Normalizer;
import java.util.Arrays;

/**
 * The one spelling a question is compared in: NFKC (full-width letters, half-width kana), hiragana for katakana, lower
 * case, with each character's place in the text as written, so that a finding quotes the question's own characters.
 */
final class Spelling {

    private final String original;
    private final String normalized;
    private final String folded;
    private final int[] originalStart;
    private final int[] originalEnd;

    private Spelling(String original, String normalized, int[] originalStart, int[] originalEnd) {
        this.original = original;
        this.normalized = normalized;
        this.folded = fold(normalized);
        this.originalStart = originalStart;
        this.originalEnd = originalEnd;
    }

    static Spelling of(String text) {
        StringBuilder normalized = new StringBuilder(text.length());
        int[] starts = new int[text.length() * 4 + 1];
        int[] ends = new int[text.length() * 4 + 1];
        int i = 0;
        while (i < text.length()) {
            int next = i + Character.charCount(text.codePointAt(i));
            // A half-width kana and its separate voicing mark (ｶﾞ) are one character once normalized.
            while (next < text.length() && isVoicingMark(text.charAt(next))) {
                next++;
            }
            String piece = Normalizer.normalize(text.substring(i, next), Normalizer.Form.NFKC);
            for (int k = 0; k < piece.length(); k++) {
                if (normalized.length() >= starts.length) {
                    starts = Arrays.copyOf(starts, starts.length * 2);
                    ends = Arrays.copyOf(ends, ends.length * 2);
                }
                starts[normalized.length()] = i;
                ends[normalized.length()] = next;
                normalized.append(piece.charAt(k));
            }
            i = next;
        }
        return new Spelling(text, normalized.toString(), starts, ends);
    }

    String normalized() {
        return normalized;
    }

    /** {@link #normalized} folded: the text every spelling of the dictionary is looked for in. */
    String folded() {
        return folded;
    }

    /** Katakana as hiragana and letters in lower case, character for character (the length never changes). */
    static String fold(String normalized) {
        char[] chars = normalized.toCharArray();
        for (int k = 0; k < chars.length; k++) {
            char c = chars[k];
            if (c >= 'ァ' && c <= 'ヶ') {
                chars[k] = (char) (c - 'ァ' + 'ぁ');
            } else {
                chars[k] = Character.toLowerCase(c);
            }
        }
        return new String(chars);
    }

    /** The question's own characters behind {@code [start, end)} of the normalized text. */
    String asWritten(int start, int end) {
        return original.substring(originalStart[start], originalEnd[end - 1]);
    }

    static boolean isKanji(String text) {
        return !text.isEmpty() && text.codePoints()
                .allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN || c == '々');
    }

    private static boolean isVoicingMark(char c) {
        return c == 'ﾞ' || c == 'ﾟ' || c == '\u3099' || c == '\u309A';
    }
}
