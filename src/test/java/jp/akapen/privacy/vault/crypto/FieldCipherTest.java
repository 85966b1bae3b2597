package jp.akapen.privacy.vault.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FieldCipherTest {

    private static final SecureRandom RANDOM = new SecureRandom();
    private final FieldCipher cipher = new FieldCipher();
    private final DataKey key = DataKey.generate(RANDOM);

    @ParameterizedTest
    @ValueSource(strings = {"山田 太郎", "やまだ たろう", "東京都千代田区千代田1丁目1番1号 ハイツ赤ペン201", "taro@example.jp",
            "090-1234-5678", "赤ペン🖋️👨‍👩‍👧 𠮷野家", ""})
    void japanese_names_addresses_with_chome_and_emoji_come_back_exactly(String value) {
        byte[] sealed = cipher.encrypt(key, value, "person:42/field:address");

        assertThat(cipher.decrypt(key, sealed, "person:42/field:address")).isEqualTo(value);
    }

    @Test
    void the_layout_is_a_version_byte_a_twelve_byte_nonce_then_ciphertext_and_a_sixteen_byte_tag() {
        String value = "住所 二丁目";
        byte[] sealed = cipher.encrypt(key, value, "person:42/field:address");

        assertThat(sealed[0]).isEqualTo((byte) 1);
        assertThat(sealed).hasSize(1 + 12 + value.getBytes(StandardCharsets.UTF_8).length + 16);
        assertThat(cipher.encrypt(key, "", "person:42/field:phone")).hasSize(29);
    }

    @Test
    void null_stays_null_both_ways() {
        assertThat(cipher.encrypt(key, null, "person:42/field:phone")).isNull();
        assertThat(cipher.decrypt(key, null, "person:42/field:phone")).isNull();
    }

    @Test
    void the_ciphertext_contains_no_byte_sequence_of_the_plaintext() {
        String canary = "カナリア canary-4f1d 文京区本郷七丁目";
        byte[] needle = canary.getBytes(StandardCharsets.UTF_8);
        byte[] ascii = "canary-4f1d".getBytes(StandardCharsets.US_ASCII);

        for (int i = 0; i < 100; i++) {
            byte[] sealed = cipher.encrypt(key, canary, "person:7/field:full_name");
            assertThat(indexOf(sealed, needle)).isEqualTo(-1);
            assertThat(indexOf(sealed, ascii)).isEqualTo(-1);
        }
    }

    @Test
    void two_encryptions_of_the_same_value_differ() {
        byte[] first = cipher.encrypt(key, "山田 太郎", "person:42/field:full_name");
        byte[] second = cipher.encrypt(key, "山田 太郎", "person:42/field:full_name");

        assertThat(first).isNotEqualTo(second);
        assertThat(java.util.Arrays.copyOfRange(first, 1, 13)).isNotEqualTo(java.util.Arrays.copyOfRange(second, 1, 13));
    }

    @Test
    void a_value_copied_to_another_row_or_field_does_not_decrypt() {
        byte[] sealed = cipher.encrypt(key, "taro@example.jp", "person:42/field:email");

        assertThatThrownBy(() -> cipher.decrypt(key, sealed, "person:43/field:email"))
                .isInstanceOf(VaultException.class);
        assertThatThrownBy(() -> cipher.decrypt(key, sealed, "person:42/field:address"))
                .isInstanceOf(VaultException.class);
    }

    @Test
    void another_cohorts_data_key_cannot_decrypt() {
        byte[] sealed = cipher.encrypt(key, "taro@example.jp", "person:42/field:email");
        DataKey other = DataKey.generate(RANDOM);

        assertThatThrownBy(() -> cipher.decrypt(other, sealed, "person:42/field:email"))
                .isInstanceOf(VaultException.class)
                .hasMessageNotContaining("taro");
    }

    @Test
    void one_flipped_bit_anywhere_is_refused() {
        byte[] sealed = cipher.encrypt(key, "山田", "person:42/field:full_name");

        for (int bit = 0; bit < sealed.length * 8; bit++) {
            byte[] tampered = sealed.clone();
            tampered[bit / 8] ^= (byte) (1 << (bit % 8));
            assertThatThrownBy(() -> cipher.decrypt(key, tampered, "person:42/field:full_name"))
                    .as("bit %d", bit)
                    .isInstanceOf(VaultException.class);
        }
    }

    @Test
    void truncated_or_empty_bytes_are_refused() {
        byte[] sealed = cipher.encrypt(key, "", "person:42/field:phone");

        for (int length = 0; length < sealed.length; length++) {
            byte[] truncated = java.util.Arrays.copyOf(sealed, length);
            assertThatThrownBy(() -> cipher.decrypt(key, truncated, "person:42/field:phone"))
                    .isInstanceOf(VaultException.class);
        }
    }

    @Test
    void a_value_must_be_bound_to_its_place() {
        assertThatThrownBy(() -> cipher.encrypt(key, "山田", " "))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> cipher.encrypt(key, "山田", null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void text_with_a_lone_surrogate_is_refused_rather_than_altered() {
        assertThatThrownBy(() -> cipher.encrypt(key, "山田\uD800", "person:42/field:full_name"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_destroyed_data_key_cannot_be_used_any_more() {
        DataKey doomed = DataKey.generate(RANDOM);
        byte[] sealed = cipher.encrypt(doomed, "山田", "person:42/field:full_name");

        doomed.destroy();

        assertThat(doomed.isDestroyed()).isTrue();
        assertThatThrownBy(() -> cipher.decrypt(doomed, sealed, "person:42/field:full_name"))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> cipher.encrypt(doomed, "山田", "person:42/field:full_name"))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> doomed.wrap(MasterKey.generate(RANDOM), "cohort:1"))
                .isInstanceOf(IllegalStateException.class);
    }

    static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
