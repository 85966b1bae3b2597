package jp.akapen.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void eleven_characters_are_too_short_and_twelve_are_enough() {
        assertThat(PasswordPolicy.violations("hanako", "abcdefghijk")).containsExactly("password.too-short");
        assertThat(PasswordPolicy.violations("hanako", "abcdefghijkl")).isEmpty();
    }

    @Test
    void length_counts_characters_not_bytes_so_a_japanese_passphrase_counts_as_it_reads() {
        assertThat(PasswordPolicy.violations("hanako", "あかぺんでこうせいする")).containsExactly("password.too-short");
        assertThat(PasswordPolicy.violations("hanako", "あかぺんでこうせいします")).isEmpty();
    }

    @Test
    void a_password_may_not_contain_the_username() {
        assertThat(PasswordPolicy.violations("hanako", "my-Hanako-password")).contains("password.contains-username");
    }

    @Test
    void a_long_run_of_one_character_is_refused() {
        assertThat(PasswordPolicy.violations("hanako", "aaaaaaaaaaaaaaaa")).contains("password.too-repetitive");
    }

    @Test
    void an_overlong_password_is_refused() {
        assertThat(PasswordPolicy.violations("hanako", "x1y2".repeat(33))).contains("password.too-long");
    }
}
