package jp.akapen.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.boot.DefaultApplicationArguments;

class FirstWardAccountTest {

    final AccountService accounts = mock(AccountService.class);

    @Test
    void a_new_installation_gets_its_first_ward_account_from_the_bootstrap_settings() {
        when(accounts.anyWardStaff()).thenReturn(false);

        new FirstWardAccount(accounts, "kuyakusho", "a long first password", "男女共同参画課")
                .run(new DefaultApplicationArguments());

        var created = ArgumentCaptor.forClass(NewAccount.class);
        verify(accounts).bootstrap(created.capture(), eq(false));
        assertThat(created.getValue().role()).isEqualTo(Role.WARD_STAFF);
        assertThat(created.getValue().username()).isEqualTo("kuyakusho");
    }

    @Test
    void the_settings_are_ignored_once_a_ward_account_exists() {
        when(accounts.anyWardStaff()).thenReturn(true);

        new FirstWardAccount(accounts, "kuyakusho", "a long first password", "x").run(new DefaultApplicationArguments());

        verify(accounts, never()).bootstrap(any(), anyBoolean());
    }

    @Test
    void a_weak_bootstrap_password_stops_the_start_with_the_reason() {
        when(accounts.anyWardStaff()).thenReturn(false);
        when(accounts.bootstrap(any(), anyBoolean())).thenThrow(new AccountException(List.of("password.too-short")));

        assertThatThrownBy(() -> new FirstWardAccount(accounts, "kuyakusho", "short", "x")
                .run(new DefaultApplicationArguments()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("password.too-short");
    }

    @Test
    void without_settings_nothing_is_created() {
        when(accounts.anyWardStaff()).thenReturn(false);

        new FirstWardAccount(accounts, "", "", "x").run(new DefaultApplicationArguments());

        verify(accounts, never()).bootstrap(any(), anyBoolean());
    }
}
