package jp.akapen.manuscript;

import static jp.akapen.TestSupport.signIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import jp.akapen.AkapenSpringTest;
import jp.akapen.shared.JapaneseDates;
import jp.akapen.shared.PortalUser;
import jp.akapen.shared.notification.NotificationService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The correction loop of seed W1/W2 through the services, on the real database. */
@AkapenSpringTest
class CorrectionFlowTest {

    static final String DRAFT = """
            わたしの住む町では、朝の八時になると、小学校の前に黄色い旗を持った人たちが立ちます。
            以前は母親ばかりでしたが、この数年で父親の姿が増えました。
            会議で発言するのは今でも男性が多く、お茶くみは女性の仕事という雰囲気が残っています。
            """;

    @Autowired
    ManuscriptService manuscripts;

    @Autowired
    CorrectionService corrections;

    @Autowired
    ReviewService reviews;

    @Autowired
    NotificationService notices;

    @Autowired
    UserDetailsService users;

    long resident1;
    long manuscriptId;

    @BeforeEach
    void assignAManuscriptWithADraft() {
        resident1 = ((PortalUser) users.loadUserByUsername("resident1")).id();
        signIn(users, "ward1");
        manuscriptId = manuscripts.assign("町の朝", resident1, null).id();
        signIn(users, "resident1");
        manuscripts.saveDraft(manuscriptId, 0, DRAFT, VersionOrigin.DRAFT, null, null);
    }

    private Round openRound() {
        signIn(users, "handler1");
        return corrections.openRound(manuscriptId, today().plusDays(7));
    }

    private static LocalDate today() {
        return LocalDate.now(JapaneseDates.ZONE);
    }

    @Test
    void two_rounds_end_with_the_base_plus_exactly_the_accepted_changes() {
        var round = openRound();
        String corrected = DRAFT.replace("八時", "8時").replace("母親ばかり", "母親がほとんど").replace("お茶くみは女性の仕事", "お茶くみは女性がするもの");
        round = corrections.saveCorrection(round.id(), round.lockVersion(), corrected);
        assertThat(round.changes()).hasSize(3);
        var first = round.changes().getFirst();
        corrections.annotate(first.id(), Reason.CONSISTENCY, "数字は算用数字に統一します");
        corrections.returnRound(round.id(),
                Annotations.complete(corrections, corrections.round(manuscriptId, 1)).lockVersion());

        signIn(users, "resident1");
        round = corrections.round(manuscriptId, 1);
        assertThat(round.changes().getFirst().reason()).isEqualTo(Reason.CONSISTENCY);
        reviews.decide(round.changes().get(0).id(), Decision.ACCEPTED);
        reviews.decide(round.changes().get(1).id(), Decision.REJECTED);
        reviews.decide(round.changes().get(2).id(), Decision.ACCEPTED);
        reviews.reply(round.changes().get(1).id(), "「ばかり」のままにしたいです");
        var v2 = reviews.finishReview(round.id(), FollowUp.ANOTHER_ROUND);

        String expected = DRAFT.replace("八時", "8時").replace("お茶くみは女性の仕事", "お茶くみは女性がするもの");
        assertThat(v2.number()).isEqualTo(2);
        assertThat(v2.body()).isEqualTo(expected);
        assertThat(manuscripts.get(manuscriptId).anotherRoundRequested()).isTrue();

        var second = openRound();
        assertThat(second.number()).isEqualTo(2);
        assertThat(second.baseText()).isEqualTo(expected);
        second = corrections.saveCorrection(second.id(), second.lockVersion(), expected.replace("増えました", "増えてきました"));
        corrections.returnRound(second.id(), Annotations.complete(corrections, second).lockVersion());
        signIn(users, "resident1");
        reviews.decideAll(second.id(), Decision.ACCEPTED);
        var v3 = reviews.finishReview(second.id(), FollowUp.FINAL);

        assertThat(v3.body()).isEqualTo(expected.replace("増えました", "増えてきました"));
        assertThat(manuscripts.get(manuscriptId).status()).isEqualTo(ManuscriptStatus.FINAL);
        assertThat(manuscripts.history(manuscriptId)).extracting(HistoryEntry::kind)
                .contains("ROUND_OPENED", "ROUND_RETURNED", "REVIEW_FINISHED", "MARKED_FINAL");
    }

