package jp.akapen.manuscript.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class CorrectionDiffPropertiesTest {

    @Provide
    Arbitrary<String[]> pairs() {
        return Texts.pairs();
    }

    @Provide
    Arbitrary<String> texts() {
        return Texts.japanese(60);
    }

    @Property(tries = 1000)
    void applying_all_changes_to_the_base_gives_the_corrected_text(@ForAll("pairs") String[] pair) {
        assertThat(Changes.apply(pair[0], CorrectionDiff.between(pair[0], pair[1]))).isEqualTo(pair[1]);
    }

    @Property(tries = 300)
    void applying_no_changes_gives_the_base(@ForAll("texts") String base) {
        assertThat(Changes.apply(base, List.of())).isEqualTo(base);
        assertThat(CorrectionDiff.between(base, base)).isEmpty();
    }

    @Property(tries = 1000)
    void changes_are_sorted_apart_and_never_cut_a_surrogate_pair(@ForAll("pairs") String[] pair) {
        List<Change> changes = CorrectionDiff.between(pair[0], pair[1]);
        for (int i = 1; i < changes.size(); i++) {
            assertThat(changes.get(i).start()).isGreaterThan(changes.get(i - 1).end());
        }
        assertThat(changes).allSatisfy(c -> assertThat(CorrectionDiffTest.splitsSurrogatePair(pair[0], c)).isFalse());
    }

    @Property(tries = 1000)
    void neighbouring_changes_are_apart_by_more_than_the_glue_by_punctuation_or_by_a_whole_word(@ForAll("pairs") String[] pair) {
        List<Change> changes = CorrectionDiff.between(pair[0], pair[1]);
        for (int i = 1; i < changes.size(); i++) {
            int from = changes.get(i - 1).end();
            int to = changes.get(i).start();
            String between = pair[0].substring(from, to);
            // since issue 22 changes widen to whole words: two changes a whole unchanged word apart stay two
            assertThat(between.length() > CorrectionDiff.MAX_GLUE
                    || between.chars().anyMatch(ch -> CorrectionDiff.isClausePunctuation((char) ch))
                    || (Words.isBoundary(pair[0], from) && Words.isBoundary(pair[0], to)))
                    .as("unchanged \"%s\" between %s and %s", between, changes.get(i - 1), changes.get(i)).isTrue();
        }
    }

    @Property(tries = 1000)
    void every_change_starts_and_ends_on_word_boundaries_of_both_texts(@ForAll("pairs") String[] pair) {
        String base = pair[0];
        int shift = 0;
        for (Change c : CorrectionDiff.between(pair[0], pair[1])) {
            int cs = c.start() + shift;
            int ce = cs + c.after().length();
            if (CorrectionDiff.onlySymbols(c.before(), 0, c.before().length())
                    && CorrectionDiff.onlySymbols(c.after(), 0, c.after().length())) {
                shift += c.delta();
                continue; // a comma, bracket or space inserted or deleted is a word of its own wherever it stands
            }
            if (!c.before().isEmpty()) {
                assertThat(Words.isBoundary(base, c.start()) && Words.isBoundary(base, c.end()))
                        .as("%s cuts a word of the draft", c).isTrue();
            }
            if (!c.after().isEmpty()) {
                assertThat(Words.isBoundary(pair[1], cs) && Words.isBoundary(pair[1], ce))
                        .as("%s cuts a word of the correction", c).isTrue();
            }
            shift += c.delta();
        }
    }

    @Property(tries = 500)
    void any_subset_of_changes_in_any_order_applies_the_same_way(@ForAll("pairs") String[] pair, @ForAll long seed) {
        List<Change> changes = CorrectionDiff.between(pair[0], pair[1]);
        Random random = new Random(seed);
        List<Change> subset = new ArrayList<>(changes.stream().filter(c -> random.nextBoolean()).toList());
        String once = Changes.apply(pair[0], subset);
        Collections.shuffle(subset, random);
        assertThat(Changes.apply(pair[0], subset)).isEqualTo(once);
        assertThat(once.length() - pair[0].length()).isEqualTo(subset.stream().mapToInt(Change::delta).sum());
    }
}
