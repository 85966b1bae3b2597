package jp.akapen.account.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import java.time.Duration;
import java.util.List;
import jp.akapen.account.AccountService;
import jp.akapen.account.NewAccount;
import jp.akapen.account.SignInAccounts;
import org.junit.jupiter.api.AfterEach;
import java.util.Locale;
import java.util.UUID;
import jp.akapen.AkapenSpringTest;
import jp.akapen.TestSupport;
import jp.akapen.account.Account;
import jp.akapen.account.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

@AkapenSpringTest
class AccountsViewTest extends SpringBrowserlessTest {

    @Autowired
    UserDetailsService users;

    @Autowired
    AccountService accountService;

    @Autowired
    SignInAccounts signInAccounts;

    @Autowired
    TestSupport.MovableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private Account newAccount(Role role) {
        String name = "view-" + UUID.randomUUID().toString().substring(0, 8);
        return accountService.bootstrap(new NewAccount(name, "画面 " + name, role, "a long enough passphrase"), true);
    }

    /** The buttons in the account's row, by their text. */
    private List<String> buttonsOf(Account account) {
        return buttons(account).stream().map(Button::getText).toList();
    }

    private List<Button> buttons(Account account) {
        int row = grid().getGenericDataView().getItems().map(Account::id).toList().indexOf(account.id());
        var cell = test(grid()).getCellComponent(row, "actions");
        return cell.getChildren().map(Button.class::cast).toList();
    }

    private Button button(Account account, String text) {
        return buttons(account).stream().filter(b -> b.getText().equals(text)).findFirst().orElseThrow();
    }

    private AccountsView openAs(String username) {
        TestSupport.signIn(users, username);
        UI.getCurrent().setLocale(Locale.JAPANESE);
        return navigate(AccountsView.class);
    }

    private AccountForm form() {
        return find(AccountForm.class).single();
    }

    @SuppressWarnings("unchecked")
    private Grid<Account> grid() {
        return find(Grid.class).single();
    }

    @Test
    void ward_staff_add_a_resident_by_pen_name_and_see_them_listed() {
        openAs("ward1");
        String username = "new-" + UUID.randomUUID().toString().substring(0, 8);
        var form = form();
        test(form.username).setValue(username);
        test(form.displayName).setValue("みずいろ");
        test(form.role).selectItem("区民編集委員");
        test(form.password).setValue("a long enough passphrase");
        test(form.confirm).setValue("a long enough passphrase");

        test(form.save).click();

        assertThat(test(grid()).size()).isPositive();
        assertThat(grid().getGenericDataView().getItems()).anySatisfy(a -> {
            assertThat(a.username()).isEqualTo(username);
            assertThat(a.displayName()).isEqualTo("みずいろ");
            assertThat(a.role()).isEqualTo(Role.RESIDENT);
        });
        assertThat(test(find(Notification.class).last()).getText()).contains(username);
        assertThat(form.username.getValue()).as("the form is cleared for the next one").isEmpty();
    }

    @Test
    void the_filter_finds_an_account_by_part_of_its_name_or_username_whatever_the_width_case_or_spaces() {
        Account wanted = newAccount(Role.CONTRACTOR_STAFF);
        Account other = newAccount(Role.CONTRACTOR_STAFF);
        openAs("ward1");
        var view = find(AccountsView.class).single();

        test(view.filter).setValue(wanted.username().toUpperCase(Locale.ROOT).replace('V', 'Ｖ'));
        assertThat(grid().getGenericDataView().getItems()).extracting(Account::id).containsExactly(wanted.id());

        test(view.filter).setValue("画面" + wanted.username()); // the display name is "画面 " + username
        assertThat(grid().getGenericDataView().getItems()).extracting(Account::id).containsExactly(wanted.id());

        test(view.filter).setValue("誰の名前でもない");
        assertThat(grid().getGenericDataView().getItems()).isEmpty();
        assertThat(grid().getEmptyStateText()).isEqualTo("該当するアカウントはありません。");

        test(view.filter).setValue("");
        assertThat(grid().getGenericDataView().getItems()).extracting(Account::id).contains(wanted.id(), other.id());
    }

