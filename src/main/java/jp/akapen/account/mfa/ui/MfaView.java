package jp.akapen.account.mfa.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import jp.akapen.account.AkapenUser;
import jp.akapen.account.MfaPending;
import jp.akapen.account.mfa.MfaEnrolled;
import jp.akapen.account.mfa.MfaService;
import jp.akapen.account.security.MfaSignIn;
import jp.akapen.shared.ui.LanguageSwitch;

/**
 * 二段階認証: the second step of signing in (seed P3, ASVS L2), open only to a session halfway
 * through it. Someone enrolled gives a code from their app or a recovery code; someone who must
 * use a second factor and has none sets up an app first and receives recovery codes.
 */
@Route(value = "mfa", autoLayout = false)
@RolesAllowed(MfaPending.ROLE)
class MfaView extends Main implements HasDynamicTitle {

    final TextField code = new TextField();
    final Button verify = new Button();
    final Div problems = new Div();
    final Div card = new Div();
    final Button cancel = new Button();

    private final MfaService mfa;
    private final MfaSignIn signIn;

    MfaView(MfaService mfa, MfaSignIn signIn, AuthenticationContext authentication) {
        this.mfa = mfa;
        this.signIn = signIn;
        addClassName("login-page");
        addClassName("mfa-page");
        card.addClassName("login-card");
        card.addClassName("mfa-card");
        cancel.setText(getTranslation("mfa.cancel"));
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        cancel.addClickListener(click -> authentication.logout());
        card.add(new H1(getTranslation("mfa.title")));
        if (mfa.resetPending()) {
            card.add(new NewPasswordForm(mfa, this::passwordSet));
        } else if (mfa.status().enrolled()) {
            askForCode();
        } else {
            askForEnrolment();
        }
        card.add(cancel);
        add(new LanguageSwitch(), card);
    }

    private void askForCode() {
        code.setLabel(getTranslation("mfa.signin.label"));
        code.setHelperText(getTranslation("mfa.signin.helper"));
        MfaCodeEntry.configure(code, 20);
        verify.setText(getTranslation("mfa.signin.verify"));
        verify.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        verify.addClickShortcut(Key.ENTER);
        problems.addClassName("form-problems");
        problems.getElement().setAttribute("role", "alert");
        verify.addClickListener(click -> {
            var outcome = mfa.completeSignIn(code.getValue());
            if (outcome.accepted()) {
                continueAs(outcome.value());
            } else {
                MfaCodeEntry.show(problems, outcome);
                code.clear();
                code.focus();
            }
        });
        card.add(new Paragraph(getTranslation("mfa.signin.intro")), code, problems, verify);
    }

    private void askForEnrolment() {
        card.add(new H2(getTranslation("mfa.enrol.required")),
                new Paragraph(getTranslation("mfa.enrol.why")),
                new EnrolmentForm(mfa, this::enrolled));
    }

    /** After a reset: signed in now, or (where the role needs one) on to a new authenticator app. */
    private void passwordSet(java.util.Optional<AkapenUser> signInAs) {
        if (signInAs.isPresent()) {
            continueAs(signInAs.get());
            return;
        }
        card.removeAll();
        card.add(new H1(getTranslation("mfa.title")), new Paragraph(getTranslation("mfa.reset.password-set")));
        askForEnrolment();
        card.add(cancel);
    }

    private void enrolled(MfaEnrolled enrolled) {
        card.removeAll();
        var next = new Button(getTranslation("mfa.recovery.continue"),
                click -> continueAs(enrolled.signInAs().orElseThrow()));
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        next.addClassName("mfa-continue");
        card.add(new H1(getTranslation("mfa.enrol.done")), new RecoveryCodesPanel(enrolled.recoveryCodes()), next);
    }

    /**
     * The page goes on to where the person was headed in this same UI: a reload would make the browser fetch the
     * portal's page and start a new UI, two more requests on every sign-in with a second factor (issue 17), and leave
     * this UI in the session until its heartbeats stopped.
     */
    private void continueAs(AkapenUser user) {
        var target = new Location(signIn.complete(user).substring(1)); // the path and its query, as the router reads them
        getUI().ifPresent(ui -> ui.navigate(target.getPath(), target.getQueryParameters()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("mfa.title") + " | 赤ペン";
    }
}
