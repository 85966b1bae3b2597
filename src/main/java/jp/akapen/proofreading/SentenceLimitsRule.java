package jp.akapen.proofreading;

import java.util.ArrayList;
import java.util.List;

/** Sentences longer than 100 characters, or with more than four 読点, are hard to follow for most readers. */
final class SentenceLimitsRule implements Rule {

    static final String LENGTH_ID = "style.sentence-length";
    static final String COMMAS_ID = "style.too-many-commas";
    static final int MAX_LENGTH = 100;
    static final int MAX_COMMAS = 4;
    private static final String SOURCE = "textlint-rule-sentence-length (100); textlint-rule-max-ten (4)";

    @Override
    public List<Suggestion> check(Draft draft) {
        List<Suggestion> found = new ArrayList<>();
        for (Draft.Sentence sentence : draft.sentences()) {
            String text = draft.text().substring(sentence.start(), sentence.end());
            int length = text.codePointCount(0, text.length());
            if (length > MAX_LENGTH) {
                found.add(Suggestion.of(LENGTH_ID, draft, sentence.start(), sentence.end(), List.of(),
                        "一文が長すぎます（" + length + " 字、目安 " + MAX_LENGTH + " 字以内） / Sentence of " + length
                                + " characters; keep to " + MAX_LENGTH, SOURCE));
            }
            long commas = text.chars().filter(c -> c == '、' || c == '，').count();
            if (commas > MAX_COMMAS) {
                found.add(Suggestion.of(COMMAS_ID, draft, sentence.start(), sentence.end(), List.of(),
                        "読点が多すぎます（" + commas + " 個、目安 " + MAX_COMMAS + " 個以内） / " + commas
                                + " commas in one sentence; keep to " + MAX_COMMAS, SOURCE));
            }
        }
        return found;
    }
}
