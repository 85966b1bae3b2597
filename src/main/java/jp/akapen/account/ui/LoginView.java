package jp.akapen.account.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Optional;
import jp.akapen.account.DemoCredentials;
import jp.akapen.account.security.LoginThrottledException;
import jp.akapen.shared.ui.LanguageSwitch;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.web.WebAttributes;

/** The only page open without signing in. In demo mode it lists the demo logins. */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm form = new LoginForm();

    LoginView(ObjectProvider<DemoCredentials> demo) {
        addClassName("login-page");
        var title = new H1("赤ペン");
        title.addClassName("login-title");
        var subtitle = new Paragraph(getTranslation("login.subtitle"));
        subtitle.addClassName("login-subtitle");
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(i18n());
        var card = new Div(title, subtitle, form);
        card.addClassName("login-card");
        add(new LanguageSwitch(), card);
        demo.ifAvailable(credentials -> card.add(demoHint(credentials)));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters().getParameters();
        if (parameters.containsKey("error")) {
            if (lastFailure().orElse(null) instanceof LoginThrottledException) {
                var i18n = i18n();
                i18n.getErrorMessage().setTitle(getTranslation("login.throttled.title"));
                i18n.getErrorMessage().setMessage(getTranslation("login.throttled.message"));
                form.setI18n(i18n);
            }
            form.setError(true);
        }
    }

    private static Optional<Object> lastFailure() {
        var session = VaadinSession.getCurrent();
        return session == null ? Optional.empty()
                : Optional.ofNullable(session.getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION));
    }

    private LoginI18n i18n() {
        var i18n = LoginI18n.createDefault();
        var texts = i18n.getForm();
        texts.setTitle(getTranslation("login.title"));
        texts.setUsername(getTranslation("login.username"));
        texts.setPassword(getTranslation("login.password"));
        texts.setSubmit(getTranslation("login.submit"));
        i18n.getErrorMessage().setTitle(getTranslation("login.error.title"));
        i18n.getErrorMessage().setMessage(getTranslation("login.error.message"));
        return i18n;
    }

    private Div demoHint(DemoCredentials credentials) {
        var hint = new Div();
        hint.addClassName("demo-hint");
        hint.add(new Paragraph(getTranslation("login.demo.intro")));
        var names = new Div();
        names.addClassName("demo-usernames");
        credentials.usernames().forEach(name -> names.add(new Span(name)));
        hint.add(names, new Paragraph(getTranslation("login.demo.password", credentials.password())));
        return hint;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " | 赤ペン";
    }
}
