package jp.akapen.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jp.akapen.account.Account;
import jp.akapen.account.AccountException;
import jp.akapen.account.AccountService;
import jp.akapen.shared.JapaneseDates;
import jp.akapen.shared.Roles;

/** アカウント管理: the accounts the user manages, and a form to add one. */
@Route("accounts")
@Menu(order = 80, icon = "vaadin:users", title = "menu.accounts")
@RolesAllowed({Roles.WARD_STAFF, Roles.CONTRACTOR_MANAGER})
class AccountsView extends Main implements HasDynamicTitle {

    private final AccountService accounts;
    private final Grid<Account> grid = new Grid<>();
    private final AccountForm form;
    private final ComboBox<Account> staff = new ComboBox<>();
    private final TextField email = new TextField();

    AccountsView(AccountService accounts) {
        this.accounts = accounts;
        addClassName("accounts");
        grid.addColumn(Account::username).setHeader(getTranslation("account.username")).setAutoWidth(true);
        grid.addColumn(Account::displayName).setHeader(getTranslation("account.display-name")).setAutoWidth(true);
        grid.addColumn(a -> getTranslation(a.role().labelKey())).setHeader(getTranslation("account.role")).setAutoWidth(true);
        grid.addColumn(a -> a.email() == null ? "" : a.email()).setHeader(getTranslation("account.email")).setAutoWidth(true);
        grid.addColumn(a -> getTranslation(a.enabled() ? "account.enabled" : "account.disabled"))
                .setHeader(getTranslation("account.status"));
        grid.addColumn(a -> JapaneseDates.date(a.createdAt().atZone(JapaneseDates.ZONE).toLocalDate(), getLocale()))
                .setHeader(getTranslation("account.created")).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        form = new AccountForm(accounts.creatableRoles());
        form.addSaveListener(save -> create(save.account()));
        add(grid, new H2(getTranslation("account.email.change")), emailForm(), new H2(getTranslation("account.new")), form);
        refresh();
    }

    /** Issue 12: a staff account's work address, where its notices by mail go (residents' live in the vault). */
    private HorizontalLayout emailForm() {
        staff.setLabel(getTranslation("account.email.account"));
        staff.setItemLabelGenerator(a -> a.username() + " (" + a.displayName() + ")");
        email.setLabel(getTranslation("account.email"));
        email.setWidth("20em");
        staff.addValueChangeListener(e -> {
            email.setValue(e.getValue() == null || e.getValue().email() == null ? "" : e.getValue().email());
            email.setInvalid(false);
        });
        var save = new Button(getTranslation("account.email.save"), click -> saveEmail());
        var row = new HorizontalLayout(staff, email, save);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        return row;
    }

    private void saveEmail() {
        if (staff.getValue() == null) {
            return;
        }
        try {
            Account saved = accounts.changeEmail(staff.getValue().id(), email.getValue());
            email.setInvalid(false);
            refresh();
            Notification.show(getTranslation("account.email.saved", saved.username()))
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (AccountException refused) {
            email.setErrorMessage(refused.messageKeys().stream().map(this::getTranslation)
                    .collect(java.util.stream.Collectors.joining(" ")));
            email.setInvalid(true);
        }
    }

    private void create(jp.akapen.account.NewAccount request) {
        try {
            Account created = accounts.create(request);
            form.clear();
            refresh();
            Notification.show(getTranslation("account.created-notice", created.username()))
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (AccountException refused) {
            form.showProblems(refused.messageKeys());
        }
    }

    private void refresh() {
        var all = accounts.manageableAccounts();
        grid.setItems(all);
        staff.setItems(all.stream().filter(a -> a.role() != jp.akapen.account.Role.RESIDENT).toList());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("account.title");
    }
}
