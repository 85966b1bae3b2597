package jp.akapen.privacy.vault.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import org.junit.jupiter.api.Test;

class DataKeyTest {

    private static final SecureRandom RANDOM = new SecureRandom();
    private final FieldCipher cipher = new FieldCipher();
    private final MasterKey master = MasterKey.generate(RANDOM);

    @Test
    void a_wrapped_data_key_unwraps_to_a_key_that_reads_what_the_original_sealed() {
        DataKey original = DataKey.generate(RANDOM);
        byte[] sealed = cipher.encrypt(original, "千代田区一丁目", "person:1/field:address");

        WrappedKey wrapped = original.wrap(master, "cohort:12");
        DataKey unwrapped = DataKey.unwrap(wrapped, master, "cohort:12");

        assertThat(cipher.decrypt(unwrapped, sealed, "person:1/field:address")).isEqualTo("千代田区一丁目");
        assertThat(wrapped.version()).isEqualTo(1);
        assertThat(wrapped.nonce()).hasSize(12);
        assertThat(wrapped.ciphertext()).hasSize(48);
    }

    @Test
    void a_data_key_wrapped_under_one_master_key_cannot_be_unwrapped_under_another() {
        WrappedKey wrapped = DataKey.generate(RANDOM).wrap(master, "cohort:12");
        MasterKey other = MasterKey.generate(RANDOM);

        assertThatThrownBy(() -> DataKey.unwrap(wrapped, other, "cohort:12"))
                .isInstanceOf(VaultException.class)
                .hasMessageContaining("cohort:12")
                .hasMessageContaining(other.fingerprint());
    }

    @Test
    void a_data_key_wrapped_for_one_cohort_cannot_be_unwrapped_as_another_cohorts() {
        WrappedKey wrapped = DataKey.generate(RANDOM).wrap(master, "cohort:12");

        assertThatThrownBy(() -> DataKey.unwrap(wrapped, master, "cohort:13"))
                .isInstanceOf(VaultException.class);
    }

    @Test
    void one_flipped_bit_in_a_wrapped_key_is_refused() {
        byte[] bytes = DataKey.generate(RANDOM).wrap(master, "cohort:12").toBytes();

        for (int bit = 8; bit < bytes.length * 8; bit++) {
            byte[] tampered = bytes.clone();
            tampered[bit / 8] ^= (byte) (1 << (bit % 8));
            assertThatThrownBy(() -> DataKey.unwrap(WrappedKey.fromBytes(tampered), master, "cohort:12"))
                    .as("bit %d", bit)
                    .isInstanceOf(VaultException.class);
        }
        byte[] otherVersion = bytes.clone();
        otherVersion[0] = 2;
        assertThatThrownBy(() -> WrappedKey.fromBytes(otherVersion)).isInstanceOf(VaultException.class);
    }

    @Test
    void a_wrapped_key_is_stored_as_one_value_and_read_back_unchanged() {
        WrappedKey wrapped = DataKey.generate(RANDOM).wrap(master, "cohort:12");

        byte[] bytes = wrapped.toBytes();

        assertThat(bytes).hasSize(1 + 12 + 48);
        assertThat(bytes[0]).isEqualTo((byte) 1);
        assertThat(WrappedKey.fromBytes(bytes)).isEqualTo(wrapped);
    }

    @Test
    void a_wrapped_key_cannot_be_changed_through_its_arrays() {
        WrappedKey wrapped = DataKey.generate(RANDOM).wrap(master, "cohort:12");

        wrapped.ciphertext()[0] ^= 1;
        wrapped.nonce()[0] ^= 1;

        assertThat(DataKey.unwrap(wrapped, master, "cohort:12")).isNotNull();
    }

    @Test
    void wrapping_the_same_key_twice_gives_different_bytes() {
        DataKey key = DataKey.generate(RANDOM);

        assertThat(key.wrap(master, "cohort:12")).isNotEqualTo(key.wrap(master, "cohort:12"));
    }

    @Test
    void a_data_key_never_shows_its_bytes() {
        DataKey key = DataKey.generate(RANDOM);

        assertThat(key.toString()).isEqualTo("DataKey[****]");
        key.destroy();
        assertThat(key.toString()).isEqualTo("DataKey[destroyed]");
    }
}
