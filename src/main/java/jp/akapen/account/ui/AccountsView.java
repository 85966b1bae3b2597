package jp.akapen.account.ui;

import com.vaadin.flow.component.grid.Grid;
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
import jp.akapen.shared.ui.GridOnPhones;

/** アカウント管理: the accounts the user manages, and a form to add one. */
@Route("accounts")
@Menu(order = 80, icon = "vaadin:users", title = "menu.accounts")
@RolesAllowed({Roles.WARD_STAFF, Roles.CONTRACTOR_MANAGER})
class AccountsView extends Main implements HasDynamicTitle {

    private final AccountService accounts;
    private final Grid<Account> grid = new Grid<>();
    private final AccountForm form;

    AccountsView(AccountService accounts) {
        this.accounts = accounts;
        addClassName("accounts");
        // widths in rem (texts wrap inside them); on a phone the name and the role come first
        grid.addColumn(Account::username).setHeader(getTranslation("account.username")).setWidth("8rem")
                .setFlexGrow(1);
        var name = grid.addColumn(Account::displayName).setHeader(getTranslation("account.display-name"))
                .setWidth("12rem").setFlexGrow(2);
        var role = grid.addColumn(a -> getTranslation(a.role().labelKey())).setHeader(getTranslation("account.role"))
                .setWidth("11rem").setFlexGrow(2);
        grid.addColumn(a -> getTranslation(a.enabled() ? "account.enabled" : "account.disabled"))
                .setHeader(getTranslation("account.status")).setWidth("6rem").setFlexGrow(0);
        grid.addColumn(a -> JapaneseDates.date(a.createdAt().atZone(JapaneseDates.ZONE).toLocalDate(), getLocale()))
                .setHeader(getTranslation("account.created")).setWidth("9rem").setFlexGrow(1);
        GridOnPhones.first(grid, 800, name, role);
        grid.setAllRowsVisible(true);
        form = new AccountForm(accounts.creatableRoles());
        form.addSaveListener(save -> create(save.account()));
        add(grid, new H2(getTranslation("account.new")), form);
        refresh();
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
        grid.setItems(accounts.manageableAccounts());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("account.title");
    }
}
