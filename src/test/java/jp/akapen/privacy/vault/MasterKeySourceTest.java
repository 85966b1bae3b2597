package jp.akapen.privacy.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import jp.akapen.privacy.vault.crypto.MasterKey;
import jp.akapen.privacy.vault.crypto.VaultException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the master key comes from (seed P11): file, then base64, then a demo key; never silently elsewhere. */
class MasterKeySourceTest {

    @TempDir
    Path dir;

    final List<String> log = new ArrayList<>();

    @Test
    void a_key_file_comes_first_and_only_its_fingerprint_is_logged() {
        MasterKey stored = MasterKey.generate(new SecureRandom());
        Path file = dir.resolve("master.key");
        stored.writeNewFile(file);
        MasterKey other = MasterKey.generate(new SecureRandom());

        MasterKey loaded = new MasterKeySource(file.toString(), other.toBase64(), true, dir.resolve("demo.key"))
                .load(log::add);

        assertThat(loaded.fingerprint()).isEqualTo(stored.fingerprint());
        assertThat(log).singleElement().asString().contains(stored.fingerprint()).doesNotContain(stored.toBase64());
        assertThat(dir.resolve("demo.key")).doesNotExist();
    }

    @Test
    void base64_from_configuration_is_used_when_there_is_no_file() {
        MasterKey given = MasterKey.generate(new SecureRandom());
        assertThat(new MasterKeySource("", given.toBase64(), false, dir.resolve("demo.key")).load(log::add).fingerprint())
                .isEqualTo(given.fingerprint());
    }

    @Test
    void outside_demo_mode_a_missing_key_stops_start_up_with_a_message_that_says_what_to_set() {
        assertThatThrownBy(() -> new MasterKeySource(null, " ", false, dir.resolve("demo.key")).load(log::add))
                .isInstanceOf(VaultException.class)
                .hasMessageContaining("akapen.vault.master-key-file")
                .hasMessageContaining("AKAPEN_VAULT_MASTER_KEY_FILE");
        assertThat(dir.resolve("demo.key")).doesNotExist();
    }

    @Test
    void a_key_file_that_is_named_but_missing_is_an_error_even_in_demo_mode() {
        assertThatThrownBy(() -> new MasterKeySource(dir.resolve("nope.key").toString(), null, true,
                dir.resolve("demo.key")).load(log::add)).isInstanceOf(VaultException.class).hasMessageContaining("nope.key");
    }

    @Test
    void demo_mode_generates_a_private_key_file_once_and_reads_it_at_the_next_start() throws Exception {
        Path demo = dir.resolve("sub/vault-master.key");
        MasterKey first = new MasterKeySource("", "", true, demo).load(log::add);
        MasterKey second = new MasterKeySource("", "", true, demo).load(log::add);

        assertThat(second.fingerprint()).isEqualTo(first.fingerprint());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(demo))).isEqualTo("rw-------");
        assertThat(String.join("\n", log)).contains("generated").doesNotContain(first.toBase64());
    }
}
