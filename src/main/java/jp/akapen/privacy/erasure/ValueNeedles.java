package jp.akapen.privacy.erasure;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
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
 *
 * <p>Ten thousand residents' values share long beginnings (every address starts with the same ward, every email may end
 * with the same domain), so each value is looked up by the stretch of it that the fewest values share, at most a
 * machine word long (4 characters, 8 bytes), which the search reads as a rolling word: a position of the text costs a
 * filter lookup, however many values there are.
 */
final class ValueNeedles {

    static final int SHORTEST = 2;

    private final List<String> text;
    private final List<byte[]> bytes;
    /**
     * No needle has a zero byte (text never has one, but a value could hold U+0000): the search then skips the zero
     * pages that make up most of a database's files.
     */
    private final boolean zeroFree;
    private final int searched;
    private final int skipped;
    private final Windows textIndex;
    private final Windows byteIndex;

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
        this.zeroFree = bytes.stream().noneMatch(b -> {
            for (byte unit : b) {
                if (unit == 0) {
                    return true;
                }
            }
            return false;
        });
        this.searched = searchedValues;
        this.skipped = skippedValues;
        this.textIndex = new Windows(16, text.stream().map(t -> t.chars().toArray()).toList());
        this.byteIndex = new Windows(8, bytes.stream().map(b -> {
            int[] units = new int[b.length];
            for (int i = 0; i < b.length; i++) {
                units[i] = b[i] & 0xFF;
            }
            return units;
        }).toList());
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
        long word = 0;
        for (int j = 0; j < hay.length(); j++) {
            word = (word << 16) | hay.charAt(j);
            for (Windows.Table table : textIndex.tables) {
                if (j + 1 < table.length) {
                    continue;
                }
                for (int e = table.first(word); e >= 0; e = table.next[e]) {
                    int start = j - table.end[e];
                    if (start >= 0 && hay.startsWith(text.get(table.needle[e]), start)) {
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
     * At how many positions within {@code [0, countUpTo)} of the buffer one of the values' bytes starts (it may run on
     * up to {@code length}).
     */
    long occurrences(byte[] buffer, int countUpTo, int length) {
        Set<Integer> starts = null;
        long word = 0;
        int run = 0; // how many bytes up to j a window may span: since the last zero byte, where no needle has one
        for (int j = 0; j < length; j++) {
            int unit = buffer[j] & 0xFF;
            word = (word << 8) | unit;
            if (unit == 0 && zeroFree) {
                run = 0;
                continue;
            }
            run++;
            for (Windows.Table table : byteIndex.tables) {
                if (run < table.length) {
                    continue;
                }
                for (int e = table.first(word); e >= 0; e = table.next[e]) {
                    int start = j - table.end[e];
                    byte[] needle = bytes.get(table.needle[e]);
                    if (start >= 0 && start < countUpTo && start + needle.length <= length
                            && Arrays.equals(buffer, start, start + needle.length, needle, 0, needle.length)) {
                        if (starts == null) {
                            starts = new HashSet<>();
                        }
                        starts.add(start);
                    }
                }
            }
        }
        return starts == null ? 0 : starts.size();
    }

    @Override
    public String toString() {
        return "ValueNeedles[" + searched + " values, " + skipped + " skipped]";
    }

    /**
     * The needles by one window each: a needle of a word's length or more by the word-long stretch of it that the
     * fewest needles share, a shorter one by all of it. One table per window length, each with a bit filter in front.
     */
    private static final class Windows {

        private final List<Table> tables = new ArrayList<>();
        private final int counterBits;

        Windows(int bits, List<int[]> needles) {
            int width = 64 / bits;
            counterBits = bitsFor(needles.stream().mapToInt(n -> n.length).sum());
            int[] shared = new int[1 << counterBits];
            for (int[] needle : needles) {
                if (needle.length >= width) {
                    long word = 0;
                    for (int j = 0; j < needle.length; j++) {
                        word = (word << bits) | needle[j];
                        if (j + 1 >= width) {
                            shared[counter(word)]++;
                        }
                    }
                }
            }
            Table[] byLength = new Table[width + 1];
            for (int n = 0; n < needles.size(); n++) {
                int[] needle = needles.get(n);
                int length = Math.min(width, needle.length);
                long word = 0;
                long chosen = 0;
                int end = -1;
                for (int j = 0; j < needle.length; j++) {
                    word = (word << bits) | needle[j];
                    if (j + 1 >= length && (end < 0 || shared[counter(word)] < shared[counter(chosen)])) {
                        chosen = word & mask(bits, length);
                        end = j;
                    }
                }
                if (byLength[length] == null) {
                    byLength[length] = new Table(length, bits);
                }
                byLength[length].add(chosen, n, end);
            }
            for (Table table : byLength) {
                if (table != null) {
                    table.build();
                    tables.add(table);
                }
            }
        }

        private int counter(long word) {
            return (int) (mix(word) >>> (64 - counterBits));
        }

        /** Enough bits to address a few times {@code count} slots, from 2^10 to 2^20. */
        private static int bitsFor(int count) {
            return Math.clamp(64 - Long.numberOfLeadingZeros(Math.max(1, count)) + 2, 10, 20);
        }

        private static long mask(int bits, int units) {
            return bits * units >= 64 ? -1L : (1L << (bits * units)) - 1;
        }

        private static long mix(long word) {
            long h = word * 0x9E3779B97F4A7C15L;
            return h ^ (h >>> 29);
        }

        /** Windows of one length: a bit filter, then an open-addressing table of chains of needles. */
        private static final class Table {

            final int length;
            private final long mask;
            private final List<long[]> pending = new ArrayList<>();
            private long[] filter;
            private int filterShift;
            private long[] keys;
            private int[] heads;
            int[] next;
            int[] needle;
            int[] end;

            Table(int length, int bits) {
                this.length = length;
                this.mask = mask(bits, length);
            }

            void add(long window, int needleIndex, int endOffset) {
                pending.add(new long[] {window, needleIndex, endOffset});
            }

            void build() {
                int capacity = Integer.highestOneBit(Math.max(4, pending.size() * 2)) << 1;
                int filterBits = bitsFor(pending.size() * 4);
                filter = new long[(1 << filterBits) / 64];
                filterShift = 64 - filterBits;
                keys = new long[capacity];
                heads = new int[capacity];
                Arrays.fill(heads, -1);
                next = new int[pending.size()];
                needle = new int[pending.size()];
                end = new int[pending.size()];
                for (int e = 0; e < pending.size(); e++) {
                    long window = pending.get(e)[0];
                    needle[e] = (int) pending.get(e)[1];
                    end[e] = (int) pending.get(e)[2];
                    long h = mix(window);
                    filter[(int) (h >>> filterShift) >>> 6] |= 1L << (h >>> filterShift);
                    int slot = (int) h & (capacity - 1);
                    while (heads[slot] >= 0 && keys[slot] != window) {
                        slot = (slot + 1) & (capacity - 1);
                    }
                    keys[slot] = window;
                    next[e] = heads[slot];
                    heads[slot] = e;
                }
                pending.clear();
            }

            /** The first needle whose window is the last {@code length} units of the word, or -1. */
            int first(long word) {
                long window = word & mask;
                long h = mix(window);
                if ((filter[(int) (h >>> filterShift) >>> 6] & (1L << (h >>> filterShift))) == 0) {
                    return -1;
                }
                int slot = (int) h & (keys.length - 1);
                while (heads[slot] >= 0) {
                    if (keys[slot] == window) {
                        return heads[slot];
                    }
                    slot = (slot + 1) & (keys.length - 1);
                }
                return -1;
            }
        }
    }
}
