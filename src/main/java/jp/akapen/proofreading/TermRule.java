package jp.akapen.proofreading;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Finds the rows of a term list (house dictionary or gender list) in a text. */
final class TermRule implements Rule {

    static final String HOUSE_SOURCE = "Akapen house dictionary (proofreading/house-dictionary.tsv)";
    static final String CABINET_OFFICE_GUIDE = "内閣府『男女共同参画の視点からの公的広報の手引』(2003)";

    private final List<TermEntry> entries;
    private final String source;
    private final boolean skipQuotations;

    TermRule(List<TermEntry> entries, String source, boolean skipQuotations) {
        this.entries = List.copyOf(entries);
        this.source = source;
        this.skipQuotations = skipQuotations;
    }

    static TermRule houseDictionary() {
        return new TermRule(TermLists.houseDictionary(), HOUSE_SOURCE, false);
    }

    /**
     * Quotations and proper nouns are someone else's words: the gender check leaves them alone, and 主人 where it
     * means a master or an owner ({@link MasterSense}).
     */
    static TermRule genderPerspective() {
        return new TermRule(TermLists.genderPerspective(), CABINET_OFFICE_GUIDE, true);
    }

    List<TermEntry> entries() {
        return entries;
    }

    @Override
    public List<Suggestion> check(Draft draft) {
        List<Suggestion> found = new ArrayList<>();
        for (TermEntry entry : entries) {
            for (TermPattern.Hit hit : entry.pattern().find(draft)) {
                if (skipQuotations && (draft.quoted(hit.start(), hit.end()) || properNoun(draft, hit)
                        || MasterSense.RULE_IDS.contains(entry.ruleId()) && MasterSense.of(draft, hit.start()))) {
                    continue;
                }
                found.add(suggestion(draft, entry, hit));
            }
        }
        return longestFirst(found);
    }

    /** ご主人 is one finding, not ご主人 and 主人: where rows overlap, the longer match wins. */
    private static List<Suggestion> longestFirst(List<Suggestion> found) {
        found.sort(Comparator.comparingInt(Suggestion::start)
                .thenComparing(Comparator.comparingInt(Suggestion::end).reversed()));
        List<Suggestion> kept = new ArrayList<>();
        int coveredTo = -1;
        for (Suggestion suggestion : found) {
            if (suggestion.start() >= coveredTo || suggestion.end() > coveredTo) {
                kept.add(suggestion);
                coveredTo = Math.max(coveredTo, suggestion.end());
            }
        }
        return kept;
    }

    private Suggestion suggestion(Draft draft, TermEntry entry, TermPattern.Hit hit) {
        List<String> replacements = entry.fix()
                ? entry.alternatives().stream().map(hit::adapt).toList()
                : List.of();
        String message = entry.fix() || entry.alternatives().isEmpty()
                ? entry.message()
                : entry.message() + "（例: " + String.join("、", entry.alternatives()) + "）";
        return Suggestion.of(entry.ruleId(), draft, hit.start(), hit.end(), replacements, message, source);
    }

    private static boolean properNoun(Draft draft, TermPattern.Hit hit) {
        Token token = draft.tokenAt(hit.start());
        return token != null && token.is("名詞-固有名詞");
    }
}
