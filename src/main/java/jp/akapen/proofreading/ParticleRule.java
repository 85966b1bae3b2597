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
    private static final Set<String> WATCHED = Set.of("が", "を", "に", "で", "は");
    private static final String SOURCE = "textlint-rule-no-doubled-joshi; textlint-rule-ja-no-successive-word";

    @Override
    public List<Suggestion> check(Draft draft) {
        List<Suggestion> found = new ArrayList<>();
        doubled(draft, found);
        chains(draft, found);
        return found;
    }

    private static void doubled(Draft draft, List<Suggestion> found) {
        Map<String, Token> seen = new HashMap<>();
        for (Token token : draft.tokens()) {
            if (token.isSymbol() || token.is("助詞-接続助詞")) {
                seen.clear();
                continue;
            }
            if (!WATCHED.contains(token.surface()) || !(token.is("助詞-格助詞-一般") || token.is("助詞-係助詞"))) {
                continue;
            }
            String key = token.surface() + token.partOfSpeech();
            Token earlier = seen.put(key, token);
            if (earlier != null) {
                found.add(Suggestion.of(DOUBLED_ID, draft, token.start(), token.end(), List.of(),
                        "同じ助詞「" + token.surface() + "」が一つの節に二度あります / The particle "
                                + token.surface() + " appears twice in one clause", SOURCE));
            }
        }
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
            } else if (token == null || !(token.is("名詞") || token.is("接頭詞"))) {
                if (count >= 3) {
                    found.add(Suggestion.of(NO_CHAIN_ID, draft, chainStart, tokens.get(lastNo).end(), List.of(),
                            "「の」が " + count + " 回続いています / " + count + " の in a row", SOURCE));
                }
                count = 0;
                chainStart = -1;
            }
            if (token != null && chainStart < 0 && (token.is("名詞") || token.is("接頭詞"))) {
                chainStart = token.start();
            }
        }
    }
}
