package jp.akapen.proofreading;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Runs every rule over a text (one morphological analysis per check) and lists the suggestions in text order. */
public final class Proofreader {

    private final List<Rule> rules;

    Proofreader(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** The rules with the house dictionary and the gender list shipped in {@code proofreading/}. */
    public static Proofreader standard() {
        return withHouseDictionary(TermLists.houseDictionary());
    }

    /** The standard rules with the house dictionary as the contractor manager keeps it. */
    static Proofreader withHouseDictionary(List<TermEntry> house) {
        return new Proofreader(List.of(new StyleMixRule(), new SentenceLimitsRule(), new ParticleRule(),
                new RaNukiRule(), new TermRule(house, TermRule.HOUSE_SOURCE, false), new CleanupRule(),
                new PunctuationRule(), TermRule.genderPerspective()));
    }

    public List<Suggestion> check(String text) {
        Draft draft = new Draft(text);
        List<Suggestion> found = new ArrayList<>();
        for (Rule rule : rules) {
            found.addAll(rule.check(draft));
        }
        found.sort(Comparator.comparingInt(Suggestion::start).thenComparingInt(Suggestion::end)
                .thenComparing(Suggestion::ruleId));
        return List.copyOf(found);
    }
}