    @Test
    void a_bad_request_shows_every_reason_keeps_the_input_and_stores_nothing() {
        openAs("ward1");
        long before = grid().getGenericDataView().getItems().count();
        var form = form();
        test(form.username).setValue("Has Spaces");
        test(form.displayName).setValue("ひだまり");
        test(form.role).selectItem("区民編集委員");
        test(form.password).setValue("short");
        test(form.confirm).setValue("short");

        test(form.save).click();

        assertThat(find(Paragraph.class, form.problems).all()).extracting(Paragraph::getText).containsExactly(
                "ユーザー名は半角英小文字・数字・記号（. _ -）3〜64文字で入力してください。",
                "パスワードは12文字以上にしてください。");
        assertThat(form.displayName.getValue()).isEqualTo("ひだまり");
        assertThat(grid().getGenericDataView().getItems().count()).isEqualTo(before);
    }

    @Test
    void mismatched_passwords_are_caught_before_anything_is_sent() {
        openAs("manager");
        var form = form();
        test(form.password).setValue("a long enough passphrase");
        test(form.confirm).setValue("a long enough passphrasf");
        test(form.save).click();
        assertThat(find(Paragraph.class, form.problems).single().getText()).isEqualTo("確認用のパスワードが一致しません。");
    }

    @Test
    void ward_staff_disable_a_resident_after_confirming_and_see_no_buttons_on_their_own_row() {
        Account resident = newAccount(Role.RESIDENT);
        openAs("ward1");
        Account ward1 = grid().getGenericDataView().getItems().filter(a -> a.username().equals("ward1")).findFirst()
                .orElseThrow();
        assertThat(buttonsOf(ward1)).isEmpty();
        assertThat(buttonsOf(resident)).containsExactly("使用停止", "ログインをリセット");

        test(button(resident, "使用停止")).click();
        var dialog = find(ConfirmDialog.class).single();
        assertThat(test(dialog).getText()).contains(resident.displayName(), "書いた原稿や記録はそのまま残ります");
        test(dialog).confirm();

        assertThat(buttonsOf(resident)).containsExactly("再開", "ログインをリセット");
        assertThat(signInAccounts.enabledUser(resident.id(), false)).isEmpty();
        assertThat(test(find(Notification.class).last()).getText()).contains(resident.displayName());
    }

    @Test
    void a_reset_by_someone_who_signed_in_too_long_ago_is_refused_in_place_and_a_fresh_one_shows_the_code_once() {
        Account staff = newAccount(Role.CONTRACTOR_STAFF);
        openAs("manager");
        clock.advance(Duration.ofMinutes(11));

        test(button(staff, "ログインをリセット")).click();
        test(find(ConfirmDialog.class).single()).confirm();

        assertThat(find(Paragraph.class, find(AccountsView.class).single().problems).single().getText())
                .isEqualTo("リセットするには、10分以内にログインしている必要があります。一度ログアウトして、ログインし直してください。");
        assertThat(find(Dialog.class).all()).filteredOn(Dialog::isOpened).isEmpty();

        clock.reset();
        openAs("manager");
        test(button(staff, "ログインをリセット")).click();
        test(find(ConfirmDialog.class).single()).confirm();

        var code = find(Span.class).withClassName("reset-code").single().getText();
        assertThat(code).matches("[a-z0-9]{4}(-[a-z0-9]{4}){3}");
        assertThat(find(AccountsView.class).single().problems.getChildren()).isEmpty();
        assertThat(signInAccounts.resetPending(staff.id())).isTrue();
    }

    @Test
    void the_contractor_manager_may_only_choose_contractor_roles() {
        openAs("manager");
        assertThat(form().role.getListDataView().getItems())
                .containsExactlyInAnyOrder(Role.CONTRACTOR_HANDLER, Role.CONTRACTOR_STAFF);
        assertThat(grid().getGenericDataView().getItems()).extracting(Account::role)
                .doesNotContain(Role.RESIDENT, Role.WARD_STAFF);
    }
}
