package jp.akapen.account.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jp.akapen.account.DemoCredentials;
import jp.akapen.account.security.LoginThrottledException;
import jp.akapen.account.security.TypedUsername;
import jp.akapen.shared.ui.LanguageSwitch;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.CredentialsExpiredException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.web.WebAttributes;

/** The only page open without signing in. In demo mode it lists the demo logins. */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver, LocaleChangeObserver, HasDynamicTitle {

    private final LoginForm form = new LoginForm();
    private final Paragraph subtitle = new Paragraph();
    private final Paragraph demoIntro = new Paragraph();
    private final Paragraph demoPassword = new Paragraph();
    private final DemoCredentials demo;
    private Failure failure = Failure.WRONG;

    LoginView(ObjectProvider<DemoCredentials> demo) {
        this.demo = demo.getIfAvailable();
        addClassName("login-page");
        var title = new H1("赤ペン");
        title.addClassName("login-title");
        subtitle.addClassName("login-subtitle");
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        var card = new Div(title, subtitle, form);
        card.addClassName("login-card");
        if (this.demo != null) {
            card.add(demoHint(this.demo));
        }
        add(new LanguageSwitch(), card);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters().getParameters();
        boolean failed = parameters.containsKey("error");
        // the form's page had outlived its session (ExpiredLoginForm): nothing was checked, the visitor types again
        boolean expired = !failed && parameters.containsKey("expired");
        failure = failed ? failure(lastFailure()) : expired ? Failure.EXPIRED : Failure.WRONG;
        form.setError(failed || expired);
        form.setI18n(i18n());
        if (failed && takeTypedUsername() instanceof String typed) {
            showTyped(typed);
        }
    }

    /** The name typed into the form the page comes back from; the password is typed again, where the cursor is. */
    private void showTyped(String username) {
        form.getElement().setProperty("noAutofocus", true);
        form.getElement().executeJs("""
                const form = this;
                customElements.whenDefined('vaadin-login-form').then(() => form.updateComplete).then(() => {
                  const name = form.querySelector('#vaadinLoginUsername');
                  if (name && !name.value) {
                    name.value = $0;
                  }
                  const password = form.querySelector('#vaadinLoginPassword');
                  if (password) {
                    password.focus();
                  }
                })""", username);
    }

    private static Object takeTypedUsername() {
        var session = VaadinSession.getCurrent();
        if (session == null) {
            return null;
        }
        Object typed = session.getSession().getAttribute(TypedUsername.ATTRIBUTE);
        session.getSession().removeAttribute(TypedUsername.ATTRIBUTE);
        return typed;
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        subtitle.setText(getTranslation("login.subtitle"));
        form.setI18n(i18n());
        if (demo != null) {
            demoIntro.setText(getTranslation("login.demo.intro"));
            demoPassword.setText(getTranslation("login.demo.password", demo.password()));
        }
    }

    /**
     * A disabled account and an expired reset code are told as such only to someone who gave the
     * right password or code (those failures are raised after the check); a wrong password reads the
     * same for every account and for none, so the page never tells a stranger an account exists.
     */
    private static Failure failure(Object exception) {
        return switch (exception) {
            case LoginThrottledException throttled -> Failure.THROTTLED;
            case DisabledException disabled -> Failure.DISABLED;
            case CredentialsExpiredException expired -> Failure.RESET_EXPIRED;
            case null, default -> Failure.WRONG;
        };
    }

    private enum Failure {
        WRONG("login.error.title", "login.error.message"),
        THROTTLED("login.throttled.title", "login.throttled.message"),
        DISABLED("login.disabled.title", "login.disabled.message"),
        RESET_EXPIRED("login.reset-expired.title", "login.reset-expired.message"),
        EXPIRED("login.expired.title", "login.expired.message");

        final String titleKey;
        final String messageKey;

        Failure(String titleKey, String messageKey) {
            this.titleKey = titleKey;
            this.messageKey = messageKey;
        }
    }

    private static Object lastFailure() {
        var session = VaadinSession.getCurrent();
        return session == null ? null : session.getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
    }

    private LoginI18n i18n() {
        var i18n = LoginI18n.createDefault();
        var texts = i18n.getForm();
        texts.setTitle(getTranslation("login.title"));
        texts.setUsername(getTranslation("login.username"));
        texts.setPassword(getTranslation("login.password"));
        texts.setSubmit(getTranslation("login.submit"));
        i18n.getErrorMessage().setTitle(getTranslation(failure.titleKey));
        i18n.getErrorMessage().setMessage(getTranslation(failure.messageKey));
        return i18n;
    }

    private Div demoHint(DemoCredentials credentials) {
        var names = new Div();
        names.addClassName("demo-usernames");
        credentials.usernames().forEach(name -> names.add(new Span(name)));
        var hint = new Div(demoIntro, names, demoPassword);
        hint.addClassName("demo-hint");
        return hint;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " | 赤ペン";
    }
}
