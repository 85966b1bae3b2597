package jp.akapen.account.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Consumer;
import jp.akapen.account.MfaEnrolled;
import jp.akapen.account.MfaEnrolment;
import jp.akapen.account.MfaService;

/**
 * Setting up an authenticator app: the QR code, the same secret as text for typing, and a code
 * from the app to prove it works. Used on the way in (/mfa) and from the account pages.
 */
class EnrolmentForm extends Div {

    final Span secret = new Span();
    final TextField code = new TextField();
    final Button confirm = new Button();
    final Div problems = new Div();

    EnrolmentForm(MfaService mfa, Consumer<MfaEnrolled> enrolled) {
        addClassName("mfa-enrolment");
        MfaEnrolment enrolment = mfa.beginEnrolment();
        secret.setText(enrolment.secretForReading());
        secret.addClassName("mfa-secret");
        code.setLabel(getTranslation("mfa.code.label"));
        code.setHelperText(getTranslation("mfa.code.helper"));
        MfaCodeEntry.configure(code, 6);
        confirm.setText(getTranslation("mfa.enrol.confirm"));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickShortcut(Key.ENTER);
        problems.addClassName("form-problems");
        problems.getElement().setAttribute("role", "alert");
        confirm.addClickListener(click -> {
            var outcome = mfa.confirmEnrolment(enrolment, code.getValue());
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
                secretLine, code, problems, confirm);
    }
}