    @Test
    void furigana_in_aozora_notation_survive_a_correction_round_as_text() {
        signIn(users, "resident1");
        String withReadings = "会場は｜新宿《しんじゅく》の区民会館《くみんかいかん》です。\n雨天でも行います。\n";
        manuscripts.saveDraft(manuscriptId, 1, withReadings, VersionOrigin.UPLOAD, "原稿.docx", "docx");
        var round = openRound();
        String corrected = withReadings.replace("です。", "になります。").replace("雨天でも", "雨の日も");
        round = corrections.saveCorrection(round.id(), round.lockVersion(), corrected);
        corrections.returnRound(round.id(), Annotations.complete(corrections, round).lockVersion());

        signIn(users, "resident1");
        reviews.decideAll(round.id(), Decision.ACCEPTED);
        var next = reviews.finishReview(round.id(), FollowUp.FINAL);

        assertThat(next.body()).isEqualTo(corrected)
                .contains("｜新宿《しんじゅく》", "区民会館《くみんかいかん》");
    }

    @Test
    void returning_a_round_tells_the_resident() {
        var round = openRound();
        round = corrections.saveCorrection(round.id(), round.lockVersion(), DRAFT.replace("黄色い", "きいろい"));
        signIn(users, "resident1");
        int before = notices.myUnreadCount();
        signIn(users, "handler1");
        corrections.returnRound(round.id(), Annotations.complete(corrections, round).lockVersion());
        signIn(users, "resident1");
        assertThat(notices.myUnreadCount()).isEqualTo(before + 1);
        // the newest by id: tests that move the clock leave notices dated in the future
        assertThat(notices.myInbox(50).stream().max(java.util.Comparator.comparingLong(n -> n.id())).orElseThrow()
                .messageKey()).isEqualTo("manuscript.notice.round-returned");
    }

    @Test
    void resident_cannot_open_another_residents_manuscript() {
        signIn(users, "resident2");
        assertThatThrownBy(() -> manuscripts.get(manuscriptId)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> corrections.rounds(manuscriptId)).isInstanceOf(AccessDeniedException.class);
        assertThat(manuscripts.visible()).noneMatch(m -> m.id() == manuscriptId);
    }

