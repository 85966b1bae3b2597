package jp.akapen.proofreading;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;

/** 、。 and ，． mixed in one text (the rarer one is flagged), and brackets without their partner. */
final class PunctuationRule implements Rule {

    static final String MIX_ID = "cleanup.punctuation-mix";
    static final String BRACKET_ID = "cleanup.unpaired-bracket";
    private static final String SOURCE = "textlint-rule-ja-no-mixed-period; textlint-rule-no-unmatched-pair";
    private static final Map<Character, Character> PAIRS = Map.of('「', '」', '『', '』', '（', '）', '(', ')',
            '【', '】', '［', '］', '〔', '〕');

    @Override
    public List<Suggestion> check(Draft draft) {
        List<Suggestion> found = new ArrayList<>();
        mixed(draft, '、', '，', found);
        mixed(draft, '。', '．', found);
        brackets(draft, found);
        return found;
    }

    private static void mixed(Draft draft, char japanese, char western, List<Suggestion> found) {
        String text = draft.text();
        long japaneseCount = text.chars().filter(c -> c == japanese).count();
        long westernCount = text.chars().filter(c -> c == western).count();
        if (japaneseCount == 0 || westernCount == 0) {
            return;
        }
        char rare = japaneseCount >= westernCount ? western : japanese;
        char common = rare == western ? japanese : western;
        for (int i = text.indexOf(rare); i >= 0; i = text.indexOf(rare, i + 1)) {
            found.add(Suggestion.of(MIX_ID, draft, i, i + 1, List.of(String.valueOf(common)),
                    "句読点の混在: 「" + common + "」にそろえます / Mixed punctuation: use " + common, SOURCE));
        }
    }

    private static void brackets(Draft draft, List<Suggestion> found) {
        String text = draft.text();
        Deque<Integer> open = new ArrayDeque<>();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (PAIRS.containsKey(c)) {
                open.push(i);
            } else if (PAIRS.containsValue(c)) {
                closeBracket(draft, open, i, found);
            }
        }
        while (!open.isEmpty()) {
            found.add(unpaired(draft, open.pop()));
        }
    }

    /** A closing bracket ends the nearest open one of its kind; the ones opened after it stay unpaired. */
    private static void closeBracket(Draft draft, Deque<Integer> open, int at, List<Suggestion> found) {
        char close = draft.text().charAt(at);
        boolean hasPartner = open.stream().anyMatch(i -> PAIRS.get(draft.text().charAt(i)) == close);
        if (!hasPartner) {
            found.add(unpaired(draft, at));
            return;
        }
        while (PAIRS.get(draft.text().charAt(open.peek())) != close) {
            found.add(unpaired(draft, open.pop()));
        }
        open.pop();
    }

    private static Suggestion unpaired(Draft draft, int at) {
        return Suggestion.of(BRACKET_ID, draft, at, at + 1, List.of(),
                "対応するかっこがありません / Bracket without its partner", SOURCE);
    }
}
