package jp.akapen.manuscript;

import static jp.akapen.TestSupport.signIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import jp.akapen.AkapenSpringTest;
import jp.akapen.TestSupport;
import jp.akapen.edition.EditionService;
import jp.akapen.edition.progress.MilestoneKind;
import jp.akapen.edition.NewCohort;
import jp.akapen.proofreading.ProofreadingService;
import jp.akapen.proofreading.Suggestion;
import jp.akapen.shared.JapaneseDates;
import jp.akapen.shared.PortalUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Proofreading suggestions inside a correction round (issue 16; W2): a suggestion becomes a tracked change with its
 * rule's reason, explanation and id, which every later save keeps; dismissed ones stay away; an edition's allowed
 * words are left alone.
 */
@AkapenSpringTest
class ProofreadingRoundTest {

    static final AtomicInteger YEAR = new AtomicInteger(2070);

    static final String DRAFT = """
            区民センターでは、誰でも講座に参加出来ます。
            全ての講座に保育があり、全ての回で手話通訳もつきます。
            主人と一緒に参加した人もいました。
            """;

    @Autowired
    ManuscriptService manuscripts;

    @Autowired
    CorrectionService corrections;

    @Autowired
    EditionService editions;

    @Autowired
    ProofreadingService proofreading;

    @Autowired
    UserDetailsService users;

    long manuscriptId;

    @BeforeEach
    void aManuscriptWithADraft() {
        long resident1 = ((PortalUser) users.loadUserByUsername("resident1")).id();
        signIn(users, "ward1");
        manuscriptId = manuscripts.assign("講座の案内", resident1, null).id();
        signIn(users, "resident1");
        manuscripts.saveDraft(manuscriptId, 0, DRAFT, VersionOrigin.DRAFT, null, null);
    }

    private Round openRound() {
        signIn(users, "handler1");
        return corrections.openRound(manuscriptId, LocalDate.now(JapaneseDates.ZONE).plusDays(7));
    }

    private static Suggestion first(List<Suggestion> suggestions, String ruleId) {
        return suggestions.stream().filter(s -> s.ruleId().equals(ruleId)).findFirst().orElseThrow();
    }

    @Test
    void a_suggestion_becomes_a_tracked_change_with_its_rule_which_a_later_save_keeps() {
        var round = openRound();
        var suggestions = corrections.suggestions(round.id());
        assertThat(suggestions).extracting(Suggestion::ruleId)
                .contains("notation.dekiru", "notation.subete", "gender.shujin");

        var dekiru = first(suggestions, "notation.dekiru");
        round = corrections.applySuggestion(round.id(), round.lockVersion(), dekiru.ruleId(), dekiru.start(),
                dekiru.end(), dekiru.replacements().getFirst());

        assertThat(round.correctedText()).contains("参加できます。");
        assertThat(round.applicable()).singleElement().satisfies(change -> {
            assertThat(change.ruleId()).isEqualTo("notation.dekiru");
            assertThat(change.reason()).isEqualTo(Reason.CONSISTENCY);
            assertThat(change.comment()).contains("平仮名").doesNotContain(" / ");
        });
        assertThat(corrections.suggestions(round.id())).extracting(Suggestion::ruleId).doesNotContain("notation.dekiru");

        round = corrections.saveCorrection(round.id(), round.lockVersion(),
                round.correctedText().replace("区民センターでは", "区民センターの講座には"));
        assertThat(round.applicable()).hasSize(2)
                .filteredOn(c -> "notation.dekiru".equals(c.ruleId())).singleElement()
                .satisfies(c -> assertThat(c.reason()).isEqualTo(Reason.CONSISTENCY));
    }

    @Test
    void applying_all_of_a_rule_changes_every_place_it_found_and_the_round_can_go_back() {
        var round = openRound();
        round = corrections.applyRule(round.id(), round.lockVersion(), "notation.subete");

        assertThat(round.correctedText()).doesNotContain("全て").contains("すべての講座", "すべての回");
        assertThat(round.applicable()).hasSize(2).allSatisfy(c -> {
            assertThat(c.ruleId()).isEqualTo("notation.subete");
            assertThat(c.comment()).isNotBlank();
        });
        assertThat(ReturnBlockers.of(round.changes()).none()).isTrue();
        var returned = corrections.returnRound(round.id(), round.lockVersion());
        assertThat(returned.status()).isEqualTo(RoundStatus.RETURNED);

        signIn(users, "resident1");
        assertThat(corrections.round(manuscriptId, 1).applicable()).extracting(TrackedChange::ruleId)
                .containsOnly("notation.subete");
    }

    @Test
    void a_gender_perspective_suggestion_offers_its_alternatives_and_takes_the_one_chosen() {
        var round = openRound();
        var shujin = first(corrections.suggestions(round.id()), "gender.shujin");
        assertThat(shujin.replacements()).contains("夫", "配偶者");

        round = corrections.applySuggestion(round.id(), round.lockVersion(), shujin.ruleId(), shujin.start(),
                shujin.end(), "配偶者");

        assertThat(round.correctedText()).contains("配偶者と一緒に");
        assertThat(round.applicable()).singleElement()
                .satisfies(c -> assertThat(c.reason()).isEqualTo(Reason.GENDER_PERSPECTIVE));
    }

