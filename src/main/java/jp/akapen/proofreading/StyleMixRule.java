package jp.akapen.proofreading;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** です・ます and である in one text: the sentences in the rarer style are flagged (on a tie, である gives way). */
final class StyleMixRule implements Rule {

    static final String ID = "style.desu-dearu-mix";
    private static final String SOURCE = "textlint-rule-no-mix-dearu-desumasu; 文化庁『公用文作成の考え方』(2022)";
    private static final Map<String, String> TO_POLITE = Map.of("だ", "です", "だった", "でした", "である", "です",
            "であった", "でした", "であろう", "でしょう", "だろう", "でしょう");
    private static final Map<String, String> TO_PLAIN = Map.of("です", "である", "でした", "であった",
            "でしょう", "であろう");

    private static final Set<String> SAYING = Set.of("言う", "いう", "云う", "述べる", "語る", "説く", "論じる",
            "答える", "叫ぶ");

    private record Ending(int start, int end, boolean polite) {
    }

    private record Span(int start, int end) {
    }

    @Override
    public List<Suggestion> check(Draft draft) {
        List<Span> reported = reportedSpeech(draft);
        List<Ending> endings = new ArrayList<>();
        for (Draft.Sentence sentence : draft.sentences()) {
            Ending ending = ending(draft, sentence);
            if (ending != null && !draft.quoted(ending.start(), ending.end())
                    && reported.stream().noneMatch(r -> r.start() <= ending.start() && ending.end() <= r.end())) {
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

    /**
     * Someone's words reported without brackets, in their own style: from a verb of saying and its 読点
     * (論者は言うでしょう、) to the quotative と that closes a sentence (…と。), within one paragraph.
     */
    private static List<Span> reportedSpeech(Draft draft) {
        List<Token> tokens = draft.tokens();
        List<Span> spans = new ArrayList<>();
        for (Draft.Sentence sentence : draft.sentences()) {
            int last = sentence.lastToken() - 1;
            while (last >= sentence.firstToken() && tokens.get(last).isSymbol()) {
                last--;
            }
            if (last < sentence.firstToken() || !tokens.get(last).is("助詞-格助詞-引用")) {
                continue;
            }
            for (int i = last - 1; i > 0 && tokens.get(i).surface().indexOf('\n') < 0; i--) {
                if (tokens.get(i).is("記号-読点") && saying(tokens, i - 1)) {
                    spans.add(new Span(tokens.get(i).end(), tokens.get(last).start()));
                    break;
                }
            }
        }
        return spans;
    }

    private static boolean saying(List<Token> tokens, int index) {
        int i = index;
        while (i >= 0 && tokens.get(i).is("助動詞")) {
            i--;
        }
        return i >= 0 && tokens.get(i).is("動詞") && SAYING.contains(tokens.get(i).baseForm());
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
