package jp.akapen.manuscript;

import static jp.akapen.TestSupport.signIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import jp.akapen.AkapenSpringTest;
import jp.akapen.shared.JapaneseDates;
import jp.akapen.shared.PortalUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The actions the services hand to the views are the ones they accept, and no others (W1, W2). */
@AkapenSpringTest
class ManuscriptActionsTest {

    static final String DRAFT = CorrectionFlowTest.DRAFT;

    @Autowired
    ManuscriptService manuscripts;

    @Autowired
    CorrectionService corrections;

    @Autowired
    ReviewService reviews;

    @Autowired
    UserDetailsService users;

    long manuscriptId;

    @BeforeEach
    void aManuscriptWithADraft() {
        long resident1 = ((PortalUser) users.loadUserByUsername("resident1")).id();
        signIn(users, "ward1");
        manuscriptId = manuscripts.assign("許される朝", resident1, null).id();
        signIn(users, "resident1");
        manuscripts.saveDraft(manuscriptId, 0, DRAFT, VersionOrigin.DRAFT, null, null);
    }

    private static LocalDate nextWeek() {
        return LocalDate.now(JapaneseDates.ZONE).plusDays(7);
    }

    private static void refusedWith(String key, Runnable action) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(ManuscriptException.class,
                refused -> assertThat(refused.messageKey()).isEqualTo(key));
    }

    @Test
    void after_a_draft_the_resident_may_write_or_finalise_the_handler_may_open_a_round_and_ward_staff_only_read() {
        assertThat(manuscripts.actions(manuscriptId))
                .containsExactlyInAnyOrder(ManuscriptAction.WRITE_DRAFT, ManuscriptAction.MARK_FINAL);
        signIn(users, "handler1");
        assertThat(manuscripts.actions(manuscriptId)).containsExactly(ManuscriptAction.OPEN_ROUND);
        signIn(users, "ward1");
        assertThat(manuscripts.actions(manuscriptId)).isEmpty();
        assertThatThrownBy(() -> corrections.openRound(manuscriptId, nextWeek())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void while_a_round_is_open_only_the_contractor_acts_on_it_and_the_resident_may_not_finalise() {
        signIn(users, "handler1");
        var round = corrections.openRound(manuscriptId, nextWeek());
        assertThat(corrections.actions(manuscriptId, 1)).containsExactly(ManuscriptAction.CORRECT);
        assertThat(manuscripts.actions(manuscriptId)).doesNotContain(ManuscriptAction.OPEN_ROUND);
        refusedWith("manuscript.error.round-in-progress", () -> corrections.openRound(manuscriptId, nextWeek()));

        signIn(users, "resident1");
        assertThat(corrections.actions(manuscriptId, 1)).isEmpty();
        refusedWith("manuscript.error.not-in-review", () -> reviews.decideAll(round.id(), Decision.ACCEPTED));
        assertThat(manuscripts.actions(manuscriptId)).containsExactly(ManuscriptAction.WRITE_DRAFT);
        refusedWith("manuscript.error.cannot-finalise", () -> manuscripts.markFinal(manuscriptId));
    }

    @Test
    void a_returned_round_is_the_residents_to_review_and_nobody_may_write_or_correct_meanwhile() {
        signIn(users, "handler1");
        var round = corrections.openRound(manuscriptId, nextWeek());
        round = corrections.saveCorrection(round.id(), round.lockVersion(), DRAFT.replace("黄色い", "きいろい"));
        var returned = corrections.returnRound(round.id(), Annotations.complete(corrections, round).lockVersion());
        assertThat(corrections.actions(manuscriptId, 1)).isEmpty();
        refusedWith("manuscript.error.round-closed",
                () -> corrections.saveCorrection(returned.id(), returned.lockVersion(), DRAFT));

        signIn(users, "resident1");
        assertThat(corrections.actions(manuscriptId, 1)).containsExactly(ManuscriptAction.REVIEW);
        assertThat(manuscripts.actions(manuscriptId)).containsExactly(ManuscriptAction.REVIEW);
        refusedWith("manuscript.error.review-first",
                () -> manuscripts.saveDraft(manuscriptId, 1, DRAFT + "追記。", VersionOrigin.DRAFT, null, null));

        signIn(users, "resident2");
        assertThatThrownBy(() -> corrections.actions(manuscriptId, 1)).isInstanceOf(AccessDeniedException.class);
    }
}
