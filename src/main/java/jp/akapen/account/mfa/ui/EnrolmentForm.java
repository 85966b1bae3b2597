package jp.akapen.account.mfa.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Consumer;
import jp.akapen.account.mfa.MfaEnrolled;
import jp.akapen.account.mfa.MfaEnrolment;
import jp.akapen.account.mfa.MfaService;

/**
 * Setting up an authenticator app: the QR code, the same secret as text for typing, and a code
 * from the app to prove it works. Used on the way in (/mfa) and from the account pages. Replacing
 * an app already set up also asks for a code from the old app or a recovery code (seed P3, ASVS L2).
 */
class EnrolmentForm extends Div {

    final Span secret = new Span();
    final TextField currentCode = new TextField();
    final TextField code = new TextField();
    final Button confirm = new Button();
    final Div problems = new Div();

    EnrolmentForm(MfaService mfa, Consumer<MfaEnrolled> enrolled) {
        this(mfa, false, enrolled);
    }

    EnrolmentForm(MfaService mfa, boolean replacing, Consumer<MfaEnrolled> enrolled) {
        addClassName("mfa-enrolment");
        MfaEnrolment enrolment = mfa.beginEnrolment();
        secret.setText(enrolment.secretForReading());
        secret.addClassName("mfa-secret");
        code.setLabel(getTranslation("mfa.code.label"));
        code.setHelperText(getTranslation("mfa.code.helper"));
        MfaCodeEntry.configure(code, 6);
        currentCode.setLabel(getTranslation("mfa.enrol.current.label"));
        currentCode.setHelperText(getTranslation("mfa.enrol.current.helper"));
        MfaCodeEntry.configure(currentCode, 20);
        currentCode.setAutofocus(false);
        currentCode.setVisible(replacing);
        confirm.setText(getTranslation("mfa.enrol.confirm"));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickShortcut(Key.ENTER);
        problems.addClassName("form-problems");
        problems.getElement().setAttribute("role", "alert");
        confirm.addClickListener(click -> {
            var outcome = replacing ? mfa.confirmEnrolment(enrolment, code.getValue(), currentCode.getValue())
                    : mfa.confirmEnrolment(enrolment, code.getValue());
            currentCode.clear();
            if (outcome.accepted()) {
                enrolled.accept(outcome.value());
            } else {
                MfaCodeEntry.show(problems, outcome);
                code.clear();
                code.focus();
            }
        });
        var secretLine = new Paragraph(new Span(getTranslation("mfa.enrol.secret")), secret);
        add(new Paragraph(getTranslation("mfa.enrol.intro")),
                QrCodeImage.of(enrolment.otpauthUri(), getTranslation("mfa.enrol.qr-alt")),
                secretLine, code, currentCode, problems, confirm);
    }
}
