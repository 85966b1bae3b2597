package jp.akapen.proofreading;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Precision and recall over the before/after pairs in {@code proofreading/pairs.tsv}: a pair's rule should
 * fire on the before text (else a miss) and not on the after text (else a false alarm).
 */
class PairsTest {

    private record Pair(String ruleId, String before, String after) {
    }

    private static final class Tally {
        int caught;
        int missed;
        int falseAlarms;
        int fixed;
        int fixable;
    }

    @Test
    void the_rules_find_the_problems_in_the_pairs_with_high_precision_and_recall() {
        Proofreader proofreader = Proofreader.standard();
        List<Pair> pairs = TermLists.rows("/proofreading/pairs.tsv", 3).stream()
                .map(r -> new Pair(r[0], r[1], r[2])).toList();
        Map<String, Tally> byRule = new TreeMap<>();
        Tally total = new Tally();
        for (Pair pair : pairs) {
            Tally tally = byRule.computeIfAbsent(pair.ruleId(), id -> new Tally());
            List<Suggestion> before = ofRule(proofreader.check(pair.before()), pair.ruleId());
            boolean caught = !before.isEmpty();
            boolean falseAlarm = !ofRule(proofreader.check(pair.after()), pair.ruleId()).isEmpty();
            for (Tally t : List.of(tally, total)) {
                t.caught += caught ? 1 : 0;
                t.missed += caught ? 0 : 1;
                t.falseAlarms += falseAlarm ? 1 : 0;
            }
            if (!caught) {
                System.out.println("MISSED       " + pair.ruleId() + "  " + pair.before());
            }
            if (falseAlarm) {
                System.out.println("FALSE ALARM  " + pair.ruleId() + "  " + pair.after());
            }
            if (before.size() == 1 && !before.getFirst().adviceOnly()) {
                total.fixable++;
                total.fixed += before.getFirst().applyTo(pair.before()).equals(pair.after()) ? 1 : 0;
            }
        }
        System.out.printf("Pairs: %d across %d rules%n", pairs.size(), byRule.size());
        byRule.forEach((id, t) -> System.out.printf("  %-28s caught %2d/%2d, false alarms %d%n", id, t.caught,
                t.caught + t.missed, t.falseAlarms));
        double precision = (double) total.caught / (total.caught + total.falseAlarms);
        double recall = (double) total.caught / (total.caught + total.missed);
        System.out.printf("Precision %.3f, recall %.3f (caught %d, missed %d, false alarms %d)%n", precision, recall,
                total.caught, total.missed, total.falseAlarms);
        System.out.printf("One-click fix gives exactly the after text: %d of %d single fixable findings%n",
                total.fixed, total.fixable);

        assertThat(pairs).hasSizeGreaterThanOrEqualTo(300);
        assertThat(precision).isGreaterThanOrEqualTo(0.95);
        assertThat(recall).isGreaterThanOrEqualTo(0.95);
    }

    private static List<Suggestion> ofRule(List<Suggestion> suggestions, String ruleId) {
        return suggestions.stream().filter(s -> s.ruleId().equals(ruleId)).toList();
    }
}
