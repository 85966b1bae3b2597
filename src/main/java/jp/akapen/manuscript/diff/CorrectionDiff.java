package jp.akapen.manuscript.diff;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.bitbucket.cowwoc.diffmatchpatch.DiffMatchPatch;
import org.bitbucket.cowwoc.diffmatchpatch.DiffMatchPatch.Diff;
import org.bitbucket.cowwoc.diffmatchpatch.DiffMatchPatch.Operation;

/**
 * Finds the corrections between a draft and its corrected text, grouped the way a person would name them.
 *
 * <p>How (W2):
 * <ol>
 * <li>The common head and tail are cut off (never inside a surrogate pair).</li>
 * <li>Sentence pre-pass: the rest of both texts is cut into sentences (a sentence ends after a run of
 *     {@code 。！？!?} and newlines, closing brackets following them included); each distinct sentence
 *     becomes one char and the two sentence sequences are diffed like diff-match-patch's line mode.</li>
 * <li>Only the runs of sentences that differ are diffed character by character (diff-match-patch), then
 *     cleaned up with {@code diffCleanupSemantic} clause by clause: an unchanged stretch holding clause
 *     punctuation is never merged into a change.</li>
 * <li>No change starts or ends inside a surrogate pair: a boundary next to one moves outwards.</li>
 * <li>Grouping: two neighbouring changes become one when the unchanged text between them is at most
 *     {@value #MAX_GLUE} chars and holds no sentence or clause punctuation ({@code 。、，．！？!?「」『』} or a
 *     line break). Japanese has no spaces, so this is what keeps a replaced word or a rewritten clause one
 *     change while two corrections in different clauses stay apart.</li>
 * <li>Each change loses the head and tail its before and after share.</li>
 * <li>Whole words: each change widens to the word boundaries of {@link Words} in both texts (雰囲→空 becomes
 *     雰囲気→空気), so a reviewer accepts or rejects whole words. Changes that come to touch become one; changes
 *     a whole unchanged word apart stay two (申込みを受付ける→申し込みを受け付ける is 申込→申し込 and 受付→受け付).</li>
 * </ol>
 */
public final class CorrectionDiff {

    /** Longest unchanged stretch that still glues two changes into one. */
    static final int MAX_GLUE = 2;

    /** Texts cut into more distinct sentences than chars can number are diffed by character throughout. */
    private static final int MAX_UNITS = 60_000;

    private CorrectionDiff() {
    }

    /**
     * Changes that turn {@code base} into {@code corrected}: ordered by start, non-overlapping, grouped as a person
     * would call one correction. Applying all of them to {@code base} yields exactly {@code corrected}.
     */
    public static List<Change> between(String base, String corrected) {
        return between(base, corrected, true);
    }

    /** {@link #between} with or without step 7 (whole words), to measure what the words cost in changed chars. */
    static List<Change> between(String base, String corrected, boolean wholeWords) {
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(corrected, "corrected");
        if (base.equals(corrected)) {
            return List.of();
        }
        List<int[]> edits = rawEdits(new DiffMatchPatch(), base, corrected);
        edits = widenOverSurrogates(base, edits);
        edits = group(base, edits, MAX_GLUE);
        List<int[]> trimmed = new ArrayList<>(edits.size());
        for (int[] e : edits) {
            int[] t = trimmed(base, corrected, e);
            if (t != null) {
                trimmed.add(t);
            }
        }
        if (wholeWords) {
            trimmed = wholeWords(base, corrected, trimmed);
        }
        List<Change> changes = new ArrayList<>(trimmed.size());
        for (int[] e : trimmed) {
            changes.add(new Change(e[0], e[1], base.substring(e[0], e[1]), corrected.substring(e[2], e[3])));
        }
        return List.copyOf(changes);
    }

    // ---- 1–3: raw edits as {baseStart, baseEnd, correctedStart, correctedEnd} ----

    static List<int[]> rawEdits(DiffMatchPatch dmp, String base, String corrected) {
        int prefix = commonPrefix(base, 0, base.length(), corrected, 0, corrected.length());
        int suffix = commonSuffix(base, prefix, base.length(), corrected, prefix, corrected.length());
        int bEnd = base.length() - suffix;
        int cEnd = corrected.length() - suffix;
        List<int[]> edits = new ArrayList<>();
        if (prefix == bEnd) {
            edits.add(new int[] {prefix, prefix, prefix, cEnd});
        } else if (prefix == cEnd) {
            edits.add(new int[] {prefix, bEnd, prefix, prefix});
        } else {
            bySentences(dmp, base, prefix, bEnd, corrected, prefix, cEnd, edits);
        }
        return edits;
    }

