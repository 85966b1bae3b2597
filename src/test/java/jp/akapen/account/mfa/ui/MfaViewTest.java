package jp.akapen.account.mfa.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.internal.CurrentInstance;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import com.vaadin.flow.server.VaadinServletService;
import java.time.Clock;
import java.util.Locale;
import java.util.UUID;
import jp.akapen.AkapenSpringTest;
import jp.akapen.TestSupport;
import jp.akapen.account.AccountService;
import jp.akapen.account.AkapenUser;
import jp.akapen.account.MfaPending;
import jp.akapen.account.NewAccount;
import jp.akapen.account.Role;
import jp.akapen.account.mfa.MfaPolicies;
import jp.akapen.account.mfa.MfaPolicy;
import jp.akapen.account.mfa.MfaService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.servletapi.SecurityContextHolderAwareRequestWrapper;

/** The second step of signing in, and setting up an authenticator app, in the browserless UI (seed P3). */
@AkapenSpringTest
class MfaViewTest extends SpringBrowserlessTest {

    @Autowired
    MfaService mfa;

    @Autowired
    MfaPolicy policy;

    @Autowired
    AccountService accounts;

    @Autowired
    UserDetailsService users;

    @Autowired
    Clock clock;

    @AfterEach
    void restorePolicy() {
        MfaPolicies.reset(policy);
    }

    AkapenUser newAccount(Role role) {
        String name = "mfav" + UUID.randomUUID().toString().substring(0, 8);
        accounts.bootstrap(new NewAccount(name, "画面 テスト", role, "unused demo-like passphrase"), true);
        return (AkapenUser) users.loadUserByUsername(name);
    }

    /** Enrols through the setup page as a signed-in user; returns the secret the page showed. */
    String enrolOnTheSetupPage(AkapenUser user) {
        TestSupport.signIn(users, user.getUsername());
        UI.getCurrent().setLocale(Locale.JAPANESE);
        var setup = navigate(MfaSetupView.class);
        test(setup.enrol).click();
        var form = find(EnrolmentForm.class).single();
        String secret = form.secret.getText();
        test(form.code).setValue(MfaPolicies.codeAt(secret, clock.instant()));
        test(form.confirm).click();
        TestSupport.signOut();
        return secret;
    }

    @Autowired
    jp.akapen.privacy.purpose.PurposeNoticeService purposeNotice;

