package jp.akapen.manuscript.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class RebasePropertiesTest {

    /** Chars none of the generated texts hold, so that a separator made of them cannot be matched elsewhere. */
    private static final String SEPARATOR = "※※※※※※※※※※※※";

    @Provide
    Arbitrary<String[]> pairs() {
        return Texts.pairs();
    }

    @Provide
    Arbitrary<String> texts() {
        return Texts.japanese(40);
    }

    @Property(tries = 500)
    void rebasing_onto_an_identical_text_moves_nothing(@ForAll("pairs") String[] pair) {
        List<Change> changes = CorrectionDiff.between(pair[0], pair[1]);

        assertThat(Rebase.onto(pair[0], pair[0], changes))
                .allSatisfy(r -> assertThat(r.moved()).isEqualTo(r.original()));
    }

    @Property(tries = 500)
    void an_edit_far_after_all_changes_is_no_conflict_and_gives_both_texts_edits(
            @ForAll("texts") String head, @ForAll("texts") String correctedHead,
            @ForAll("texts") String tail, @ForAll("texts") String editedTail) {
        String base = head + SEPARATOR + tail;
        List<Change> changes = CorrectionDiff.between(base, correctedHead + SEPARATOR + tail);
        String newBase = head + SEPARATOR + editedTail;

        List<Rebased> rebased = Rebase.onto(base, newBase, changes);

        assertThat(rebased).noneMatch(Rebased::conflict);
        assertThat(rebased).allSatisfy(r -> assertThat(r.moved()).isEqualTo(r.original()));
        assertThat(Changes.apply(newBase, rebased.stream().map(Rebased::moved).toList()))
                .isEqualTo(correctedHead + SEPARATOR + editedTail);
    }

    @Property(tries = 500)
    void an_edit_far_before_all_changes_is_no_conflict_and_shifts_them_by_its_length(
            @ForAll("texts") String head, @ForAll("texts") String editedHead,
            @ForAll("texts") String tail, @ForAll("texts") String correctedTail) {
        String base = head + SEPARATOR + tail;
        List<Change> changes = CorrectionDiff.between(base, head + SEPARATOR + correctedTail);
        String newBase = editedHead + SEPARATOR + tail;

        List<Rebased> rebased = Rebase.onto(base, newBase, changes);

        assertThat(rebased).noneMatch(Rebased::conflict);
        int shift = editedHead.length() - head.length();
        assertThat(rebased).allSatisfy(r -> assertThat(r.moved().start()).isEqualTo(r.original().start() + shift));
        assertThat(Changes.apply(newBase, rebased.stream().map(Rebased::moved).toList()))
                .isEqualTo(editedHead + SEPARATOR + correctedTail);
    }

    @Property(tries = 1000)
    void a_one_char_insertion_at_either_end_of_a_changes_context_is_a_conflict(
            @ForAll("pairs") String[] pair, @ForAll int pick, @ForAll boolean atEnd) {
        String base = pair[0];
        List<Change> changes = CorrectionDiff.between(base, pair[1]);
        Assume.that(!changes.isEmpty());
        Change change = changes.get(Math.floorMod(pick, changes.size()));
        int at = atEnd ? Math.min(base.length(), change.end() + Rebase.CONTEXT) : Math.max(0, change.start() - Rebase.CONTEXT);
        Assume.that(at == 0 || at == base.length() || !Character.isLowSurrogate(base.charAt(at)));
        // a char unlike both neighbours, so that the resident's insertion can only be seen right there
        char inserted = "※＊◎".chars().mapToObj(ch -> (char) ch)
                .filter(ch -> (at == 0 || base.charAt(at - 1) != ch) && (at == base.length() || base.charAt(at) != ch))
                .findFirst().orElseThrow();
        String newBase = base.substring(0, at) + inserted + base.substring(at);

        List<Rebased> rebased = Rebase.onto(base, newBase, List.of(change));

        assertThat(rebased).singleElement().matches(Rebased::conflict, "conflict");
    }

    @Property(tries = 1000)
    void an_edit_of_a_changes_own_text_is_a_conflict(@ForAll("pairs") String[] pair, @ForAll int pick,
            @ForAll @IntRange(min = 0, max = 1000) int offset) {
        String base = pair[0];
        List<Change> changes = CorrectionDiff.between(base, pair[1]);
        Assume.that(changes.stream().anyMatch(c -> !c.before().isEmpty()));
        List<Change> replacing = changes.stream().filter(c -> !c.before().isEmpty()).toList();
        Change change = replacing.get(Math.floorMod(pick, replacing.size()));
        int at = change.start() + offset % change.before().length();
        String newBase = base.substring(0, at) + "※" + base.substring(at + 1);
        Assume.that(!newBase.equals(base));

        assertThat(Rebase.onto(base, newBase, List.of(change))).singleElement().matches(Rebased::conflict, "conflict");
    }

    @Property(tries = 1000)
    void moved_changes_read_the_same_in_the_new_text_and_apply_together(@ForAll("pairs") String[] pair, @ForAll long seed,
            @ForAll @IntRange(min = 1, max = 4) int edits) {
        String base = pair[0];
        List<Change> changes = CorrectionDiff.between(base, pair[1]);
        String newBase = Texts.edit(base, edits, new Random(seed));

        List<Rebased> rebased = Rebase.onto(base, newBase, changes);

        List<Change> moved = rebased.stream().filter(r -> !r.conflict()).map(Rebased::moved).toList();
        for (Rebased r : rebased) {
            if (!r.conflict()) {
                int from = Math.max(0, r.original().start() - Rebase.CONTEXT);
                int to = Math.min(base.length(), r.original().end() + Rebase.CONTEXT);
                int shift = r.moved().start() - r.original().start();
                assertThat(newBase.substring(from + shift, to + shift)).isEqualTo(base.substring(from, to));
            }
        }
        String result = Changes.apply(newBase, moved);
        assertThat(result.length() - newBase.length()).isEqualTo(moved.stream().mapToInt(Change::delta).sum());
    }
}
