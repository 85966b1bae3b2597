package jp.akapen.manuscript.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import jp.akapen.AkapenSpringTest;
import jp.akapen.TestSupport;
import jp.akapen.manuscript.CorrectionService;
import jp.akapen.manuscript.ManuscriptService;
import jp.akapen.manuscript.Reason;
import jp.akapen.manuscript.VersionOrigin;
import jp.akapen.shared.JapaneseDates;
import jp.akapen.shared.PortalUser;
import org.junit.jupiter.api.BeforeEach;
import jp.akapen.shared.ui.ListClicks;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The proofreading suggestions on an open round's page, as the contractor uses them (issue 16; W2). */
@AkapenSpringTest
class SuggestionsViewTest extends SpringBrowserlessTest {

    static final String DRAFT = "誰でも参加出来ます。\n全ての講座に保育があり、全ての回に手話通訳がつきます。\n";

    @Autowired
    UserDetailsService users;

    @Autowired
    ManuscriptService manuscripts;

    @Autowired
    CorrectionService corrections;

    long manuscriptId;

    @BeforeEach
    void aRoundOpenOnADraft() {
        long resident1 = ((PortalUser) users.loadUserByUsername("resident1")).id();
        TestSupport.signIn(users, "ward1");
        manuscriptId = manuscripts.assign("講座のお知らせ", resident1, null).id();
        TestSupport.signIn(users, "resident1");
        manuscripts.saveDraft(manuscriptId, 0, DRAFT, VersionOrigin.DRAFT, null, null);
        TestSupport.signIn(users, "handler1");
        corrections.openRound(manuscriptId, LocalDate.now(JapaneseDates.ZONE).plusDays(7));
        UI.getCurrent().setLocale(Locale.JAPANESE);
    }

    private RoundView openRound() {
        return navigate(RoundView.class, Map.of("manuscriptId", String.valueOf(manuscriptId), "round", "1"));
    }

    private Div card(String ruleId) {
        return find(Div.class).withClassName("suggestion-card").all().stream()
                .filter(c -> c.getChildren().anyMatch(child -> child instanceof Span s && s.getText().endsWith(ruleId)))
                .findFirst().orElseThrow();
    }

    @Test
    void the_contractor_sees_each_finding_marked_in_the_text_with_its_reason_and_source() {
        openRound();

        assertThat(find(Span.class).withClassName("suggestion-mark").all()).extracting(Span::getText)
                .contains("出来", "全て");
        var dekiru = card("notation.dekiru");
        assertThat(dekiru.getChildren().filter(c -> c instanceof Paragraph).map(c -> ((Paragraph) c).getText()))
                .anyMatch(t -> t.contains("平仮名")).anyMatch(t -> t.startsWith("出典: "));
        assertThat(ListClicks.button(card("notation.subete"), "この規則をすべて適用（2件）").isEnabled()).isTrue();
    }

    @Test
    void one_click_makes_a_finding_a_change_with_the_rules_reason_and_name() {
        openRound();

        ListClicks.click(card("notation.dekiru"), "「でき」にする");

        assertThat(corrections.round(manuscriptId, 1).applicable()).singleElement().satisfies(c -> {
            assertThat(c.ruleId()).isEqualTo("notation.dekiru");
            assertThat(c.reason()).isEqualTo(Reason.CONSISTENCY);
        });
        assertThat(find(Span.class).withClassName("change-rule").all()).extracting(Span::getText)
                .containsExactly("校正規則 notation.dekiru");
        assertThat(find(Span.class).withClassName("suggestion-mark").all()).extracting(Span::getText)
                .doesNotContain("出来");
    }

    @Test
    void applying_over_unsaved_typing_is_refused_in_place_and_the_typing_stays() {
        openRound();
        var editor = find(TextArea.class).withClassName("manuscript-editor").single();
        test(editor).setValue(DRAFT + "追記です。\n");

        ListClicks.click(card("notation.subete"), "この規則をすべて適用（2件）");

        assertThat(find(Paragraph.class).withId("suggestion-problem").single().getText()).contains("保存されていません");
        assertThat(editor.getValue()).endsWith("追記です。\n");
        assertThat(corrections.round(manuscriptId, 1).applicable()).isEmpty();
    }

    @Test
    void a_dismissed_finding_leaves_the_list_and_does_not_come_back_on_reload() {
        openRound();

        ListClicks.click(card("notation.dekiru"), "指摘しない");
        openRound();

        assertThat(find(Div.class).withClassName("suggestion-card").all())
                .noneMatch(c -> c.getChildren().anyMatch(ch -> ch instanceof Span s && s.getText().endsWith("notation.dekiru")));
        assertThat(find(Div.class).withClassName("suggestion-card").all()).isNotEmpty();
    }

