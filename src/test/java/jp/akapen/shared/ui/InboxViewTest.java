package jp.akapen.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.internal.JacksonUtils;
import com.vaadin.flow.internal.nodefeature.ElementListenerMap;
import java.util.Locale;
import jp.akapen.AkapenSpringTest;
import jp.akapen.TestSupport;
import jp.akapen.shared.PortalUser;
import jp.akapen.shared.notification.NotificationService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

@AkapenSpringTest
class InboxViewTest extends SpringBrowserlessTest {

    @Autowired
    UserDetailsService users;

    @Autowired
    NotificationService notices;

    @Test
    void a_new_notice_shows_on_the_bell_and_in_the_inbox_in_the_readers_language() {
        var me = (PortalUser) TestSupport.signIn(users, "resident5");
        notices.notifyAccount(me.id(), "notice.demo.cohort", null, "2027");
        UI.getCurrent().setLocale(Locale.JAPANESE);

        navigate(InboxView.class);

        assertThat(bell()).matches("未読のお知らせ [1-9][0-9]* 件");
        assertThat(find(Span.class).withClassName("notice-text").all()).extracting(Span::getText)
                .contains("2027年度の区民編集委員7名が登録されました。");
    }

    @Test
    void marking_everything_read_clears_the_bell() {
        var me = (PortalUser) TestSupport.signIn(users, "handler2");
        notices.notifyAccount(me.id(), "notice.account.password-changed", null);
        UI.getCurrent().setLocale(Locale.JAPANESE);
        navigate(InboxView.class);

        test(find(Button.class).withText("すべて既読にする").single()).click();

        assertThat(bell()).isEqualTo("未読のお知らせ 0 件");
        assertThat(badge().isVisible()).as("no badge shown").isFalse();
        assertThat(find(Div.class).withClassName("unread").all()).isEmpty();
    }

    @Test
    void opening_a_notice_marks_it_read_and_goes_to_its_page() {
        var me = (PortalUser) TestSupport.signIn(users, "handler1");
        notices.markAllRead();
        notices.notifyAccount(me.id(), "notice.demo.cohort", "editions", "2031");
        UI.getCurrent().setLocale(Locale.JAPANESE);
        navigate(InboxView.class);
        assertThat(bell()).isEqualTo("未読のお知らせ 1 件");

        // found by its text, not as the newest: a test that moved the clock on left notices dated later
        var row = find(Div.class).withClassName("notice").all().stream()
                .filter(r -> r.getElement().getTextRecursively().contains("2031年度")).findFirst().orElseThrow();
        test(row.getChildren().filter(c -> c instanceof Button b && b.getText().equals("開く")).map(Button.class::cast)
                .findFirst().orElseThrow()).click();

        assertThat(notices.myUnreadCount()).as("read on the server").isZero();
        assertThat(bell()).isEqualTo("未読のお知らせ 0 件");
        assertThat(UI.getCurrent().getActiveViewLocation().getPath()).isEqualTo("editions");
    }

    @Test
    void the_ward_home_shows_the_accounts_card_and_a_residents_does_not() {
        TestSupport.signIn(users, "ward1");
        UI.getCurrent().setLocale(Locale.JAPANESE);
        navigate(HomeView.class);
        assertThat(find(com.vaadin.flow.component.html.H3.class).all()).extracting(h -> h.getText())
                .contains("未読のお知らせ", "アカウント管理");

        TestSupport.signIn(users, "resident1");
        navigate(InboxView.class);
        navigate(HomeView.class);
        assertThat(find(com.vaadin.flow.component.html.H3.class).all()).extracting(h -> h.getText())
                .containsExactly("未読のお知らせ", "わたしの記事");
    }

    @Test
    void the_bell_shows_the_unread_count_as_a_badge_and_leads_to_the_inbox() {
        var me = (PortalUser) TestSupport.signIn(users, "resident3");
        notices.markAllRead();
        notices.notifyAccount(me.id(), "notice.account.password-changed", null);
        notices.notifyAccount(me.id(), "notice.account.password-changed", null);
        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate(HomeView.class);

        assertThat(badge().isVisible()).isTrue();
        assertThat(badge().getText()).isEqualTo("2");
        var bell = find(NoticeBell.class).single().getElement();
        assertThat(bell.getAttribute("title")).as("its hover text is its name").isEqualTo(bell.getAttribute("aria-label"));
        bell.getNode().getFeature(ElementListenerMap.class)
                .fireEvent(new DomEvent(bell, "click", JacksonUtils.createObjectNode()));

        assertThat(UI.getCurrent().getActiveViewLocation().getPath()).isEqualTo("notices");
    }

    private com.vaadin.flow.dom.Element badge() {
        return find(NoticeBell.class).single().getElement().getChildren()
                .filter(e -> "notice-count".equals(e.getAttribute("class"))).findFirst().orElseThrow();
    }

    /** The bell as a screen reader announces it. */
    private String bell() {
        return find(NoticeBell.class).single().getElement().getAttribute("aria-label");
    }
}