    private static void bySentences(DiffMatchPatch dmp, String base, int bFrom, int bTo, String corrected, int cFrom, int cTo, List<int[]> out) {
        List<int[]> bUnits = sentences(base, bFrom, bTo);
        List<int[]> cUnits = sentences(corrected, cFrom, cTo);
        if (bUnits.size() + cUnits.size() <= 3) {
            byCharacters(dmp, base, bFrom, bTo, corrected, cFrom, cTo, out);
            return;
        }
        Map<String, Character> ids = new HashMap<>();
        String bCode = encode(base, bUnits, ids);
        String cCode = bCode == null ? null : encode(corrected, cUnits, ids);
        if (cCode == null) {
            byCharacters(dmp, base, bFrom, bTo, corrected, cFrom, cTo, out);
            return;
        }
        LinkedList<Diff> diffs = dmp.diffMain(bCode, cCode, false);
        int bu = 0; // next unit index in base
        int cu = 0;
        int regionB = -1; // unit index where the open changed region starts
        int regionC = -1;
        for (Diff d : diffs) {
            int n = d.text.length();
            if (d.operation == Operation.EQUAL) {
                if (regionB >= 0) {
                    flushRegion(dmp, base, bUnits, regionB, bu, bFrom, corrected, cUnits, regionC, cu, cFrom, out);
                    regionB = -1;
                }
                bu += n;
                cu += n;
            } else {
                if (regionB < 0) {
                    regionB = bu;
                    regionC = cu;
                }
                if (d.operation == Operation.DELETE) {
                    bu += n;
                } else {
                    cu += n;
                }
            }
        }
        if (regionB >= 0) {
            flushRegion(dmp, base, bUnits, regionB, bu, bFrom, corrected, cUnits, regionC, cu, cFrom, out);
        }
    }

    private static void flushRegion(DiffMatchPatch dmp, String base, List<int[]> bUnits, int bu0, int bu1, int bFrom,
            String corrected, List<int[]> cUnits, int cu0, int cu1, int cFrom, List<int[]> out) {
        int bs = unitStart(bUnits, bu0, bFrom);
        int be = unitStart(bUnits, bu1, bFrom);
        int cs = unitStart(cUnits, cu0, cFrom);
        int ce = unitStart(cUnits, cu1, cFrom);
        if (bs == be) {
            out.add(new int[] {bs, bs, cs, ce});
        } else if (cs == ce) {
            out.add(new int[] {bs, be, cs, cs});
        } else {
            byCharacters(dmp, base, bs, be, corrected, cs, ce, out);
        }
    }

    private static int unitStart(List<int[]> units, int index, int from) {
        if (index < units.size()) {
            return units.get(index)[0];
        }
        return units.isEmpty() ? from : units.get(units.size() - 1)[1];
    }

    /** Character diff of base[bFrom, bTo) against corrected[cFrom, cTo), semantically cleaned up. */
    private static void byCharacters(DiffMatchPatch dmp, String base, int bFrom, int bTo, String corrected, int cFrom, int cTo, List<int[]> out) {
        LinkedList<Diff> diffs = cleanedUp(dmp, dmp.diffMain(base.substring(bFrom, bTo), corrected.substring(cFrom, cTo), false));
        int b = bFrom;
        int c = cFrom;
        int[] open = null;
        for (Diff d : diffs) {
            int n = d.text.length();
            switch (d.operation) {
                case EQUAL -> {
                    if (open != null) {
                        out.add(open);
                        open = null;
                    }
                    b += n;
                    c += n;
                }
                case DELETE -> {
                    if (open == null) {
                        open = new int[] {b, b, c, c};
                    }
                    b += n;
                    open[1] = b;
                }
                case INSERT -> {
                    if (open == null) {
                        open = new int[] {b, b, c, c};
                    }
                    c += n;
                    open[3] = c;
                }
            }
        }
        if (open != null) {
            out.add(open);
        }
    }

    /**
     * {@code diffCleanupSemantic} clause by clause: unchanged text holding clause punctuation is kept as it is, and
     * only the diffs between two such stretches are cleaned up together. Otherwise the cleanup would swallow a
     * lone {@code 、} between two corrections and join corrections of different clauses into one.
     */
    private static LinkedList<Diff> cleanedUp(DiffMatchPatch dmp, LinkedList<Diff> diffs) {
        LinkedList<Diff> cleaned = new LinkedList<>();
        LinkedList<Diff> clause = new LinkedList<>();
        for (Diff d : diffs) {
            if (d.operation == Operation.EQUAL && hasClausePunctuation(d.text)) {
                dmp.diffCleanupSemantic(clause);
                cleaned.addAll(clause);
                clause.clear();
                cleaned.add(d);
            } else {
                clause.add(d);
            }
        }
        dmp.diffCleanupSemantic(clause);
        cleaned.addAll(clause);
        return cleaned;
    }

