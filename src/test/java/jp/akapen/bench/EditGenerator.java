package jp.akapen.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Makes a corrected version of a Japanese text the way a proof-reader would: replaced kanji compounds and kana
 * words, commas added, dropped and moved, okurigana changes (行なう→行う, 取扱い→取り扱い), inserted and deleted
 * clauses. The same base, count and seed always give the same text. Replacement words and clauses are taken
 * from the base itself, so they read like the text around them.
 */
public final class EditGenerator {

    private static final String OKURIGANA = "りなわれしっ";
    private static final String PARTICLES = "はがをにでとも";

    private EditGenerator() {
    }

    /** {@code base} with {@code edits} realistic corrections, spread evenly over it, chosen by {@code seed}. */
    public static String edit(String base, int edits, long seed) {
        if (edits <= 0 || base.isEmpty()) {
            return base;
        }
        Random random = new Random(seed);
        Vocabulary words = Vocabulary.of(base);
        StringBuilder text = new StringBuilder(base);
        int slot = Math.max(1, base.length() / edits);
        // from the last slot to the first, so that earlier offsets stay valid
        for (int i = Math.min(edits, base.length()) - 1; i >= 0; i--) {
            int from = i * slot;
            int to = i == edits - 1 ? base.length() : Math.min(base.length(), from + slot);
            editSlot(text, from, to, random, words);
        }
        return text.toString();
    }

    private static void editSlot(StringBuilder text, int from, int to, Random random, Vocabulary words) {
        int kind = random.nextInt(100);
        int at = boundary(text, from + random.nextInt(Math.max(1, to - from)));
        boolean done;
        if (kind < 30) {
            done = replaceRun(text, at, to, EditGenerator::isKanji, words.kanji, random);
        } else if (kind < 45) {
            done = replaceRun(text, at, to, EditGenerator::isHiragana, words.kana, random);
        } else if (kind < 65) {
            done = punctuation(text, at, to, random);
        } else if (kind < 75) {
            done = okurigana(text, at, to, random);
        } else if (kind < 87) {
            done = insertClause(text, at, to, random, words);
        } else {
            done = deleteClause(text, at, to);
        }
        if (!done) {
            // nothing of that kind in this slot: a replaced compound anywhere in it, or a comma after a particle
            done = replaceRun(text, boundary(text, from), to, EditGenerator::isKanji, words.kanji, random)
                    || punctuation(text, boundary(text, from), to, random);
        }
    }

    /** Replaces the first run of chars of one class at or after {@code at} (before {@code to}) by a word of the same class. */
    private static boolean replaceRun(StringBuilder text, int at, int to, CharClass cls, List<String> pool, Random random) {
        int s = at;
        while (s < to && !cls.is(text.charAt(s))) {
            s++;
        }
        int e = s;
        while (e < to && cls.is(text.charAt(e))) {
            e++;
        }
        if (e - s < 2 || pool.isEmpty()) {
            return false;
        }
        String old = text.substring(s, e);
        for (int tries = 0; tries < 5; tries++) {
            String word = pool.get(random.nextInt(pool.size()));
            if (!word.equals(old)) {
                text.replace(s, e, word);
                return true;
            }
        }
        return false;
    }

    /** Drops a comma, adds one after a particle, moves one a word later, or turns a full stop into a comma. */
    private static boolean punctuation(StringBuilder text, int at, int to, Random random) {
        int comma = indexOf(text, '、', at, to);
        switch (random.nextInt(4)) {
            case 0 -> {
                if (comma >= 0) {
                    text.deleteCharAt(comma);
                    return true;
                }
            }
            case 1 -> {
                if (comma >= 0) {
                    // move it after the next particle or two to four chars later
                    int target = Math.min(to - 1, comma + 2 + random.nextInt(3));
                    for (int i = comma + 1; i < Math.min(to - 1, comma + 8); i++) {
                        if (PARTICLES.indexOf(text.charAt(i)) >= 0) {
                            target = i + 1;
                            break;
                        }
                    }
                    target = boundary(text, target);
                    if (target > comma + 1 && target < to) {
                        text.insert(target, '、');
                        text.deleteCharAt(comma);
                        return true;
                    }
                }
            }
            case 2 -> {
                int stop = indexOf(text, '。', at, to);
                if (stop >= 0 && stop + 1 < text.length() && text.charAt(stop + 1) != '\n') {
                    text.setCharAt(stop, '、');
                    return true;
                }
            }
            default -> {
            }
        }
        for (int i = at; i < to - 1; i++) {
            if (PARTICLES.indexOf(text.charAt(i)) >= 0 && i > 0 && isKanji(text.charAt(i - 1))
                    && text.charAt(i + 1) != '、' && text.charAt(i + 1) != '。') {
                text.insert(i + 1, '、');
                return true;
            }
        }
        return false;
    }

