package jp.akapen.proofreading;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The same case particle twice in one clause (私は彼は…), and chains of three or more 連体化 の (東京の区の施設の利用). */
final class ParticleRule implements Rule {

    static final String DOUBLED_ID = "style.doubled-particle";
    static final String NO_CHAIN_ID = "style.no-chain";
    private static final int MAX_DISTANCE = 4;
    private static final Set<String> WATCHED = Set.of("が", "を", "に", "で", "は");
    private static final String SOURCE = "textlint-rule-no-doubled-joshi; textlint-rule-ja-no-successive-word";

    @Override
    public List<Suggestion> check(Draft draft) {
        List<Suggestion> found = new ArrayList<>();
        doubled(draft, found);
        chains(draft, found);
        return found;
    }

    /** A predicate or a 読点 between two particles starts a new clause; only particles right after a plain noun count. */
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
                    || !plainNoun(tokens.get(i - 1))) {
                continue;
            }
            Integer earlier = seen.put(token.surface() + token.partOfSpeech(), i);
            if (earlier != null && i - earlier <= MAX_DISTANCE) {
                found.add(Suggestion.of(DOUBLED_ID, draft, token.start(), token.end(), List.of(),
                        "同じ助詞「" + token.surface() + "」が一つの節に二度あります / The particle "
                                + token.surface() + " appears twice in one clause", SOURCE));
            }
        }
    }

    /** Not 無限(に), ほか(に), 前(に), こと(を): those particles make adverbs or belong to set phrases. */
    private static boolean plainNoun(Token token) {
        return token.is("名詞") && !token.is("名詞-形容動詞語幹") && !token.is("名詞-副詞可能")
                && !token.is("名詞-非自立");
    }

    private static void chains(Draft draft, List<Suggestion> found) {
        List<Token> tokens = draft.tokens();
        int chainStart = -1;
        int count = 0;
        int lastNo = -1;
        for (int i = 0; i <= tokens.size(); i++) {
            Token token = i < tokens.size() ? tokens.get(i) : null;
            if (token != null && token.surface().equals("の") && token.is("助詞-連体化")) {
                count++;
                lastNo = i;
            } else if (token == null || !chainable(token)) {
                if (count >= 3) {
                    found.add(Suggestion.of(NO_CHAIN_ID, draft, chainStart, tokens.get(lastNo).end(), List.of(),
                            "「の」が " + count + " 回続いています / " + count + " の in a row", SOURCE));
                }
                count = 0;
                chainStart = -1;
            }
            if (token != null && chainStart < 0 && chainable(token)) {
                chainStart = token.start();
            }
        }
    }

    /** Nouns link a の-chain; a dash (――) that Kuromoji reads as an unknown noun does not. */
    private static boolean chainable(Token token) {
        return (token.is("名詞") || token.is("接頭詞")) && token.surface().codePoints().anyMatch(Character::isLetterOrDigit);
    }
}
