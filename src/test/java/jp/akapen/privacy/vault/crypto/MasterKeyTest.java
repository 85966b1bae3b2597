package jp.akapen.privacy.vault.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MasterKeyTest {

    private static final SecureRandom RANDOM = new SecureRandom();

    @TempDir
    Path folder;

    @BeforeEach
    void posixOnly() {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "POSIX file system");
    }

    @Test
    void a_key_file_only_its_owner_can_read_is_loaded() throws IOException {
        MasterKey key = MasterKey.generate(RANDOM);
        Path file = write("master.key", key.toBase64() + "\n", "rw-------");

        assertThat(MasterKey.fromFile(file).fingerprint()).isEqualTo(key.fingerprint());
        assertThat(MasterKey.fromFile(write("read-only.key", key.toBase64(), "r--------")).fingerprint())
                .isEqualTo(key.fingerprint());
    }

    @Test
    void a_world_readable_key_file_is_refused_with_the_fix_in_the_message() throws IOException {
        Path file = write("master.key", MasterKey.generate(RANDOM).toBase64(), "rw-r--r--");

        assertThatThrownBy(() -> MasterKey.fromFile(file))
                .isInstanceOf(VaultException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("group or others")
                .hasMessageContaining("chmod 600");
    }

    @Test
    void a_key_file_readable_or_writable_by_the_group_is_refused() throws IOException {
        String base64 = MasterKey.generate(RANDOM).toBase64();

        assertThatThrownBy(() -> MasterKey.fromFile(write("group-read.key", base64, "rw-r-----")))
                .isInstanceOf(VaultException.class);
        assertThatThrownBy(() -> MasterKey.fromFile(write("group-write.key", base64, "rw--w----")))
                .isInstanceOf(VaultException.class);
        assertThatThrownBy(() -> MasterKey.fromFile(write("others-write.key", base64, "rw-----w-")))
                .isInstanceOf(VaultException.class);
    }

    @Test
    void a_key_of_the_wrong_length_is_refused_and_its_length_named() throws IOException {
        String short16 = Base64.getEncoder().encodeToString(new byte[16]);
        Path file = write("short.key", short16, "rw-------");

        assertThatThrownBy(() -> MasterKey.fromFile(file))
                .isInstanceOf(VaultException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("32 bytes")
                .hasMessageContaining("16 bytes")
                .hasMessageNotContaining(short16);
        assertThatThrownBy(() -> MasterKey.fromBase64(Base64.getEncoder().encodeToString(new byte[33])))
                .isInstanceOf(VaultException.class);
    }

    @Test
    void text_that_is_not_base64_a_missing_file_and_an_empty_value_are_refused_clearly() {
        assertThatThrownBy(() -> MasterKey.fromBase64("not base64 at all!"))
                .isInstanceOf(VaultException.class).hasMessageContaining("base64");
        assertThatThrownBy(() -> MasterKey.fromBase64(" "))
                .isInstanceOf(VaultException.class);
        assertThatThrownBy(() -> MasterKey.fromFile(folder.resolve("missing.key")))
                .isInstanceOf(VaultException.class).hasMessageContaining("does not exist");
    }

    @Test
    void to_string_shows_the_fingerprint_and_never_the_key() {
        MasterKey key = MasterKey.generate(RANDOM);
        String base64 = key.toBase64();
        byte[] raw = Base64.getDecoder().decode(base64);

        assertThat(key.toString())
                .doesNotContain(base64)
                .doesNotContain(base64.substring(0, 8))
                .doesNotContainIgnoringCase(HexFormat.of().formatHex(raw).substring(0, 8))
                .contains(key.fingerprint());
    }

    @Test
    void the_fingerprint_is_the_first_sixteen_hex_digits_of_the_keys_sha256() throws Exception {
        byte[] raw = new byte[32];
        raw[0] = 7;
        MasterKey key = MasterKey.fromBase64(Base64.getEncoder().encodeToString(raw));

        String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(raw)).substring(0, 16);
        assertThat(key.fingerprint()).isEqualTo(expected).hasSize(16);
        assertThat(MasterKey.generate(RANDOM).fingerprint()).isNotEqualTo(key.fingerprint());
    }

    @Test
    void a_base64_key_is_read_whatever_whitespace_surrounds_it() {
        MasterKey key = MasterKey.generate(RANDOM);

        assertThat(MasterKey.fromBase64("  " + key.toBase64() + "\r\n").fingerprint()).isEqualTo(key.fingerprint());
    }

    @Test
    void a_new_key_file_is_written_for_its_owner_only_and_never_overwritten() throws IOException {
        MasterKey key = MasterKey.generate(RANDOM);
        Path file = folder.resolve("vault").resolve("master.key");

        key.writeNewFile(file);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(MasterKey.fromFile(file).fingerprint()).isEqualTo(key.fingerprint());
        assertThatThrownBy(() -> MasterKey.generate(RANDOM).writeNewFile(file))
                .isInstanceOf(VaultException.class).hasMessageContaining("never overwritten");
        assertThat(MasterKey.fromFile(file).fingerprint()).isEqualTo(key.fingerprint());
    }

    @Test
    void a_destroyed_master_key_can_no_longer_wrap_or_unwrap() {
        MasterKey key = MasterKey.generate(RANDOM);
        WrappedKey wrapped = DataKey.generate(RANDOM).wrap(key, "cohort:1");

        key.destroy();

        assertThat(key.isDestroyed()).isTrue();
        assertThatThrownBy(() -> DataKey.unwrap(wrapped, key, "cohort:1")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(key::toBase64).isInstanceOf(IllegalStateException.class);
    }

    private Path write(String name, String content, String permissions) throws IOException {
        Path file = Files.writeString(folder.resolve(name), content, StandardCharsets.US_ASCII);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(permissions));
        return file;
    }
}
