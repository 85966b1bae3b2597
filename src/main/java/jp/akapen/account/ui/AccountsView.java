package jp.akapen.account.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import jp.akapen.account.Account;
import jp.akapen.account.AccountAction;
import jp.akapen.account.AccountAdministration;
import jp.akapen.account.AccountException;
import jp.akapen.account.AccountService;
import jp.akapen.account.NewAccount;
import jp.akapen.shared.JapaneseDates;
import jp.akapen.shared.Roles;
import jp.akapen.shared.ui.GridOnPhones;
import jp.akapen.shared.ui.GridRows;

/**
 * アカウント管理: the accounts the user manages, disabling, re-enabling and resetting a lost
 * sign-in where the service allows it (issue 24), and a form to add an account. Refusals are shown
 * above the list, where the action was asked for.
 */
@Route("accounts")
@Menu(order = 80, icon = "vaadin:users", title = "menu.accounts")
@RolesAllowed({Roles.WARD_STAFF, Roles.CONTRACTOR_MANAGER})
class AccountsView extends Main implements HasDynamicTitle {

    private final AccountService accounts;
    private final AccountAdministration administration;
    private final Grid<Account> grid = new Grid<>();
    final TextField filter = new TextField();
    private List<Account> all = List.of();
    private final AccountForm form;
    final Div problems = new Div();
    private final ComboBox<Account> staff = new ComboBox<>();
    private final TextField email = new TextField();

    AccountsView(AccountService accounts, AccountAdministration administration) {
        this.accounts = accounts;
        this.administration = administration;
        addClassName("accounts");
        // widths in rem (texts wrap inside them)
        var username = grid.addColumn(Account::username).setHeader(getTranslation("account.username")).setWidth("7rem")
                .setFlexGrow(1).setKey("username");
        grid.addColumn(Account::displayName).setHeader(getTranslation("account.display-name"))
                .setWidth("9rem").setFlexGrow(2);
        grid.addColumn(a -> getTranslation(a.role().labelKey())).setHeader(getTranslation("account.role"))
                .setWidth("9rem").setFlexGrow(2);
        grid.addColumn(a -> a.email() == null ? "" : a.email()).setHeader(getTranslation("account.email"))
                .setWidth("9rem").setFlexGrow(2);
        var status = grid.addComponentColumn(this::status).setHeader(getTranslation("account.status"))
                .setWidth("6rem").setFlexGrow(0).setKey("status");
        grid.addColumn(a -> JapaneseDates.date(a.createdAt().atZone(JapaneseDates.ZONE).toLocalDate(), getLocale()))
                .setHeader(getTranslation("account.created")).setWidth("7.5rem").setFlexGrow(1);
        var actions = grid.addComponentColumn(this::actions).setHeader(getTranslation("account.actions"))
                .setWidth("11rem").setFlexGrow(0).setKey("actions");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        // below 1440 px of window the content beside the side menu is too narrow for every column at once
        GridOnPhones.first(grid, 1440, username, status, actions);
        grid.setEmptyStateText(getTranslation("account.filter.none"));
        // past GridRows.ALL_UP_TO accounts the list scrolls: a name is found faster typed than scrolled to
        filter.setLabel(getTranslation("account.filter"));
        filter.setClearButtonVisible(true);
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.addClassName("account-filter");
        filter.setWidth("20em");
        filter.setMaxWidth("100%");
        filter.addValueChangeListener(change -> showRows());
        problems.addClassName("form-problems");
        problems.getElement().setAttribute("role", "alert");
        form = new AccountForm(accounts.creatableRoles());
        form.addSaveListener(save -> create(save.account()));
        add(problems, filter, grid, new H2(getTranslation("account.email.change")), emailForm(), new H2(getTranslation("account.new")), form);
        refresh();
    }

    private Component status(Account account) {
        var badge = new com.vaadin.flow.component.html.Span(
                getTranslation(account.enabled() ? "account.enabled" : "account.disabled"));
        badge.addClassNames("status-badge", account.enabled() ? "account-enabled" : "account-disabled");
        return badge;
    }

    private Component actions(Account account) {
        Set<AccountAction> allowed = administration.actionsOn(account);
        var cell = new Div();
        cell.addClassName("account-actions");
        for (AccountAction action : AccountAction.values()) {
            if (allowed.contains(action)) {
                cell.add(actionButton(account, action));
            }
        }
        return cell;
    }

    private Button actionButton(Account account, AccountAction action) {
        String key = "account.action." + action.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        var button = new Button(getTranslation(key), click -> AccountDialogs.confirm(account, action, () -> act(account, action)));
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        if (action == AccountAction.DISABLE) {
            button.addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
        button.getElement().setAttribute("aria-label", getTranslation(key + ".label", account.displayName()));
        return button;
    }

    private void act(Account account, AccountAction action) {
        problems.removeAll();
        try {
            switch (action) {
                case DISABLE -> {
                    administration.disable(account.id());
                    notice("account.disabled-notice", account.displayName());
                }
                case ENABLE -> {
                    administration.enable(account.id());
                    notice("account.enabled-notice", account.displayName());
                }
                case RESET_SIGN_IN -> AccountDialogs.showCode(account, administration.resetSignIn(account.id()));
            }
        } catch (AccountException refused) {
            refused.messageKeys().forEach(key -> problems.add(
                    new Paragraph(getTranslation(key, account.displayName()))));
        }
        refresh();
    }

    private void notice(String key, String name) {
        Notification.show(getTranslation(key, name)).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
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

    private void create(NewAccount request) {
        try {
            Account created = accounts.create(request);
            form.clear();
            filter.clear(); // the new account is seen whatever was typed before
            refresh();
            Notification.show(getTranslation("account.created-notice", created.username()))
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (AccountException refused) {
            form.showProblems(refused.messageKeys());
        }
    }

    private void refresh() {
        all = accounts.manageableAccounts();
        showRows();
        staff.setItems(all.stream().filter(a -> a.role() != jp.akapen.account.Role.RESIDENT).toList());
    }

    private void showRows() {
        GridRows.show(grid, all.stream().filter(account -> matches(account, filter.getValue())).toList());
    }

    /**
     * Whether the username or the display name holds what was typed, whatever its width, case or spaces: ＡＢＣ finds
     * abc, 停止花子 finds 停止 花子.
     */
    private static boolean matches(Account account, String typed) {
        String wanted = comparable(typed);
        return wanted.isEmpty() || comparable(account.username()).contains(wanted)
                || comparable(account.displayName()).contains(wanted);
    }

    private static String comparable(String text) {
        return text == null ? ""
                : Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).replaceAll("\\s+", "");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("account.title");
    }
}
