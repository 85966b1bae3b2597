package jp.akapen.account.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
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
    void the_contractor_manager_may_only_choose_contractor_roles() {
        openAs("manager");
        assertThat(form().role.getListDataView().getItems())
                .containsExactlyInAnyOrder(Role.CONTRACTOR_HANDLER, Role.CONTRACTOR_STAFF);
        assertThat(grid().getGenericDataView().getItems()).extracting(Account::role)
                .doesNotContain(Role.RESIDENT, Role.WARD_STAFF);
    }
}