    @Test
    void a_dismissed_suggestion_stays_dismissed_for_that_text_after_saves_and_in_the_next_round() {
        var round = openRound();
        var shujin = first(corrections.suggestions(round.id()), "gender.shujin");
        corrections.dismissSuggestion(round.id(), shujin.ruleId(), shujin.found());

        assertThat(corrections.suggestions(round.id())).extracting(Suggestion::ruleId).doesNotContain("gender.shujin")
                .contains("notation.dekiru");
        round = corrections.saveCorrection(round.id(), round.lockVersion(),
                round.correctedText() + "主人の実家にも行きました。\n");
        assertThat(corrections.suggestions(round.id())).extracting(Suggestion::ruleId).doesNotContain("gender.shujin");
    }

    @Test
    void a_dismissal_taken_back_brings_the_suggestion_back_and_a_second_take_back_is_refused() {
        var round = openRound();
        var shujin = first(corrections.suggestions(round.id()), "gender.shujin");
        corrections.dismissSuggestion(round.id(), shujin.ruleId(), shujin.found());
        assertThat(corrections.dismissedSuggestions(round.id()))
                .containsExactly(new ProofreadingService.Dismissed("gender.shujin", shujin.found()));

        corrections.restoreSuggestion(round.id(), "gender.shujin", shujin.found());

        assertThat(corrections.suggestions(round.id())).extracting(Suggestion::ruleId).contains("gender.shujin");
        assertThat(corrections.dismissedSuggestions(round.id())).isEmpty();
        assertThatThrownBy(() -> corrections.restoreSuggestion(round.id(), "gender.shujin", shujin.found()))
                .isInstanceOfSatisfying(ManuscriptException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("manuscript.error.dismissal-gone"));
    }

    @Test
    void a_suggestion_no_longer_in_the_text_or_on_a_stale_page_is_refused_and_nothing_changes() {
        var round = openRound();
        var dekiru = first(corrections.suggestions(round.id()), "notation.dekiru");
        int shownLock = round.lockVersion();
        var saved = corrections.saveCorrection(round.id(), round.lockVersion(),
                round.correctedText().replace("参加出来ます", "参加できます"));

        assertThatThrownBy(() -> corrections.applySuggestion(round.id(), shownLock, dekiru.ruleId(), dekiru.start(),
                dekiru.end(), "できる")).isInstanceOf(ConcurrentEditException.class);
        assertThatThrownBy(() -> corrections.applySuggestion(round.id(), saved.lockVersion(), dekiru.ruleId(),
                dekiru.start(), dekiru.end(), "できる"))
                .isInstanceOfSatisfying(ManuscriptException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("manuscript.error.suggestion-gone"));
        assertThatThrownBy(() -> corrections.applySuggestion(round.id(), saved.lockVersion(), "notation.subete",
                0, 2, "なんでも")).isInstanceOf(ManuscriptException.class);
        assertThat(corrections.round(manuscriptId, 1).correctedText()).isEqualTo(saved.correctedText());
    }

    @Test
    void advice_without_a_replacement_cannot_be_applied() {
        signIn(users, "resident1");
        manuscripts.saveDraft(manuscriptId, 1, "奥さんによろしくお伝えください。\n", VersionOrigin.DRAFT, null, null);
        var round = openRound();
        var okusan = first(corrections.suggestions(round.id()), "gender.okusan");
        assertThat(okusan.adviceOnly()).isTrue();

        assertThatThrownBy(() -> corrections.applyRule(round.id(), round.lockVersion(), "gender.okusan"))
                .isInstanceOfSatisfying(ManuscriptException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("manuscript.error.suggestion-gone"));
    }

    @Test
    void a_word_the_edition_allows_is_left_alone_in_its_manuscripts_only() {
        signIn(users, "ward1");
        long resident1 = ((PortalUser) users.loadUserByUsername("resident1")).id();
        var cohort = TestSupport.freeYear(YEAR, year -> editions.createCohort(new NewCohort(year,
                LocalDate.of(year, 4, 1), LocalDate.of(year + 1, 3, 31), "あかね編集室", List.of(resident1))));
        var edition = editions.createEdition(cohort.id(), 1, "春の号",
                Map.of(MilestoneKind.DRAFT_DUE, LocalDate.of(cohort.fiscalYear(), 6, 1)));
        var article = editions.addArticle(edition.id(), "主人公のいない物語", 800, List.of(resident1), null);
        proofreading.allow(edition.id(), "主人と一緒に");
        long inEdition = manuscripts.visible().stream().filter(m -> article.id() == m.articleId()).findFirst()
                .orElseThrow().id();
        signIn(users, "resident1");
        manuscripts.saveDraft(inEdition, 0, DRAFT, VersionOrigin.DRAFT, null, null);

        signIn(users, "handler1");
        var roundInEdition = corrections.openRound(inEdition, LocalDate.now(JapaneseDates.ZONE).plusDays(7));
        assertThat(corrections.suggestions(roundInEdition.id())).extracting(Suggestion::ruleId)
                .doesNotContain("gender.shujin").contains("notation.dekiru");
        assertThat(corrections.suggestions(openRound().id())).extracting(Suggestion::ruleId).contains("gender.shujin");
    }

    @Test
    void a_resident_gets_no_suggestions_and_cannot_apply_or_dismiss_them() {
        var round = openRound();
        signIn(users, "resident1");

        assertThatThrownBy(() -> corrections.suggestions(round.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> corrections.applyRule(round.id(), round.lockVersion(), "notation.subete"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> corrections.dismissSuggestion(round.id(), "gender.shujin", "主人"))
                .isInstanceOf(AccessDeniedException.class);
    }
}
