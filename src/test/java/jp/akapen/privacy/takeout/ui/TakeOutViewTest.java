package jp.akapen.privacy.takeout.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import jp.akapen.AkapenSpringTest;
import jp.akapen.TestSupport;
import jp.akapen.account.Role;
import jp.akapen.privacy.VaultFixtures;
import jp.akapen.privacy.takeout.TakeOutDraft;
import jp.akapen.privacy.takeout.TakeOutRequest;
import jp.akapen.privacy.takeout.TakeOutService;
import jp.akapen.privacy.vault.PersonalData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

/** /takeout without a browser (issue 14 item 7; P5, P8): refusals stay in place, the password shows once. */
@AkapenSpringTest
class TakeOutViewTest extends SpringBrowserlessTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    UserDetailsService users;
    @Autowired
    TakeOutService takeOuts;

    VaultFixtures fixtures;
    String handler;
    long cohortId;

    @BeforeEach
    void handlerAndCohort() {
        fixtures = new VaultFixtures(context);
        cohortId = fixtures.newCohort(List.of(fixtures.id(fixtures.newAcknowledgedResident())));
        handler = fixtures.newAccount(Role.CONTRACTOR_HANDLER);
        fixtures.designate(handler);
    }

    @AfterEach
    void signOut() {
        TestSupport.signOut();
    }

    TakeOutView openAs(String username) {
        TestSupport.signIn(users, username);
        UI.getCurrent().setLocale(Locale.JAPANESE);
        return navigate(TakeOutView.class);
    }

    TakeOutRequest requested() {
        TestSupport.signIn(users, handler);
        return takeOuts.request(new TakeOutDraft(cohortId, Set.of(PersonalData.Field.FULL_NAME), "受付名簿",
                "区民センター", "受付担当", LocalDate.now().plusDays(5)));
    }

    Div card(TakeOutView view, long id) {
        return find(Div.class, view.list).all().stream().filter(d -> d.hasClassName("takeout-card"))
                .filter(d -> find(H3.class, d).all().stream().anyMatch(h -> h.getText().equals("持出し No." + id)))
                .findFirst().orElseThrow();
    }

    List<String> texts(com.vaadin.flow.component.Component in) {
        return find(Span.class, in).all().stream().map(Span::getText).toList();
    }

    @Test
    void an_empty_request_is_refused_in_place_with_every_reason_until_the_handler_acts() {
        var view = openAs(handler);

        test(find(Button.class).withText("区に申請する").single()).click();

        assertThat(view.formMessage.isVisible()).isTrue();
        assertThat(texts(view.formMessage)).contains("対象の期を選んでください。", "持ち出す項目を一つ以上選んでください。",
                "目的を書いてください。", "返却期限を選んでください。");
        assertThat(view.formMessage.getElement().getAttribute("role")).isEqualTo("alert");
    }

    @Test
    void a_handler_who_is_not_designated_is_told_why_there_is_no_form() {
        openAs(fixtures.newAccount(Role.CONTRACTOR_HANDLER));

        assertThat(find(Button.class).withText("区に申請する").all()).isEmpty();
        assertThat(find(Paragraph.class).all()).anySatisfy(p -> assertThat(p.getText()).contains("取扱者として指定されていない"));
    }

    @Test
    void a_refusal_without_a_reason_stays_in_its_dialog_and_with_one_the_card_says_refused() {
        var request = requested();
        var view = openAs("ward1");

        test(find(Button.class, card(view, request.id())).withText("却下する").single()).click();
        var dialog = find(Dialog.class).single();
        test(find(Button.class, dialog).withText("却下する").single()).click();
        assertThat(dialog.isOpened()).isTrue();
        assertThat(texts(dialog)).contains("理由を書いてください。");

        test(find(TextArea.class, dialog).single()).setValue("同じ建物の中なので持出しに当たらない");
        test(find(Button.class, dialog).withText("却下する").single()).click();

        assertThat(dialog.isOpened()).isFalse();
        assertThat(texts(card(view, request.id()))).contains("却下")
                .anyMatch(t -> t.endsWith("（理由：同じ建物の中なので持出しに当たらない）"));
        assertThat(find(Button.class, card(view, request.id())).all()).isEmpty();
    }

    @Test
    void the_export_shows_its_password_once_and_the_page_never_again() {
        var request = requested();
        TestSupport.signIn(users, "ward1");
        takeOuts.approve(request.id(), null);
        var view = openAs(handler);

        test(find(Button.class, card(view, request.id())).withText("書き出す").single()).click();
        test(find(Button.class, find(Dialog.class).single()).withText("書き出す").single()).click();

        var shown = find(Dialog.class).single();
        String password = find(Span.class, shown).all().stream().filter(s -> s.hasClassName("takeout-password"))
                .findFirst().orElseThrow().getText();
        assertThat(password).hasSizeGreaterThanOrEqualTo(16);
        assertThat(find(Anchor.class, shown).single().getText()).contains("takeout-" + request.id() + ".zip");
        test(find(Button.class, shown).withText("書き留めたので閉じる").single()).click();

        var again = openAs(handler);
        assertThat(texts(card(again, request.id()))).contains("持出し中").noneMatch(t -> t.contains(password));
        assertThat(find(Button.class, card(again, request.id())).withText("書き出す").all()).isEmpty();
    }
}
