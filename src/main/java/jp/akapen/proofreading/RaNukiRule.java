package jp.akapen.proofreading;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** ら抜き言葉: the potential form of 一段 and カ変 verbs without ら (見れる, 食べれる, 来れる). */
final class RaNukiRule implements Rule {

    static final String ID = "style.ra-nuki";
    private static final String SOURCE = "文化庁 国語審議会『新しい時代に応じた国語施策について』(1995); textlint-rule-no-dropping-the-ra";
    // IPADIC lists these as verbs of their own, so no れる follows them.
    private static final Set<String> WHOLE_WORDS = Set.of("見れる", "来れる", "これる");

    @Override
    public List<Suggestion> check(Draft draft) {
        List<Suggestion> found = new ArrayList<>();
        List<Token> tokens = draft.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (WHOLE_WORDS.contains(token.baseForm()) && token.is("動詞")) {
                int stem = token.baseForm().length() - 2;
                String fixed = token.surface().substring(0, stem) + "ら" + token.surface().substring(stem);
                found.add(suggestion(draft, token.start(), token.end(), fixed));
            } else if (i > 0 && token.baseForm().equals("れる") && token.is("動詞-接尾")) {
                Token verb = tokens.get(i - 1);
                if (verb.is("動詞") && (verb.inflectionType().equals("一段") || verb.inflectionType().startsWith("カ変"))) {
                    found.add(suggestion(draft, verb.start(), token.end(), verb.surface() + "ら" + token.surface()));
                }
            }
        }
        return found;
    }

    private static Suggestion suggestion(Draft draft, int start, int end, String fixed) {
        return Suggestion.of(ID, draft, start, end, List.of(fixed),
                "ら抜き言葉です / Potential form without ら", SOURCE);
    }
}
