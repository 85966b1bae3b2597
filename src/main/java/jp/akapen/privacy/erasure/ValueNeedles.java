package jp.akapen.privacy.erasure;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The erased values as the verification scan looks for them (issue 14 item 6), and the search itself; plain Java.
 * Each value is normalised (NFKC, lower case, outer blanks stripped); values shorter than {@value #SHORTEST}
 * characters after that are skipped, since a single character is found everywhere and proves nothing. Text is
 * normalised the same way before it is searched, so a full-width phone number in a mail body matches the half-width
 * one in the vault. Bytes (the database's files) cannot be normalised: they are searched for the UTF-8 bytes of each
 * value as stored and of its NFKC form. {@code toString} shows counts only.
 */
final class ValueNeedles {

    static final int SHORTEST = 2;

    private final List<String> text;
    private final List<byte[]> bytes;
    private final int searched;
    private final int skipped;
    private final Index<String> textIndex;
    private final Index<byte[]> byteIndex;

    ValueNeedles(Collection<String> values) {
        Set<String> texts = new LinkedHashSet<>();
        Set<String> raw = new LinkedHashSet<>();
        int skippedValues = 0;
        int searchedValues = 0;
        for (String value : values) {
            if (value == null) {
                continue;
            }
            String normalized = normalize(value);
            if (normalized.codePointCount(0, normalized.length()) < SHORTEST) {
                skippedValues++;
                continue;
            }
            searchedValues++;
            texts.add(normalized);
            raw.add(value.strip());
            raw.add(Normalizer.normalize(value, Normalizer.Form.NFKC).strip());
        }
        this.text = List.copyOf(texts);
        List<byte[]> encoded = new ArrayList<>();
        raw.forEach(v -> encoded.add(v.getBytes(StandardCharsets.UTF_8)));
        this.bytes = List.copyOf(encoded);
        this.searched = searchedValues;
        this.skipped = skippedValues;
        this.textIndex = new Index<>();
        text.forEach(t -> textIndex.add(key(t.charAt(0), t.charAt(1)), t));
        this.byteIndex = new Index<>();
        bytes.forEach(b -> byteIndex.add(key(b[0] & 0xFF, b[1] & 0xFF), b));
    }

    static String normalize(String value) {
        return Normalizer.normalize(value, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).strip();
    }

    /** How many values are searched for. */
    int searched() {
        return searched;
    }

    /** How many values were too short to search for. */
    int skipped() {
        return skipped;
    }

    boolean isEmpty() {
        return text.isEmpty();
    }

    /** Whether the text, normalised, holds one of the values. */
    boolean foundIn(String cell) {
        if (cell == null || cell.length() < SHORTEST || isEmpty()) {
            return false;
        }
        String hay = normalize(cell);
        for (int i = 0; i + 1 < hay.length(); i++) {
            var candidates = textIndex.at(key(hay.charAt(i), hay.charAt(i + 1)));
            if (candidates != null) {
                for (String needle : candidates) {
                    if (hay.startsWith(needle, i)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** The longest needle in bytes: a chunked reader carries this many bytes less one to the next chunk. */
    int longestBytes() {
        return bytes.stream().mapToInt(b -> b.length).max().orElse(1);
    }

    /**
     * How many times one of the values' bytes starts within {@code [0, countUpTo)} of the buffer (it may run on up to
     * {@code length}).
     */
    long occurrences(byte[] buffer, int countUpTo, int length) {
        long found = 0;
        for (int i = 0; i < countUpTo && i + 1 < length; i++) {
            var candidates = byteIndex.at(key(buffer[i] & 0xFF, buffer[i + 1] & 0xFF));
            if (candidates != null) {
                for (byte[] needle : candidates) {
                    if (i + needle.length <= length
                            && Arrays.equals(buffer, i, i + needle.length, needle, 0, needle.length)) {
                        found++;
                        break;
                    }
                }
            }
        }
        return found;
    }

    private static int key(int first, int second) {
        return ((first * 31) ^ second) & 0xFFFF;
    }

    @Override
    public String toString() {
        return "ValueNeedles[" + searched + " values, " + skipped + " skipped]";
    }

    /** Needles by a hash of their first two units, so most positions cost one array read. */
    private static final class Index<T> {
        @SuppressWarnings("unchecked")
        private final List<T>[] slots = new List[0x10000];

        void add(int key, T needle) {
            if (slots[key] == null) {
                slots[key] = new ArrayList<>(1);
            }
            slots[key].add(needle);
        }

        List<T> at(int key) {
            return slots[key];
        }
    }
}
