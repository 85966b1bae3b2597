package jp.akapen.proofreading;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** です・ます and である in one text: the sentences in the rarer style are flagged (on a tie, である gives way). */
final class StyleMixRule implements Rule {

    static final String ID = "style.desu-dearu-mix";
    private static final String SOURCE = "textlint-rule-no-mix-dearu-desumasu; 文化庁『公用文作成の考え方』(2022)";
    private static final Map<String, String> TO_POLITE = Map.of("だ", "です", "だった", "でした", "である", "です",
            "であった", "でした", "であろう", "でしょう", "だろう", "でしょう");
    private static final Map<String, String> TO_PLAIN = Map.of("です", "である", "でした", "であった",
            "でしょう", "であろう");

    private record Ending(int start, int end, boolean polite) {
    }

    @Override
    public List<Suggestion> check(Draft draft) {
        List<Ending> endings = new ArrayList<>();
        for (Draft.Sentence sentence : draft.sentences()) {
            Ending ending = ending(draft, sentence);
            if (ending != null && !draft.quoted(ending.start(), ending.end())) {
                endings.add(ending);
            }
        }
        long polite = endings.stream().filter(Ending::polite).count();
        long plain = endings.size() - polite;
        if (polite == 0 || plain == 0) {
            return List.of();
        }
        boolean keepPolite = polite >= plain;
        List<Suggestion> found = new ArrayList<>();
        for (Ending ending : endings) {
            if (ending.polite() != keepPolite) {
                found.add(suggestion(draft, ending, keepPolite, polite, plain));
            }
        }
        return found;
    }

    private static Suggestion suggestion(Draft draft, Ending ending, boolean toPolite, long polite, long plain) {
        String found = draft.text().substring(ending.start(), ending.end());
        String replacement = (toPolite ? TO_POLITE : TO_PLAIN).get(found);
        String message = "文体の混在（です・ます " + polite + " 文、である " + plain + " 文）: "
                + (toPolite ? "です・ます" : "である") + "調にそろえましょう / Mixed polite and plain style; use "
                + (toPolite ? "です・ます" : "である") + " throughout";
        return Suggestion.of(ID, draft, ending.start(), ending.end(),
                replacement == null ? List.of() : List.of(replacement), message, SOURCE);
    }

    /**
     * The words that close a sentence (before 終助詞 and symbols), if they mark a style: です・ます (and
     * ください) are polite, なさい neither; だ, である, a bare verb or adjective, or auxiliaries without です・ます are plain.
     * A sentence ending in a noun marks neither.
     */
    private static Ending ending(Draft draft, Draft.Sentence sentence) {
        List<Token> tokens = draft.tokens();
        int last = sentence.lastToken() - 1;
        while (last >= sentence.firstToken() && (tokens.get(last).isSymbol() || tokens.get(last).is("助詞-終助詞"))) {
            last--;
        }
        if (last < sentence.firstToken()) {
            return null;
        }
        int first = last;
        while (first >= sentence.firstToken() && tokens.get(first).is("助動詞")) {
            first--;
        }
        first++;
        if (first > last) {
            Token word = tokens.get(last);
            if (word.baseForm().equals("くださる") || word.baseForm().equals("下さる")) {
                return new Ending(word.start(), word.end(), true);
            }
            if (word.baseForm().equals("なさる")) {
                return null;
            }
            boolean predicate = word.is("動詞") || word.is("形容詞");
            return predicate ? new Ending(word.start(), word.end(), false) : null;
        }
        boolean polite = false;
        for (int i = first; i <= last; i++) {
            String base = tokens.get(i).baseForm();
            polite |= base.equals("です") || base.equals("ます");
        }
        return new Ending(tokens.get(first).start(), tokens.get(last).end(), polite);
    }
}
