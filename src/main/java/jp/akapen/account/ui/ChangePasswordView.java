package jp.akapen.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import jp.akapen.account.AccountException;
import jp.akapen.account.AccountService;
import jp.akapen.account.PasswordPolicy;
import jp.akapen.shared.Roles;

/** パスワード変更: every user changes their own password here. */
@Route("account/password")
@Menu(order = 95, icon = "vaadin:key", title = "menu.password")
@RolesAllowed({Roles.RESIDENT, Roles.CONTRACTOR_MANAGER, Roles.CONTRACTOR_HANDLER, Roles.CONTRACTOR_STAFF,
        Roles.WARD_STAFF})
class ChangePasswordView extends Main implements HasDynamicTitle {

    final PasswordField current = new PasswordField();
    final PasswordField replacement = new PasswordField();
    final PasswordField confirm = new PasswordField();
    final Button save = new Button();
    final Div problems = new Div();

    ChangePasswordView(AccountService accounts) {
        addClassName("change-password");
        current.setLabel(getTranslation("password.current"));
        replacement.setLabel(getTranslation("password.new"));
        replacement.setHelperText(getTranslation("password.rule", PasswordPolicy.MIN_LENGTH));
        confirm.setLabel(getTranslation("password.confirm"));
        save.setText(getTranslation("password.change"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        problems.addClassName("form-problems");
        problems.getElement().setAttribute("role", "alert");
        save.addClickListener(click -> {
            if (!replacement.getValue().equals(confirm.getValue())) {
                show(List.of("password.mismatch"));
                return;
            }
            try {
                accounts.changeOwnPassword(current.getValue(), replacement.getValue());
                current.clear();
                replacement.clear();
                confirm.clear();
                problems.removeAll();
                Notification.show(getTranslation("password.changed")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (AccountException refused) {
                show(refused.messageKeys());
            }
        });
        var form = new FormLayout(current, replacement, confirm, problems, save);
        form.setMaxWidth("32rem");
        add(form);
    }

    private void show(List<String> messageKeys) {
        problems.removeAll();
        messageKeys.forEach(key -> problems.add(new Paragraph(getTranslation(key, PasswordPolicy.MIN_LENGTH))));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("password.title");
    }
}
