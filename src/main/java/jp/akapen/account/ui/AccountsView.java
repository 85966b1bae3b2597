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
        grid.addColumn(Account::username).setHeader(getTranslation("account.username")).setAutoWidth(true);
        grid.addColumn(Account::displayName).setHeader(getTranslation("account.display-name")).setAutoWidth(true);
        grid.addColumn(a -> getTranslation(a.role().labelKey())).setHeader(getTranslation("account.role")).setAutoWidth(true);
        grid.addColumn(a -> getTranslation(a.enabled() ? "account.enabled" : "account.disabled"))
                .setHeader(getTranslation("account.status"));
        grid.addColumn(a -> JapaneseDates.date(a.createdAt().atZone(JapaneseDates.ZONE).toLocalDate(), getLocale()))
                .setHeader(getTranslation("account.created")).setAutoWidth(true);
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
