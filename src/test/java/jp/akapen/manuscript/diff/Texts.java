package jp.akapen.manuscript.diff;

import java.util.List;
import java.util.Random;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Generators for the property tests: Japanese-looking text with punctuation, emoji, rare kanji and lone surrogates. */
final class Texts {

    private static final List<String> TOKENS = List.of(
            "あ", "い", "の", "は", "が", "を", "に", "で", "し", "た", "る", "な", "り",
            "学", "校", "大", "行", "参", "私", "門", "下", "人", "々",
            "学校", "行きました", "羅生門", "雨やみ", "雰囲気", "区民編集委員",
            "コーヒー", "ー", "ド", "2027", "Ａ", "\u3099", "\uFE0F", "\u200D",
            "、", "。", "！", "？", "「", "」", "\n", "　", " ", "a", "b",
            "😀", "😁", "𠮷", "𩸽", "\uD83D", "\uDE00");

    private Texts() {
    }

    /** Texts of up to {@code maxTokens} tokens (words, single chars, punctuation, surrogate pairs, lone surrogates). */
    static Arbitrary<String> japanese(int maxTokens) {
        return Arbitraries.of(TOKENS).list().ofMaxSize(maxTokens).map(l -> String.join("", l));
    }

    /** Any strings at all, from all of Unicode's chars. */
    static Arbitrary<String> anything() {
        return Arbitraries.strings().all().ofMaxLength(30);
    }

    /** A text and a corrected version: sometimes unrelated, mostly a few local edits of it. */
    static Arbitrary<String[]> pairs() {
        Arbitrary<String> base = japanese(60);
        Arbitrary<String[]> unrelated = Combinators.combine(base, japanese(60)).as((a, b) -> new String[] {a, b});
        Arbitrary<String[]> edited = Combinators.combine(base, Arbitraries.longs(), Arbitraries.integers().between(1, 6))
                .as((a, seed, n) -> new String[] {a, edit(a, n, new Random(seed))});
        Arbitrary<String[]> wild = Combinators.combine(anything(), anything()).as((a, b) -> new String[] {a, b});
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(2, unrelated), net.jqwik.api.Tuple.of(6, edited), net.jqwik.api.Tuple.of(1, wild));
    }

    /** {@code text} with {@code n} random deletions, insertions or replacements of a few tokens or chars. */
    static String edit(String text, int n, Random random) {
        StringBuilder out = new StringBuilder(text);
        for (int i = 0; i < n; i++) {
            int at = random.nextInt(out.length() + 1);
            int len = Math.min(out.length() - at, random.nextInt(4));
            StringBuilder insert = new StringBuilder();
            for (int k = random.nextInt(3); k > 0; k--) {
                insert.append(TOKENS.get(random.nextInt(TOKENS.size())));
            }
            out.replace(at, at + len, insert.toString());
        }
        return out.toString();
    }
}
