package jp.akapen.account.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import jp.akapen.account.NewAccount;
import jp.akapen.account.PasswordPolicy;
import jp.akapen.account.Role;

/** The new-account form. Knows no service: it fires {@link SaveEvent} and shows the reasons it is given. */
class AccountForm extends FormLayout {

    final TextField username = new TextField();
    final TextField displayName = new TextField();
    final Select<Role> role = new Select<>();
    final PasswordField password = new PasswordField();
    final PasswordField confirm = new PasswordField();
    final Button save = new Button();
    final Div problems = new Div();

    AccountForm(List<Role> roles) {
        addClassName("account-form");
        username.setLabel(getTranslation("account.username"));
        username.setHelperText(getTranslation("account.username.help"));
        username.setMaxLength(64);
        displayName.setLabel(getTranslation("account.display-name"));
        displayName.setHelperText(getTranslation("account.display-name.help"));
        displayName.setMaxLength(100);
        role.setLabel(getTranslation("account.role"));
        role.setItems(roles);
        role.setItemLabelGenerator(r -> getTranslation(r.labelKey()));
        if (roles.size() == 1) {
            role.setValue(roles.getFirst());
        }
        password.setLabel(getTranslation("account.initial-password"));
        password.setHelperText(getTranslation("password.rule", PasswordPolicy.MIN_LENGTH));
        confirm.setLabel(getTranslation("account.confirm-password"));
        save.setText(getTranslation("account.create"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> submit());
        problems.addClassName("form-problems");
        problems.getElement().setAttribute("role", "alert");
        add(username, displayName, role, password, confirm, problems, save);
        setColspan(problems, 2);
    }

    private void submit() {
        if (!password.getValue().equals(confirm.getValue())) {
            showProblems(List.of("password.mismatch"));
            return;
        }
        fireEvent(new SaveEvent(this, new NewAccount(username.getValue(), displayName.getValue(), role.getValue(),
                password.getValue())));
    }

    void showProblems(List<String> messageKeys) {
        problems.removeAll();
        messageKeys.forEach(key -> problems.add(new Paragraph(getTranslation(key, PasswordPolicy.MIN_LENGTH))));
    }

    void clear() {
        username.clear();
        displayName.clear();
        password.clear();
        confirm.clear();
        problems.removeAll();
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    static final class SaveEvent extends ComponentEvent<AccountForm> {

        private final NewAccount account;

        SaveEvent(AccountForm source, NewAccount account) {
            super(source, false);
            this.account = account;
        }

        NewAccount account() {
            return account;
        }
    }
}