    private static boolean hasClausePunctuation(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isClausePunctuation(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Sentences of text[from, to) as {start, end} pairs: each ends after a run of 。！？!? and line breaks,
     * closing brackets right after such a run included. The pieces cover the range without gaps.
     */
    static List<int[]> sentences(String text, int from, int to) {
        List<int[]> units = new ArrayList<>();
        int start = from;
        int i = from;
        while (i < to) {
            char ch = text.charAt(i++);
            if (isSentenceEnd(ch)) {
                while (i < to && (isSentenceEnd(text.charAt(i)) || isClosing(text.charAt(i)))) {
                    i++;
                }
                units.add(new int[] {start, i});
                start = i;
            }
        }
        if (start < to) {
            units.add(new int[] {start, to});
        }
        return units;
    }

    private static boolean isSentenceEnd(char ch) {
        return ch == '。' || ch == '！' || ch == '？' || ch == '!' || ch == '?' || ch == '\n';
    }

    private static boolean isClosing(char ch) {
        return ch == '」' || ch == '』' || ch == '）' || ch == ')' || ch == '\r';
    }

    /** One char per sentence, the same char for the same sentence text; null when there are too many. */
    private static String encode(String text, List<int[]> units, Map<String, Character> ids) {
        StringBuilder code = new StringBuilder(units.size());
        for (int[] u : units) {
            String s = text.substring(u[0], u[1]);
            Character id = ids.get(s);
            if (id == null) {
                if (ids.size() >= MAX_UNITS) {
                    return null;
                }
                id = (char) (ids.size() + 1);
                ids.put(s, id);
            }
            code.append(id.charValue());
        }
        return code.toString();
    }

    // ---- 4: surrogate pairs ----

    /**
     * Moves every boundary that would cut a surrogate pair outwards by one char. The text just outside an
     * edit is unchanged text, the same in both versions, so both sides move together.
     */
    private static List<int[]> widenOverSurrogates(String base, List<int[]> edits) {
        for (int[] e : edits) {
            if (e[0] > 0 && Character.isHighSurrogate(base.charAt(e[0] - 1))) {
                e[0]--;
                e[2]--;
            }
            if (e[1] < base.length() && Character.isLowSurrogate(base.charAt(e[1]))) {
                e[1]++;
                e[3]++;
            }
        }
        return edits;
    }

    // ---- 5: grouping ----

    private static List<int[]> group(String base, List<int[]> edits, int maxGlue) {
        List<int[]> grouped = new ArrayList<>(edits.size());
        int[] current = null;
        for (int[] e : edits) {
            if (current != null && glues(base, current[1], e[0], maxGlue)) {
                current[1] = e[1];
                current[3] = e[3];
            } else {
                if (current != null) {
                    grouped.add(current);
                }
                current = e.clone();
            }
        }
        if (current != null) {
            grouped.add(current);
        }
        return grouped;
    }

    /** Whether the unchanged base[from, to) between two changes is short and punctuation-free enough to glue them. */
    private static boolean glues(String base, int from, int to, int maxGlue) {
        if (to - from > maxGlue) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (isClausePunctuation(base.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    static boolean isClausePunctuation(char ch) {
        return switch (ch) {
            case '。', '、', '，', '．', '！', '？', '!', '?', '「', '」', '『', '』', '\n', '\r' -> true;
            default -> false;
        };
    }

    // ---- 6: trimming ----

    private static int[] trimmed(String base, String corrected, int[] e) {
        int head = commonPrefix(base, e[0], e[1], corrected, e[2], e[3]);
        int tail = commonSuffix(base, e[0] + head, e[1], corrected, e[2] + head, e[3]);
        int bs = e[0] + head;
        int be = e[1] - tail;
        int cs = e[2] + head;
        int ce = e[3] - tail;
        if (bs == be && cs == ce) {
            return null;
        }
        return new int[] {bs, be, cs, ce};
    }

    // ---- 7: whole words ----

    /**
     * Widens every edit until it starts and ends on a word boundary ({@link Words}) of both texts, joining edits
     * that come to touch, until none moves. Outside an edit both texts are the same (up to the next edit), so both
     * sides widen by the same chars and applying the edits still gives the corrected text. The boundary must hold
     * in the corrected text too: 学校へ→学校長へ becomes 学校→学校長, not an insertion of 長 after a whole word.
     * An edit of punctuation, spaces and symbols alone stays as it is: deleting the 、 of 中心、芸術 is that
     * deletion, though 中心芸術 then reads as one run.
     */
    static List<int[]> toWordBoundaries(String base, String corrected, List<int[]> edits) {
        List<int[]> out = new ArrayList<>(edits.size());
        for (int[] e : edits) {
            out.add(e.clone());
        }
        boolean moved = true;
        while (moved) {
            moved = false;
            for (int i = 0; i < out.size(); i++) {
                int[] e = out.get(i);
                while (!onBoundaries(base, corrected, e, e[0], e[2])) {
                    moved = true;
                    if (i > 0 && out.get(i - 1)[1] == e[0]) {
                        int[] previous = out.remove(--i);
                        e[0] = previous[0];
                        e[2] = previous[2];
                    } else {
                        int step = Character.charCount(base.codePointBefore(e[0]));
                        e[0] -= step;
                        e[2] -= step;
                    }
                }
            }
            for (int i = out.size() - 1; i >= 0; i--) {
                int[] e = out.get(i);
                while (!onBoundaries(base, corrected, e, e[1], e[3])) {
                    moved = true;
                    if (i + 1 < out.size() && out.get(i + 1)[0] == e[1]) {
                        int[] next = out.remove(i + 1);
                        e[1] = next[1];
                        e[3] = next[3];
                    } else {
                        int step = Character.charCount(base.codePointAt(e[1]));
                        e[1] += step;
                        e[3] += step;
                    }
                }
            }
        }
        return out;
    }

    /**
     * Widens, joins and glues until nothing moves. Each step can undo another's work: joining an edit of symbols
     * alone to a widened word edit makes an edit that must widen again (、😀 next to 編集委員 ends before the
     * combining mark that belongs to 😀), and widening can bring two edits within gluing distance. Every step only
     * widens or joins, so this ends.
     */
    private static List<int[]> wholeWords(String base, String corrected, List<int[]> edits) {
        List<int[]> words = edits;
        while (true) {
            List<int[]> next = glueInsideWords(base, group(base, toWordBoundaries(base, corrected, words), 0));
            if (same(next, words)) {
                return next;
            }
            words = next;
        }
    }

    private static boolean same(List<int[]> a, List<int[]> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!Arrays.equals(a.get(i), b.get(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Joins two neighbouring edits whose unchanged text between them would glue (step 5) and is not a whole word: a
     * widened edit can come that close to an edit of symbols alone, which keeps its place inside a word (学区民編集委員
     * →　私編集委！員 is one change, not 学区民編→　私編 and ！ with 集委 of the same word between them).
     */
    private static List<int[]> glueInsideWords(String base, List<int[]> edits) {
        List<int[]> out = new ArrayList<>(edits.size());
        for (int[] e : edits) {
            int[] previous = out.isEmpty() ? null : out.getLast();
            if (previous != null && glues(base, previous[1], e[0], MAX_GLUE)
                    && !(Words.isBoundary(base, previous[1]) && Words.isBoundary(base, e[0]))) {
                previous[1] = e[1];
                previous[3] = e[3];
            } else {
                out.add(e.clone());
            }
        }
        return out;
    }

    /** Whether edit {@code e} may start (or end) at {@code inBase} and {@code inCorrected}. */
    private static boolean onBoundaries(String base, String corrected, int[] e, int inBase, int inCorrected) {
        return (onlySymbols(base, e[0], e[1]) && onlySymbols(corrected, e[2], e[3]))
                || (Words.isBoundary(base, inBase) && Words.isBoundary(corrected, inCorrected));
    }

    static boolean onlySymbols(String text, int from, int to) {
        for (int i = from; i < to; i += Character.charCount(text.codePointAt(i))) {
            if (Words.script(text.codePointAt(i)) != Words.Script.SINGLE) {
                return false;
            }
        }
        return true;
    }

    /** Length of the common head of a[aFrom, aTo) and b[bFrom, bTo), never ending between the halves of a surrogate pair. */
    static int commonPrefix(String a, int aFrom, int aTo, String b, int bFrom, int bTo) {
        int max = Math.min(aTo - aFrom, bTo - bFrom);
        int n = 0;
        while (n < max && a.charAt(aFrom + n) == b.charAt(bFrom + n)) {
            n++;
        }
        if (n > 0 && Character.isHighSurrogate(a.charAt(aFrom + n - 1))) {
            n--;
        }
        return n;
    }

    /** Length of the common tail of a[aFrom, aTo) and b[bFrom, bTo), never starting between the halves of a surrogate pair. */
    static int commonSuffix(String a, int aFrom, int aTo, String b, int bFrom, int bTo) {
        int max = Math.min(aTo - aFrom, bTo - bFrom);
        int n = 0;
        while (n < max && a.charAt(aTo - 1 - n) == b.charAt(bTo - 1 - n)) {
            n++;
        }
        if (n > 0 && Character.isLowSurrogate(a.charAt(aTo - n))) {
            n--;
        }
        return n;
    }
}
