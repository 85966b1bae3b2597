package jp.akapen.account.security;

import static jp.akapen.TestSupport.signIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.UUID;
import jp.akapen.AkapenSpringTest;
import jp.akapen.TestSupport;
import jp.akapen.TestSupport.MovableClock;
import jp.akapen.account.AccountService;
import jp.akapen.account.NewAccount;
import jp.akapen.account.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetailsService;

@AkapenSpringTest
class ThrottledLoginTest {

    static final String PASSWORD = "the right long password";

    @Autowired
    AuthenticationManager login;

    @Autowired
    AccountService accounts;

    @Autowired
    UserDetailsService users;

    @Autowired
    MovableClock clock;

    String username;

    @BeforeEach
    void anAccount() {
        signIn(users, "ward1");
        username = "t" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(new NewAccount(username, "スロットル", Role.RESIDENT, PASSWORD));
        TestSupport.signOut();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private Authentication attempt(String password) {
        return login.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password));
    }

    @Test
    void each_failure_counts_once_and_the_fifth_starts_a_pause() {
        for (int i = 1; i <= 4; i++) {
            assertThatThrownBy(() -> attempt("wrong")).as("attempt " + i).isExactlyInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> attempt("wrong")).isInstanceOf(LoginThrottledException.class);
    }

    @Test
    void during_a_pause_even_the_right_password_is_refused_and_afterwards_it_works() {
        for (int i = 1; i <= 5; i++) {
            assertThatThrownBy(() -> attempt("wrong")).isNotNull();
        }
        assertThatThrownBy(() -> attempt(PASSWORD)).isInstanceOf(LoginThrottledException.class);

        clock.advance(Duration.ofMinutes(1).plusSeconds(1));

        assertThat(attempt(PASSWORD).isAuthenticated()).isTrue();
    }
}
