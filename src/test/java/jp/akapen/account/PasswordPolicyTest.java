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

    @Test
    void a_common_password_is_refused_whatever_its_case_with_a_clear_message() {
        assertThat(PasswordPolicy.violations("hanako", "qwertyuiop12")).containsExactly("password.common");
        assertThat(PasswordPolicy.violations("hanako", "BASKETBALL2024")).containsExactly("password.common");
    }

    @Test
    void a_common_password_made_long_enough_with_digits_or_symbols_at_the_end_is_still_refused() {
        assertThat(PasswordPolicy.violations("hanako", "password1234")).containsExactly("password.common");
        assertThat(PasswordPolicy.violations("hanako", "Monkey123456!")).containsExactly("password.common");
        assertThat(PasswordPolicy.violations("hanako", "sunshine2025!?")).containsExactly("password.common");
    }

    @Test
    void a_short_common_password_is_told_only_that_it_is_too_short() {
        assertThat(PasswordPolicy.violations("hanako", "password")).containsExactly("password.too-short");
    }

    @Test
    void a_passphrase_that_merely_contains_a_common_word_is_accepted() {
        assertThat(PasswordPolicy.violations("hanako", "my monkey likes green tea")).isEmpty();
        assertThat(PasswordPolicy.violations("hanako", "password manager 2 words")).isEmpty();
        assertThat(PasswordPolicy.violations("hanako", "あかぺんでこうせいします2025")).isEmpty();
    }

    @Test
    void the_list_holds_the_ten_thousand_entries_of_its_source() {
        assertThat(CommonPasswords.size()).isEqualTo(10_000);
    }
}
