package jp.akapen.proofreading;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The same case particle twice in one clause (私は彼は…), and chains of three or more linking の (東京の区の施設の利用). */
final class ParticleRule implements Rule {

    static final String DOUBLED_ID = "style.doubled-particle";
    static final String NO_CHAIN_ID = "style.no-chain";
    private static final int MAX_DISTANCE = 4;
    private static final Set<String> WATCHED = Set.of("が", "を", "に", "で", "は");
    private static final String SOURCE = "textlint-rule-no-doubled-joshi; textlint-rule-ja-no-successive-word";
    private static final Set<String> RESULT_VERBS = Set.of("する", "為る", "なる", "成る");
    private static final Set<String> DISTRIBUTIVE = Set.of("ごと", "毎", "おき", "置き");
    private static final Set<String> DEMONSTRATIVES = Set.of("これ", "それ", "あれ", "どれ", "これら", "それら",
            "あれら", "ここ", "そこ", "あそこ", "どこ", "こちら", "そちら", "あちら", "どちら");
    private static final Set<String> ADNOMINAL = Set.of("真", "本当", "多く", "一種", "例");
    private static final Set<String> RELATIONAL = Set.of("中", "なか", "内", "うち", "間", "あいだ", "上", "うえ",
            "下", "前", "まえ", "後", "あと", "うしろ", "外", "そと", "ほか", "横", "よこ", "隣", "となり", "奥");

    @Override
    public List<Suggestion> check(Draft draft) {
        List<Suggestion> found = new ArrayList<>();
        doubled(draft, found);
        chains(draft, found);
        return found;
    }

    /**
     * A predicate or a 読点 between two particles starts a new clause; only particles right after a plain noun count.
     * に before する・なる marks what something becomes (彼に責任者になってもらう), another role than the first に.
     * Quoted words are someone else's.
     */
    private static void doubled(Draft draft, List<Suggestion> found) {
        Map<String, Integer> seen = new HashMap<>();
        List<Token> tokens = draft.tokens();
        for (int i = 1; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (token.isSymbol() || token.is("助詞-接続助詞") || token.is("動詞") || token.is("形容詞")
                    || token.is("助動詞")) {
                seen.clear();
                continue;
            }
            if (!WATCHED.contains(token.surface()) || !(token.is("助詞-格助詞-一般") || token.is("助詞-係助詞"))
                    || !plainNoun(tokens.get(i - 1)) || resultative(tokens, i)) {
                continue;
            }
            Integer earlier = seen.put(token.surface() + token.partOfSpeech(), i);
            if (earlier != null && i - earlier <= MAX_DISTANCE && !draft.quoted(token.start(), token.end())) {
                found.add(Suggestion.of(DOUBLED_ID, draft, token.start(), token.end(), List.of(),
                        "同じ助詞「" + token.surface() + "」が一つの節に二度あります / The particle "
                                + token.surface() + " appears twice in one clause", SOURCE));
            }
        }
    }

    /**
     * Not 無限(に), ほか(に), 前(に), こと(を): those particles make adverbs or belong to set phrases; nor the
     * distributive 日ごと(に), 三日おき(に), which make adverbs as たび(に) does.
     */
    private static boolean plainNoun(Token token) {
        return token.is("名詞") && !token.is("名詞-形容動詞語幹") && !token.is("名詞-副詞可能")
                && !token.is("名詞-非自立") && !(token.is("名詞-接尾") && DISTRIBUTIVE.contains(token.surface()));
    }

    private static boolean resultative(List<Token> tokens, int particle) {
        if (!tokens.get(particle).surface().equals("に") || particle + 1 >= tokens.size()) {
            return false;
        }
        Token next = tokens.get(particle + 1);
        return next.is("動詞") && RESULT_VERBS.contains(next.baseForm());
    }

    /**
     * Counts the の that link one noun to the next. Not the の after a demonstrative (それらの, like その) or after
     * a noun used as an adjective (真の, 特別の); and a formal or relational noun (のこと, のため, の頃, の中,
     * の間) turns the phrase before it into something like a postposition, so the の before it does not count
     * and the chain ends there. Quoted words are someone else's.
     */
    private static void chains(Draft draft, List<Suggestion> found) {
        List<Token> tokens = draft.tokens();
        List<Integer> links = new ArrayList<>();
        int chainStart = -1;
        for (int i = 0; i <= tokens.size(); i++) {
            Token token = i < tokens.size() ? tokens.get(i) : null;
            if (token != null && isNo(token)) {
                if (i == 0 || links(tokens.get(i - 1))) {
                    links.add(i);
                }
                continue;
            }
            if (token != null && chainable(token) && !postpositional(token)) {
                if (chainStart < 0) {
                    chainStart = token.start();
                }
                continue;
            }
            if (token != null && postpositional(token) && !links.isEmpty() && links.getLast() == i - 1) {
                links.removeLast();
            }
            if (links.size() >= 3) {
                int end = tokens.get(links.getLast()).end();
                if (!draft.quoted(chainStart, end)) {
                    found.add(Suggestion.of(NO_CHAIN_ID, draft, chainStart, end, List.of(),
                            "「の」が " + links.size() + " 回続いています / " + links.size() + " の in a row", SOURCE));
                }
            }
            links.clear();
            chainStart = -1;
        }
    }

    private static boolean isNo(Token token) {
        return token.surface().equals("の") && token.is("助詞-連体化");
    }

    private static boolean links(Token beforeNo) {
        return !(beforeNo.is("名詞-代名詞") && DEMONSTRATIVES.contains(beforeNo.surface()))
                && !beforeNo.is("名詞-形容動詞語幹") && !ADNOMINAL.contains(beforeNo.surface())
                && !postpositional(beforeNo);
    }

    private static boolean postpositional(Token token) {
        return token.is("名詞-非自立")
                || token.is("名詞") && !token.is("名詞-接尾") && RELATIONAL.contains(token.surface());
    }

    /** Nouns link a の-chain; a dash (――) that Kuromoji reads as an unknown noun does not. */
    private static boolean chainable(Token token) {
        return (token.is("名詞") || token.is("接頭詞")) && token.surface().codePoints().anyMatch(Character::isLetterOrDigit);
    }
}
