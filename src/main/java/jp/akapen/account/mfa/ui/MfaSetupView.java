package jp.akapen.account.mfa.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jp.akapen.account.mfa.MfaService;
import jp.akapen.account.mfa.MfaStatus;
import jp.akapen.shared.JapaneseDates;
import jp.akapen.shared.Roles;

/**
 * 二段階認証の設定: anyone signed in sets up an authenticator app (required for handlers, the
 * manager and ward staff where configured), moves it to a new phone, or renews recovery codes.
 */
@Route("mfa/setup")
@Menu(order = 96, icon = "vaadin:mobile", title = "menu.mfa")
@RolesAllowed({Roles.RESIDENT, Roles.CONTRACTOR_MANAGER, Roles.CONTRACTOR_HANDLER, Roles.CONTRACTOR_STAFF,
        Roles.WARD_STAFF})
class MfaSetupView extends Main implements HasDynamicTitle {

    final Paragraph state = new Paragraph();
    final Button enrol = new Button();
    final TextField renewCode = new TextField();
    final Button renew = new Button();
    final Div renewProblems = new Div();
    final Div work = new Div();
    final Div renewal = new Div();

    private final MfaService mfa;

    MfaSetupView(MfaService mfa) {
        this.mfa = mfa;
        addClassName("mfa-setup");
        state.addClassName("mfa-state");
        enrol.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        enrol.addClickListener(click -> {
            work.removeAll();
            work.add(new EnrolmentForm(mfa, mfa.status().enrolled(), enrolled -> {
                work.removeAll();
                work.add(new H2(getTranslation("mfa.enrol.done")), new RecoveryCodesPanel(enrolled.recoveryCodes()));
                refresh();
            }));
        });
        renewCode.setLabel(getTranslation("mfa.code.label"));
        MfaCodeEntry.configure(renewCode, 6);
        renewCode.setAutofocus(false);
        renew.setText(getTranslation("mfa.recovery.renew"));
        renewProblems.addClassName("form-problems");
        renewProblems.getElement().setAttribute("role", "alert");
        renew.addClickListener(click -> {
            var outcome = mfa.renewRecoveryCodes(renewCode.getValue());
            renewCode.clear();
            if (outcome.accepted()) {
                renewProblems.removeAll();
                work.removeAll();
                work.add(new H2(getTranslation("mfa.recovery.renewed")), new RecoveryCodesPanel(outcome.value()));
                refresh();
            } else {
                MfaCodeEntry.show(renewProblems, outcome);
            }
        });
        renewal.add(new H2(getTranslation("mfa.recovery.title")), renewCode, renewProblems, renew);
        renewal.addClassName("mfa-renewal");
        add(state, enrol, work, renewal);
        refresh();
    }

    private void refresh() {
        MfaStatus status = mfa.status();
        if (status.enrolled()) {
            state.setText(getTranslation("mfa.setup.enrolled",
                    JapaneseDates.dateTime(status.enrolledAt(), getLocale()), status.recoveryCodesLeft()));
            enrol.setText(getTranslation("mfa.setup.re-enrol"));
        } else {
            state.setText(getTranslation(status.required() ? "mfa.setup.required" : "mfa.setup.optional"));
            enrol.setText(getTranslation("mfa.setup.enrol"));
        }
        renewal.setVisible(status.enrolled());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("mfa.setup.title");
    }
}