    /** 行なう→行う or 取扱い→取り扱い: one kana dropped after a kanji, or one added. */
    private static boolean okurigana(StringBuilder text, int at, int to, Random random) {
        for (int i = at; i < to - 2; i++) {
            if (isKanji(text.charAt(i)) && isHiragana(text.charAt(i + 1))) {
                if (isHiragana(text.charAt(i + 2)) && random.nextBoolean()) {
                    text.deleteCharAt(i + 1);
                } else {
                    text.insert(i + 1, OKURIGANA.charAt(random.nextInt(OKURIGANA.length())));
                }
                return true;
            }
        }
        return false;
    }

    /** A clause of the text, with its comma, inserted after a comma or before a full stop. */
    private static boolean insertClause(StringBuilder text, int at, int to, Random random, Vocabulary words) {
        if (words.clauses.isEmpty()) {
            return false;
        }
        String clause = words.clauses.get(random.nextInt(words.clauses.size()));
        for (int i = at; i < to; i++) {
            char ch = text.charAt(i);
            if (ch == '、') {
                text.insert(i + 1, clause + "、");
                return true;
            }
            if (ch == '。') {
                text.insert(i, "、" + clause);
                return true;
            }
        }
        return false;
    }

    /** The clause after a comma, up to and including the next comma, when it is short. */
    private static boolean deleteClause(StringBuilder text, int at, int to) {
        int first = indexOf(text, '、', at, to);
        if (first < 0) {
            return false;
        }
        for (int i = first + 1; i < Math.min(to, first + 32); i++) {
            char ch = text.charAt(i);
            if (ch == '。' || ch == '\n' || ch == '「' || ch == '」') {
                return false;
            }
            if (ch == '、') {
                text.delete(first + 1, i + 1);
                return true;
            }
        }
        return false;
    }

    private static int indexOf(StringBuilder text, char ch, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == ch) {
                return i;
            }
        }
        return -1;
    }

    /** {@code at}, or the next index when {@code at} is inside a surrogate pair. */
    private static int boundary(StringBuilder text, int at) {
        return at > 0 && at < text.length() && Character.isLowSurrogate(text.charAt(at)) ? at + 1 : at;
    }

    static boolean isKanji(char ch) {
        return (ch >= '\u4E00' && ch <= '\u9FFF') || ch == '々';
    }

    static boolean isHiragana(char ch) {
        return ch >= '\u3041' && ch <= '\u309F';
    }

    private interface CharClass {
        boolean is(char ch);
    }

    /** Kanji compounds, kana words and short clauses of the base, in order of first appearance. */
    private record Vocabulary(List<String> kanji, List<String> kana, List<String> clauses) {

        static Vocabulary of(String text) {
            List<String> kanji = new ArrayList<>();
            List<String> kana = new ArrayList<>();
            List<String> clauses = new ArrayList<>();
            java.util.Set<String> seen = new java.util.HashSet<>();
            int i = 0;
            while (i < text.length()) {
                char ch = text.charAt(i);
                int j = i + 1;
                if (isKanji(ch) || isHiragana(ch)) {
                    boolean k = isKanji(ch);
                    while (j < text.length() && (k ? isKanji(text.charAt(j)) : isHiragana(text.charAt(j)))) {
                        j++;
                    }
                    String run = text.substring(i, j);
                    if (run.length() >= 2 && run.length() <= 5 && seen.add(run)) {
                        (k ? kanji : kana).add(run);
                    }
                }
                i = j;
            }
            int start = 0;
            for (int p = 0; p < text.length(); p++) {
                char ch = text.charAt(p);
                if (ch == '、' || ch == '。' || ch == '\n' || ch == '「' || ch == '」') {
                    String clause = text.substring(start, p).strip();
                    if (clause.length() >= 4 && clause.length() <= 16 && seen.add(clause)
                            && clause.codePoints().noneMatch(Character::isSupplementaryCodePoint)) {
                        clauses.add(clause);
                    }
                    start = p + 1;
                }
            }
            return new Vocabulary(List.copyOf(kanji), List.copyOf(kana), List.copyOf(clauses));
        }
    }
}
