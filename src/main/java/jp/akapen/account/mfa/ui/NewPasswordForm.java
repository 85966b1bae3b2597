package jp.akapen.account.mfa.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import jp.akapen.account.AccountException;
import jp.akapen.account.AkapenUser;
import jp.akapen.account.PasswordPolicy;
import jp.akapen.account.mfa.MfaService;

/**
 * After a reset (issue 24): the person signed in with the one-time code they were given and now
 * chooses their own password, under the policy; every refusal is shown under the fields.
 */
class NewPasswordForm extends Div {

    final PasswordField password = new PasswordField();
    final PasswordField confirm = new PasswordField();
    final Button save = new Button();
    final Div problems = new Div();

    NewPasswordForm(MfaService mfa, Consumer<Optional<AkapenUser>> done) {
        addClassName("reset-password");
        password.setLabel(getTranslation("password.new"));
        password.setHelperText(getTranslation("password.rule", PasswordPolicy.MIN_LENGTH));
        password.getElement().setAttribute("autocomplete", "new-password");
        password.setAutofocus(true);
        confirm.setLabel(getTranslation("password.confirm"));
        confirm.getElement().setAttribute("autocomplete", "new-password");
        save.setText(getTranslation("mfa.reset.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        problems.addClassName("form-problems");
        problems.getElement().setAttribute("role", "alert");
        save.addClickListener(click -> {
            if (!password.getValue().equals(confirm.getValue())) {
                show(List.of("password.mismatch"));
                return;
            }
            try {
                var signInAs = mfa.finishReset(password.getValue());
                password.clear();
                confirm.clear();
                done.accept(signInAs);
            } catch (AccountException refused) {
                show(refused.messageKeys());
            }
        });
        add(new H2(getTranslation("mfa.reset.title")), new Paragraph(getTranslation("mfa.reset.intro")),
                password, confirm, problems, save);
    }

    private void show(List<String> messageKeys) {
        problems.removeAll();
        messageKeys.forEach(key -> problems.add(new Paragraph(getTranslation(key, PasswordPolicy.MIN_LENGTH))));
    }
}