    void halfwayAs(AkapenUser user) {
        var pending = mfa.pendingFor(user).orElseThrow();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new TestingAuthenticationToken(pending, null, MfaPending.AUTHORITY));
        SecurityContextHolder.setContext(context);
        UI.getCurrent().setLocale(Locale.JAPANESE);
    }

    @Test
    void a_signed_in_user_sets_up_an_app_from_the_qr_code_or_the_typed_key_and_sees_ten_recovery_codes_once() {
        var user = newAccount(Role.RESIDENT);
        TestSupport.signIn(users, user.getUsername());
        purposeNotice.acknowledge(); // a new resident reads the purpose notice (P6) before any other page
        UI.getCurrent().setLocale(Locale.JAPANESE);
        var setup = navigate(MfaSetupView.class);
        assertThat(setup.state.getText()).startsWith("パスワードに加えて");
        assertThat(setup.renewal.isVisible()).isFalse();

        test(setup.enrol).click();
        var form = find(EnrolmentForm.class).single();
        var qr = find(Image.class, form).single();
        assertThat(qr.getSrc()).startsWith("data:image/svg+xml;base64,");
        String secret = form.secret.getText();
        assertThat(secret).matches("([A-Z2-7]{4} )+[A-Z2-7]{1,4}");
        test(form.code).setValue(MfaPolicies.codeAt(secret, clock.instant()));
        test(form.confirm).click();

        var panel = find(RecoveryCodesPanel.class).single();
        assertThat(find(ListItem.class, panel.codes).all()).hasSize(10);
        assertThat(panel.download.getText()).contains("ダウンロード");
        assertThat(setup.state.getText()).startsWith("認証アプリを設定済みです").contains("未使用の回復コード：10個");
        assertThat(setup.renewal.isVisible()).isTrue();
    }

    @Test
    void a_wrong_code_at_set_up_is_refused_with_a_message_and_the_form_stays() {
        var user = newAccount(Role.CONTRACTOR_STAFF);
        TestSupport.signIn(users, user.getUsername());
        UI.getCurrent().setLocale(Locale.JAPANESE);
        var setup = navigate(MfaSetupView.class);
        test(setup.enrol).click();
        var form = find(EnrolmentForm.class).single();

        test(form.code).setValue("12a456");
        test(form.confirm).click();

        assertThat(find(Paragraph.class, form.problems).single().getText()).isEqualTo("6桁の数字（または回復コード）を入力してください。");
        assertThat(find(RecoveryCodesPanel.class).all()).isEmpty();
        assertThat(mfa.status().enrolled()).isFalse();
    }

    @Test
    void an_enrolled_person_halfway_through_signing_in_is_asked_for_a_code_and_a_wrong_one_is_refused() {
        var user = newAccount(Role.CONTRACTOR_HANDLER);
        String secret = enrolOnTheSetupPage(user);
        halfwayAs(user);

        var view = navigate(MfaView.class);
        String right = MfaPolicies.codeAt(secret, clock.instant().plusSeconds(30));
        test(view.code).setValue(right.equals("000000") ? "111111" : "000000");
        test(view.verify).click();

        assertThat(find(Paragraph.class, view.problems).single().getText())
                .isEqualTo("コードが正しくありません。アプリに表示されている最新のコードを入力してください。");
        assertThat(SecurityContextHolder.getContext().getAuthentication().getPrincipal()).isInstanceOf(MfaPending.class);
    }

    @Test
    void the_right_code_signs_the_person_in_with_their_role_under_a_new_session_id() {
        var user = newAccount(Role.CONTRACTOR_HANDLER);
        String secret = enrolOnTheSetupPage(user);
        halfwayAs(user);
        var view = navigate(MfaView.class);
        var session = new MockHttpSession();
        String idBefore = session.getId();

        var servletRequest = verifyBehindSpringSecurity(view, MfaPolicies.codeAt(secret, clock.instant().plusSeconds(30)),
                session);

        var authentication = SecurityContextHolder.getContext().getAuthentication();
        assertThat(authentication.getPrincipal()).isInstanceOf(AkapenUser.class);
        assertThat(authentication.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_CONTRACTOR_HANDLER");
        assertThat(servletRequest.getSession().getId()).as("new session id").isNotEqualTo(idBefore);
        var stored = (SecurityContext) session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        assertThat(stored.getAuthentication().getPrincipal()).as("kept for the next requests").isInstanceOf(AkapenUser.class);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).as("on to home in the same page")
                .isEmpty();
        assertThat(view.isAttached()).isFalse();
    }

    @Test
    void someone_sent_to_the_code_page_from_another_page_arrives_there_with_its_query_after_the_code() {
        var user = newAccount(Role.CONTRACTOR_HANDLER);
        String secret = enrolOnTheSetupPage(user);
        halfwayAs(user);
        var view = navigate(MfaView.class);
        var session = new MockHttpSession();
        // what MfaPendingFilter remembered when the person opened /notices?unread=1 halfway signed in
        session.setAttribute("jp.akapen.account.security.MfaPendingFilter.target", "/notices?unread=1");

        verifyBehindSpringSecurity(view, MfaPolicies.codeAt(secret, clock.instant().plusSeconds(30)), session);

        var location = UI.getCurrent().getInternals().getActiveViewLocation();
        assertThat(location.getPath()).isEqualTo("notices");
        assertThat(location.getQueryParameters().getParameters()).containsEntry("unread", java.util.List.of("1"));
        assertThat(session.getAttribute("jp.akapen.account.security.MfaPendingFilter.target")).as("used once").isNull();
    }

    /**
     * Types {@code code} and presses the button in a request like the portal's: the browserless request cannot change
     * its session id, a Spring mock request can, and Spring Security's wrapper answers who the request's user is at
     * the moment asked, as behind its filters. Returns the servlet request.
     */
    private MockHttpServletRequest verifyBehindSpringSecurity(MfaView view, String code, MockHttpSession session) {
        var servletRequest = new MockHttpServletRequest();
        servletRequest.setSession(session);
        var service = (VaadinServletService) VaadinService.getCurrent();
        var savedRequest = CurrentInstance.get(VaadinRequest.class);
        var savedResponse = CurrentInstance.get(VaadinResponse.class);
        try {
            CurrentInstance.set(VaadinRequest.class, new VaadinServletRequest(
                    new SecurityContextHolderAwareRequestWrapper(servletRequest, "ROLE_"), service));
            CurrentInstance.set(VaadinResponse.class, new VaadinServletResponse(new MockHttpServletResponse(), service));
            test(view.code).setValue(code);
            test(view.verify).click();
        } finally {
            CurrentInstance.set(VaadinRequest.class, savedRequest);
            CurrentInstance.set(VaadinResponse.class, savedResponse);
        }
        return servletRequest;
    }

    @Test
    void someone_who_must_use_a_second_factor_and_has_none_is_taken_through_set_up_first() {
        MfaPolicies.require(policy, true);
        var user = newAccount(Role.WARD_STAFF);
        halfwayAs(user);

        var view = navigate(MfaView.class);
        var form = find(EnrolmentForm.class).single();
        assertThat(find(Image.class, form).single().getSrc()).startsWith("data:image/svg+xml;base64,");
        assertThat(view.code.isAttached()).as("no code field before set-up").isFalse();

        test(form.code).setValue(MfaPolicies.codeAt(form.secret.getText(), clock.instant()));
        test(form.confirm).click();

        var panel = find(RecoveryCodesPanel.class).single();
        assertThat(find(ListItem.class, panel.codes).all()).hasSize(10)
                .allSatisfy(item -> assertThat(item.getText()).matches("[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}"));
        assertThat(find(Span.class).withClassName("mfa-secret").all()).as("the secret is gone").isEmpty();
    }

    // seed P3, ASVS L2 V2.7/V2.8: moving to a new phone asks for the old app's code (or a recovery code)
    @Test
    void setting_up_again_on_the_setup_page_asks_for_a_code_from_the_current_app_and_refuses_without_one() {
        var user = newAccount(Role.CONTRACTOR_HANDLER);
        String oldSecret = enrolOnTheSetupPage(user);
        TestSupport.signIn(users, user.getUsername());
        UI.getCurrent().setLocale(Locale.JAPANESE);
        var setup = navigate(MfaSetupView.class);
        test(setup.enrol).click();
        var form = find(EnrolmentForm.class).single();
        assertThat(form.currentCode.isVisible()).isTrue();
        assertThat(form.currentCode.getLabel()).isEqualTo("今お使いの認証アプリのコード（または回復コード）");

        test(form.code).setValue(MfaPolicies.codeAt(form.secret.getText(), clock.instant()));
        test(form.confirm).click();

        assertThat(find(Paragraph.class, form.problems).single().getText())
                .isEqualTo("今お使いの認証アプリのコード（または回復コード）が正しくないか、すでに使われています。");
        assertThat(find(RecoveryCodesPanel.class).all()).isEmpty();

        test(form.code).setValue(MfaPolicies.codeAt(form.secret.getText(), clock.instant()));
        test(form.currentCode).setValue(MfaPolicies.codeAt(oldSecret, clock.instant().plusSeconds(30)));
        test(form.confirm).click();

        assertThat(find(RecoveryCodesPanel.class).all()).hasSize(1);
    }
}