    @Test
    void a_rounds_stamp_moves_with_each_save_and_is_refused_to_another_resident() {
        var round = openRound();
        var before = corrections.stamp(manuscriptId, 1);
        var manuscript = manuscripts.get(manuscriptId);
        assertThat(before).isEqualTo(new RoundStamp(manuscript.status(), manuscript.latestVersion(), RoundStatus.OPEN,
                round.lockVersion()));

        corrections.saveCorrection(round.id(), round.lockVersion(), DRAFT.replace("黄色い", "きいろい"));

        assertThat(corrections.stamp(manuscriptId, 1)).isNotEqualTo(before)
                .isEqualTo(RoundStamp.of(manuscripts.get(manuscriptId), corrections.round(manuscriptId, 1)));
        signIn(users, "resident2");
        assertThatThrownBy(() -> corrections.stamp(manuscriptId, 1)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void resident_cannot_decide_on_another_residents_round() {
        var round = openRound();
        round = corrections.saveCorrection(round.id(), round.lockVersion(), DRAFT.replace("黄色い", "きいろい"));
        corrections.returnRound(round.id(), Annotations.complete(corrections, round).lockVersion());
        long change = round.changes().getFirst().id();
        signIn(users, "resident2");
        assertThatThrownBy(() -> reviews.decide(change, Decision.ACCEPTED)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reviews.reply(change, "横から失礼")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void ward_staff_read_everything_and_change_nothing() {
        var round = openRound();
        signIn(users, "ward1");
        assertThat(manuscripts.get(manuscriptId).title()).isEqualTo("町の朝");
        assertThat(corrections.round(manuscriptId, 1).baseText()).isEqualTo(DRAFT);
        assertThatThrownBy(() -> corrections.saveCorrection(round.id(), round.lockVersion(), "x"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> manuscripts.saveDraft(manuscriptId, 1, "x", VersionOrigin.DRAFT, null, null))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void contractor_staff_see_the_manuscript_under_the_pen_name() {
        signIn(users, "staff1");
        assertThat(manuscripts.get(manuscriptId).penName()).isEqualTo("さくら");
    }

    @Test
    void two_editors_saving_the_same_round_get_a_conflict_not_an_overwrite() {
        var loadedByBoth = openRound();
        corrections.saveCorrection(loadedByBoth.id(), loadedByBoth.lockVersion(), DRAFT.replace("黄色い", "きいろい"));
        signIn(users, "handler2");

        assertThatThrownBy(() -> corrections.saveCorrection(loadedByBoth.id(), loadedByBoth.lockVersion(),
                DRAFT.replace("小学校", "学校"))).isInstanceOf(ConcurrentEditException.class);
        assertThat(corrections.round(manuscriptId, 1).correctedText()).contains("きいろい").contains("小学校");
    }

    @Test
    void a_second_tab_with_an_older_draft_cannot_overwrite_the_newer_one() {
        manuscripts.saveDraft(manuscriptId, 1, DRAFT + "追記。", VersionOrigin.DRAFT, null, null);
        assertThatThrownBy(() -> manuscripts.saveDraft(manuscriptId, 1, DRAFT + "別の追記。", VersionOrigin.DRAFT,
                null, null)).isInstanceOf(ConcurrentEditException.class);
        assertThat(manuscripts.latest(manuscriptId).orElseThrow().body()).endsWith("追記。");
    }

    @Test
    void a_draft_saved_during_a_round_moves_the_corrections_and_flags_those_that_no_longer_apply() {
        var round = openRound();
        round = corrections.saveCorrection(round.id(), round.lockVersion(),
                DRAFT.replace("黄色い旗", "黄色の旗").replace("男性が多く", "男性が多数で"));
        assertThat(round.changes()).hasSize(2);

        signIn(users, "resident1");
        String newer = "（はじめに一文を足しました。）\n" + DRAFT.replace("男性が多く", "男の人が多く");
        manuscripts.saveDraft(manuscriptId, 1, newer, VersionOrigin.DRAFT, null, null);

        signIn(users, "handler1");
        var moved = corrections.round(manuscriptId, 1);
        assertThat(moved.baseVersionNumber()).isEqualTo(2);
        assertThat(moved.baseText()).isEqualTo(newer);
        assertThat(moved.applicable()).singleElement().satisfies(c -> {
            assertThat(c.before()).isEqualTo(newer.substring(c.start(), c.end()));
            assertThat(c.after()).contains("の");
        });
        assertThat(moved.conflicts()).singleElement().satisfies(c -> assertThat(c.after()).contains("数"));
        var conflict = moved.conflicts().getFirst();
        assertThat(moved.context(conflict)).hasValueSatisfying(context ->
                assertThat(context.before() + conflict.before() + context.after()).contains("今でも男性が多く、お茶くみは"));
        assertThat(moved.correctedText()).contains("黄色の旗").contains("男の人が多く");
        assertThat(moved.lockVersion()).isGreaterThan(round.lockVersion());

        int lock = moved.lockVersion();
        assertThatThrownBy(() -> corrections.returnRound(moved.id(), lock))
                .isInstanceOf(ManuscriptException.class).hasMessage("manuscript.error.conflicts-open");
        var resolved = corrections.resolveConflict(moved.conflicts().getFirst().id());
        assertThat(resolved.conflicts()).isEmpty();
        corrections.returnRound(resolved.id(), Annotations.complete(corrections, resolved).lockVersion());
    }

    @Test
    void a_round_is_not_returned_while_a_change_lacks_its_reason_or_its_comment_and_the_refusal_names_them() {
        var round = openRound();
        round = corrections.saveCorrection(round.id(), round.lockVersion(),
                DRAFT.replace("八時", "8時").replace("母親ばかり", "母親がほとんど").replace("雰囲気", "空気"));
        var changes = round.changes();
        corrections.annotate(changes.get(0).id(), Reason.CONSISTENCY, "算用数字に統一します");
        corrections.annotate(changes.get(1).id(), Reason.STYLE, null);
        round = corrections.round(manuscriptId, 1);
        long roundId = round.id();
        int lock = round.lockVersion();

        assertThat(round.returnBlockers()).isEqualTo(new ReturnBlockers(0, List.of(changes.get(2).seq()),
                List.of(changes.get(1).seq(), changes.get(2).seq())));
        assertThatThrownBy(() -> corrections.returnRound(roundId, lock))
                .isInstanceOf(ReturnRefusedException.class).hasMessage("manuscript.error.annotations-missing")
                .extracting(e -> ((ReturnRefusedException) e).blockers()).isEqualTo(round.returnBlockers());
        assertThat(corrections.round(manuscriptId, 1).status()).isEqualTo(RoundStatus.OPEN);

        corrections.annotate(changes.get(1).id(), Reason.STYLE, "やわらかい言い方に");
        corrections.annotate(changes.get(2).id(), Reason.STYLE, "短い言葉に");
        assertThat(corrections.round(manuscriptId, 1).returnBlockers().none()).isTrue();
        assertThat(corrections.returnRound(roundId, lock).status()).isEqualTo(RoundStatus.RETURNED);
    }

    @Test
    void a_conflict_redone_by_hand_keeps_its_reason_and_comment() {
        var round = openRound();
        round = corrections.saveCorrection(round.id(), round.lockVersion(), DRAFT.replace("男性が多く", "男性が多数で"));
        corrections.annotate(round.changes().getFirst().id(), Reason.STYLE, "数の多さをはっきり");
        signIn(users, "resident1");
        manuscripts.saveDraft(manuscriptId, 1, DRAFT.replace("男性が多く", "男の人が多く"), VersionOrigin.DRAFT, null, null);
        signIn(users, "handler1");
        var moved = corrections.round(manuscriptId, 1);
        assertThat(moved.conflicts()).hasSize(1);

        var redone = corrections.saveCorrection(moved.id(), moved.lockVersion(),
                moved.correctedText().replace("男の人が多く", "男の人が多数で"));
        redone = corrections.resolveConflict(redone.conflicts().getFirst().id());

        assertThat(redone.changes()).singleElement().satisfies(c -> {
            assertThat(c.conflict()).isFalse();
            assertThat(c.reason()).isEqualTo(Reason.STYLE);
            assertThat(c.comment()).isEqualTo("数の多さをはっきり");
        });
    }

    @Test
    void resolving_a_conflict_leaves_the_other_changes_their_numbers_and_the_return_numbers_them_from_one() {
        var round = openRound();
        round = corrections.saveCorrection(round.id(), round.lockVersion(), DRAFT.replace("黄色い旗", "黄色の旗")
                .replace("母親ばかり", "母親がほとんど").replace("男性が多く", "男性が多数で"));
        signIn(users, "resident1");
        manuscripts.saveDraft(manuscriptId, 1, DRAFT.replace("母親ばかり", "母親だけ").replace("男性が多く", "男の人が多く"),
                VersionOrigin.DRAFT, null, null);
        signIn(users, "handler1");
        var moved = corrections.round(manuscriptId, 1);
        assertThat(moved.conflicts()).hasSize(2);
        var numbers = moved.changes().stream().collect(java.util.stream.Collectors.toMap(TrackedChange::id, TrackedChange::seq));

        var resolved = corrections.resolveConflict(moved.conflicts().getFirst().id());

        assertThat(resolved.changes()).hasSize(2).allSatisfy(c -> assertThat(c.seq()).isEqualTo(numbers.get(c.id())));
        resolved = corrections.resolveConflict(resolved.conflicts().getFirst().id());
        var returned = corrections.returnRound(resolved.id(), Annotations.complete(corrections, resolved).lockVersion());
        assertThat(returned.changes()).extracting(TrackedChange::seq).containsExactly(1);
    }

    @Test
    void reasons_and_comments_stay_with_their_changes_when_the_text_is_saved_again() {
        var round = openRound();
        round = corrections.saveCorrection(round.id(), round.lockVersion(), DRAFT.replace("黄色い", "きいろい"));
        corrections.annotate(round.changes().getFirst().id(), Reason.STYLE, "ひらがなでやわらかく");
        round = corrections.round(manuscriptId, 1);
        round = corrections.saveCorrection(round.id(), round.lockVersion(),
                round.correctedText().replace("父親の姿", "父親たちの姿"));

        assertThat(round.changes()).hasSize(2);
        assertThat(round.changes()).filteredOn(c -> c.after().equals("きいろい") || c.after().contains("きいろ"))
                .singleElement().satisfies(c -> {
                    assertThat(c.reason()).isEqualTo(Reason.STYLE);
                    assertThat(c.comment()).isEqualTo("ひらがなでやわらかく");
                });
    }

    @Test
    void a_review_cannot_finish_while_a_change_is_undecided() {
        var round = openRound();
        round = corrections.saveCorrection(round.id(), round.lockVersion(),
                DRAFT.replace("黄色い", "きいろい").replace("父親", "お父さん"));
        corrections.returnRound(round.id(), Annotations.complete(corrections, round).lockVersion());
        signIn(users, "resident1");
        reviews.decide(round.changes().getFirst().id(), Decision.ACCEPTED);
        long roundId = round.id();

        assertThatThrownBy(() -> reviews.finishReview(roundId, FollowUp.NONE))
                .isInstanceOf(ManuscriptException.class).hasMessage("manuscript.error.undecided");
        assertThat(manuscripts.versions(manuscriptId)).hasSize(1);
    }

    @Test
    void text_with_control_characters_or_nothing_in_it_is_refused_and_nothing_is_stored() {
        assertThatThrownBy(() -> manuscripts.saveDraft(manuscriptId, 1, "本文\u0007です", VersionOrigin.DRAFT, null, null))
                .isInstanceOf(ManuscriptException.class).hasMessage("manuscript.error.control-characters");
        assertThatThrownBy(() -> manuscripts.saveDraft(manuscriptId, 1, " \n\t ", VersionOrigin.DRAFT, null, null))
                .isInstanceOf(ManuscriptException.class).hasMessage("manuscript.error.empty");
        assertThatThrownBy(() -> manuscripts.saveDraft(manuscriptId, 1, DRAFT, VersionOrigin.DRAFT, null, null))
                .isInstanceOf(ManuscriptException.class).hasMessage("manuscript.error.unchanged");
        assertThat(manuscripts.versions(manuscriptId)).hasSize(1);
    }

    @Test
    void windows_line_endings_are_stored_as_plain_line_breaks() {
        manuscripts.saveDraft(manuscriptId, 1, "一行目\r\n二行目\r\n", VersionOrigin.DRAFT, null, null);
        assertThat(manuscripts.latest(manuscriptId).orElseThrow().body()).isEqualTo("一行目\n二行目\n");
    }

    @Test
    void a_final_manuscript_takes_no_more_drafts_or_rounds() {
        manuscripts.markFinal(manuscriptId);
        assertThatThrownBy(() -> manuscripts.saveDraft(manuscriptId, 1, DRAFT + "。", VersionOrigin.DRAFT, null, null))
                .isInstanceOf(ManuscriptException.class).hasMessage("manuscript.error.final");
        signIn(users, "handler1");
        assertThatThrownBy(() -> corrections.openRound(manuscriptId, today().plusDays(3)))
                .isInstanceOf(ManuscriptException.class).hasMessage("manuscript.error.final");
    }
}
