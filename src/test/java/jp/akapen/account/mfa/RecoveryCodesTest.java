package jp.akapen.account.mfa;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import org.junit.jupiter.api.Test;

/** Recovery codes for a lost phone (seed P3, ASVS 2.6). */
class RecoveryCodesTest {

    @Test
    void ten_different_codes_are_made_each_in_three_groups_of_four() {
        var codes = RecoveryCodes.generate();
        assertThat(codes).hasSize(10).doesNotHaveDuplicates()
                .allSatisfy(code -> assertThat(code).matches("[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}"));
        assertThat(new HashSet<>(codes)).hasSize(10);
    }

    @Test
    void no_code_uses_characters_that_look_alike() {
        for (int round = 0; round < 50; round++) {
            assertThat(String.join("", RecoveryCodes.generate())).doesNotContain("0", "1", "o", "l", "i");
        }
    }

    @Test
    void a_code_is_recognised_as_typed_with_capitals_spaces_or_without_hyphens() {
        assertThat(RecoveryCodes.normalise("ABCD-EFGH-JKMN")).isEqualTo("abcdefghjkmn");
        assertThat(RecoveryCodes.normalise(" abcd efgh jkmn ")).isEqualTo("abcdefghjkmn");
        assertThat(RecoveryCodes.normalise("abcdefghjkmn")).isEqualTo("abcdefghjkmn");
    }

    @Test
    void something_that_cannot_be_a_code_is_not_looked_up() {
        assertThat(RecoveryCodes.normalise("123456")).isNull();
        assertThat(RecoveryCodes.normalise("abcd-efgh-jkm")).isNull();
        assertThat(RecoveryCodes.normalise("abcd-efgh-jkmo")).isNull();
        assertThat(RecoveryCodes.normalise(null)).isNull();
    }

    @Test
    void codes_are_kept_only_as_sha_256_hashes() {
        assertThat(RecoveryCodes.hash("abcdefghjkmn")).hasSize(64).isEqualTo(RecoveryCodes.hash("abcdefghjkmn"))
                .isNotEqualTo(RecoveryCodes.hash("abcdefghjkmp")).doesNotContain("abcdefghjkmn");
    }
}
