package jp.akapen.manuscript.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;

import jp.akapen.bench.EditGenerator;
import org.junit.jupiter.api.Test;

class RebaseTest {

    // from Akutagawa's Rashōmon (shared/data/aozora)
    private static final String DRAFT = "　ある日の暮方の事である。一人の下人が、羅生門の下で雨やみを待っていた。"
            + "\n　広い門の下には、この男のほかに誰もいない。ただ、所々丹塗の剥げた、大きな円柱に、蟋蟀が一匹とまっている。\n";
    private static final String CORRECTED = DRAFT.replace("雨やみを待っていた", "雨宿りをしていた").replace("丹塗", "朱塗");

    private static List<Change> corrections() {
        List<Change> changes = CorrectionDiff.between(DRAFT, CORRECTED);
        assertThat(changes).hasSize(2);
        return changes;
    }

    private static List<Change> moved(List<Rebased> rebased) {
        return rebased.stream().filter(r -> !r.conflict()).map(Rebased::moved).toList();
    }

    @Test
    void rebasing_onto_the_same_text_moves_nothing() {
        List<Rebased> rebased = Rebase.onto(DRAFT, DRAFT, corrections());

        assertThat(rebased).allSatisfy(r -> assertThat(r.moved()).isEqualTo(r.original()));
    }

    @Test
    void an_edit_far_before_the_changes_shifts_them_by_its_length() {
        String newDraft = DRAFT.replace("ある日の暮方", "ある寒い日の暮方");

        List<Rebased> rebased = Rebase.onto(DRAFT, newDraft, corrections());

        assertThat(rebased).noneMatch(Rebased::conflict);
        assertThat(rebased).allSatisfy(r -> assertThat(r.moved().start()).isEqualTo(r.original().start() + 2));
        assertThat(Changes.apply(newDraft, moved(rebased)))
                .isEqualTo(CORRECTED.replace("ある日の暮方", "ある寒い日の暮方"));
    }

    @Test
    void an_edit_far_after_the_changes_leaves_them_in_place() {
        String newDraft = DRAFT.replace("蟋蟀が一匹", "蟋蟀が二匹");
        List<Change> changes = corrections().subList(0, 1);

        List<Rebased> rebased = Rebase.onto(DRAFT, newDraft, changes);

        assertThat(rebased).singleElement().satisfies(r -> assertThat(r.moved()).isEqualTo(r.original()));
    }

    @Test
    void an_edit_inside_a_change_is_a_conflict_and_the_others_still_move() {
        String newDraft = DRAFT.replace("雨やみ", "雨上がり").replace("ある日", "ある冬の日");

        List<Rebased> rebased = Rebase.onto(DRAFT, newDraft, corrections());

        assertThat(rebased.get(0).conflict()).isTrue();
        assertThat(rebased.get(1).conflict()).isFalse();
        assertThat(Changes.apply(newDraft, moved(rebased))).isEqualTo(newDraft.replace("丹塗", "朱塗"));
    }

    @Test
    void a_one_char_insertion_at_the_very_end_of_the_context_is_a_conflict() {
        Change change = corrections().get(1); // 丹→朱
        int contextEnd = change.end() + Rebase.CONTEXT;
        String afterEnd = DRAFT.substring(0, contextEnd) + "、" + DRAFT.substring(contextEnd);
        int contextStart = change.start() - Rebase.CONTEXT;
        String beforeStart = DRAFT.substring(0, contextStart) + "、" + DRAFT.substring(contextStart);

        assertThat(Rebase.onto(DRAFT, afterEnd, List.of(change))).singleElement().matches(Rebased::conflict);
        assertThat(Rebase.onto(DRAFT, beforeStart, List.of(change))).singleElement().matches(Rebased::conflict);
    }

    @Test
    void a_one_char_insertion_just_outside_the_context_is_no_conflict() {
        Change change = corrections().get(1);
        int outside = change.end() + Rebase.CONTEXT + 1;
        String newDraft = DRAFT.substring(0, outside) + "、" + DRAFT.substring(outside);

        assertThat(Rebase.onto(DRAFT, newDraft, List.of(change))).singleElement()
                .satisfies(r -> assertThat(r.moved()).isEqualTo(change));
    }

    @Test
    void a_change_at_the_start_of_the_text_conflicts_with_an_insertion_at_the_start() {
        String base = "ある日の暮方の事である。一人の下人が、羅生門の下で雨やみを待っていた。";
        List<Change> changes = CorrectionDiff.between(base, base.replace("ある日", "或日"));

        assertThat(Rebase.onto(base, "　" + base, changes)).allMatch(Rebased::conflict);
    }

    @Test
    void a_change_that_does_not_match_the_old_text_is_refused() {
        assertThatThrownBy(() -> Rebase.onto(DRAFT, DRAFT, List.of(new Change(0, 2, "ない", "ある"))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void corrections_of_a_whole_aozora_text_move_onto_a_draft_the_resident_edited_elsewhere() {
        for (Path file : Aozora.files()) {
            String draft = Aozora.read(file);
            String corrected = EditGenerator.edit(draft, draft.length() / 80, 7);
            String newDraft = EditGenerator.edit(draft, draft.length() / 400, 8);
            List<Change> changes = CorrectionDiff.between(draft, corrected);

            List<Rebased> rebased = Rebase.onto(draft, newDraft, changes);

            assertThat(rebased).extracting(Rebased::original).containsExactlyElementsOf(changes);
            assertThat(rebased).filteredOn(r -> !r.conflict()).hasSizeGreaterThan(changes.size() / 2)
                    .allSatisfy(r -> assertThat(newDraft.startsWith(r.moved().before(), r.moved().start())).isTrue());
            for (Rebased r : rebased) {
                if (!r.conflict()) {
                    // the moved change reads the same, with the same context, as where it was made
                    int from = Math.max(0, r.original().start() - Rebase.CONTEXT);
                    int to = Math.min(draft.length(), r.original().end() + Rebase.CONTEXT);
                    int shift = r.moved().start() - r.original().start();
                    assertThat(newDraft.substring(from + shift, to + shift)).isEqualTo(draft.substring(from, to));
                }
            }
            String result = Changes.apply(newDraft, moved(rebased));
            assertThat(result.length() - newDraft.length())
                    .isEqualTo(moved(rebased).stream().mapToInt(Change::delta).sum());
        }
    }
}