    @Test
    void a_dismissed_finding_can_be_brought_back_from_the_dismissed_list() {
        openRound();
        ListClicks.click(card("notation.dekiru"), "指摘しない");
        openRound();
        var dismissed = find(com.vaadin.flow.component.details.Details.class).withClassName("dismissed-suggestions")
                .single();
        assertThat(dismissed.getSummaryText()).isEqualTo("指摘しないことにしたもの（1件）");

        test(find(Button.class).withClassName("restore-suggestion").single()).click();
        openRound();

        assertThat(find(Div.class).withClassName("suggestion-card").all())
                .anyMatch(c -> c.getChildren().anyMatch(ch -> ch instanceof Span s && s.getText().endsWith("notation.dekiru")));
        assertThat(find(com.vaadin.flow.component.details.Details.class).withClassName("dismissed-suggestions").all())
                .isEmpty();
    }

    @Test
    void a_click_on_a_mark_past_the_first_page_of_cards_shows_that_findings_card() {
        long resident1 = ((PortalUser) users.loadUserByUsername("resident1")).id();
        TestSupport.signIn(users, "ward1");
        long longer = manuscripts.assign("長いお知らせ", resident1, null).id();
        TestSupport.signIn(users, "resident1");
        manuscripts.saveDraft(longer, 0, "誰でも参加出来ます。\n".repeat(SuggestionsPanel.PAGE + 10), VersionOrigin.DRAFT,
                null, null);
        TestSupport.signIn(users, "handler1");
        corrections.openRound(longer, LocalDate.now(JapaneseDates.ZONE).plusDays(7));
        navigate(RoundView.class, Map.of("manuscriptId", String.valueOf(longer), "round", "1"));
        assertThat(find(Span.class).withClassName("suggestion-mark").all())
                .as("more findings than a page of cards: the text is marked when asked for").isEmpty();
        var details = find(com.vaadin.flow.component.details.Details.class).withClassName("suggestion-text-details")
                .single();
        assertThat(details.getSummaryText()).startsWith("指摘を本文中で見る（");
        details.setOpened(true);
        details.setOpened(false);
        details.setOpened(true);
        assertThat(find(Div.class).withClassName("suggestion-text").all()).as("built once").hasSize(1);
        var marks = find(Span.class).withClassName("suggestion-mark").all();
        assertThat(marks).hasSizeGreaterThan(SuggestionsPanel.PAGE + 5);
        assertThat(find(Div.class).withClassName("suggestion-card").all()).hasSize(SuggestionsPanel.PAGE);
        assertThat(find(Button.class, find(SuggestionsPanel.class).single()).withClassName("more-changes").single()
                .getText()).as("the button says what it builds").startsWith("次の " + SuggestionsPanel.PAGE + " 件を表示（残り ");

        String index = marks.get(SuggestionsPanel.PAGE + 5).getElement().getAttribute("data-index");
        var text = find(Div.class).withClassName("suggestion-text").single().getElement();
        var data = com.vaadin.flow.internal.JacksonUtils.createObjectNode();
        data.put("event.target.dataset.index", index);
        text.getNode().getFeature(com.vaadin.flow.internal.nodefeature.ElementListenerMap.class)
                .fireEvent(new com.vaadin.flow.dom.DomEvent(text, "click", data));

        assertThat(find(Div.class).withClassName("suggestion-card").all()).extracting(Div::getId)
                .contains(java.util.Optional.of("suggestion-" + index));
    }

    @Test
    void the_next_page_of_findings_is_not_mixed_with_findings_of_a_text_saved_elsewhere_meanwhile() {
        long resident1 = ((PortalUser) users.loadUserByUsername("resident1")).id();
        TestSupport.signIn(users, "ward1");
        long longer = manuscripts.assign("長いお知らせ", resident1, null).id();
        TestSupport.signIn(users, "resident1");
        String draft = "誰でも参加出来ます。\n".repeat(3 * SuggestionsPanel.PAGE);
        manuscripts.saveDraft(longer, 0, draft, VersionOrigin.DRAFT, null, null);
        TestSupport.signIn(users, "handler1");
        var round = corrections.openRound(longer, LocalDate.now(JapaneseDates.ZONE).plusDays(7));
        navigate(RoundView.class, Map.of("manuscriptId", String.valueOf(longer), "round", "1"));
        var more = find(Button.class, find(SuggestionsPanel.class).single()).withClassName("more-changes").single();
        test(more).click();
        assertThat(find(Div.class).withClassName("suggestion-card").all()).hasSize(2 * SuggestionsPanel.PAGE);

        corrections.saveCorrection(round.id(), round.lockVersion(), draft.replaceFirst("出来", "でき"));
        test(more).click();

        assertThat(find(Div.class).withClassName("suggestion-card").all()).hasSize(2 * SuggestionsPanel.PAGE);
        assertThat(find(Paragraph.class).withId("suggestion-problem").single().getText())
                .isEqualTo("この校正は別の画面で更新されました。ページを再読み込みして、今の提案を確認してください。");
    }
}
