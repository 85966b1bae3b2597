package jp.akapen.privacy.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import jp.akapen.privacy.vault.crypto.MasterKey;
import jp.akapen.privacy.vault.crypto.VaultException;
import jp.akapen.shared.db.DatabaseAccounts;
import jp.akapen.shared.db.EmbeddedMariaDb;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Seed P11, issue 24: a master-key rotation killed with kill -9 in the middle and run again leaves every data key
 * wrapped exactly once under the new master key, on a real MariaDB. The rotation runs in a child JVM, as the
 * command would, and is killed after its 200th committed key.
 */
class MasterKeyRotationCrashTest {

    static final int KEYS = 1_000;

    final List<Process> children = new ArrayList<>();
    EmbeddedMariaDb db;

    @AfterEach
    void stop() {
        children.forEach(Process::destroyForcibly);
        if (db != null) {
            db.stop();
        }
    }

    @Test
    void a_rotation_killed_half_way_and_run_again_wraps_every_key_once_under_the_new_master_key() throws Exception {
        db = EmbeddedMariaDb.throwAway();
        db.migrate();
        String[] account = DatabaseAccounts.app(db);
        var rig = new RotationRig(account[0], account[1], account[2]);
        MasterKey old = MasterKey.generate(new SecureRandom());
        MasterKey fresh = MasterKey.generate(new SecureRandom());
        rig.insertKeys(old, KEYS);

        String java = ProcessHandle.current().info().command().orElse(System.getProperty("java.home") + "/bin/java");
        var child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), RotatingChild.class.getName(),
                account[0], account[1], account[2], old.toBase64(), fresh.toBase64())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        children.add(child);
        var out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        int acknowledged = 0;
        String line;
        while (acknowledged < 200 && (line = out.readLine()) != null) {
            if (line.startsWith("rewrapped ")) {
                acknowledged = Integer.parseInt(line.substring(10));
            }
        }
        child.destroyForcibly(); // SIGKILL: no finally block, no shutdown hook
        assertThat(child.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(acknowledged).as("the child re-wrapped keys before it was killed").isEqualTo(200);

        Map<Long, Map.Entry<String, byte[]>> afterKill = rig.liveKeys();
        var doneBeforeKill = afterKill.entrySet().stream()
                .filter(e -> e.getValue().getKey().equals(fresh.fingerprint()))
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().getValue()));
        assertThat(doneBeforeKill.size()).as("killed in the middle").isBetween(200, KEYS - 1);

        // rows from before V015 name no master key (null) until a start-up check or a rotation opens them
        List<String> left = afterKill.values().stream().map(Map.Entry::getKey).filter(k -> !k.equals(fresh.fingerprint()))
                .distinct().sorted().map(k -> k.isEmpty() ? null : k).toList();
        assertThat(left).contains(old.fingerprint());
        List<String> report = new ArrayList<>();
        int rewrapped = rig.rotate(old, fresh, n -> { }, report::add);

        assertThat(rewrapped).as("the rerun re-wraps exactly the keys the first run left")
                .isEqualTo(KEYS - doneBeforeKill.size());
        assertThat(report).containsExactly(
                "started " + fresh.fingerprint() + " from " + left + " pending "
                        + (KEYS - doneBeforeKill.size()),
                "finished " + fresh.fingerprint() + " rewrapped " + rewrapped + " remaining 0");
        var end = rig.liveKeys();
        assertThat(end).hasSize(KEYS);
        assertThat(end.values()).allSatisfy(v -> assertThat(v.getKey()).isEqualTo(fresh.fingerprint()));
        doneBeforeKill.forEach((id, wrapped) -> assertThat(Arrays.equals(end.get(id).getValue(), wrapped))
                .as("key %d, re-wrapped before the kill, was not wrapped again", id).isTrue());
        for (long id : end.keySet()) {
            rig.open(id, fresh);
            assertThatThrownBy(() -> rig.open(id, old)).isInstanceOf(VaultException.class);
        }

        List<String> third = new ArrayList<>();
        assertThat(rig.rotate(old, fresh, n -> { }, third::add)).as("a third run finds nothing to do").isZero();
        assertThat(rig.liveKeys()).allSatisfy((id, v) -> assertThat(v.getValue()).isEqualTo(end.get(id).getValue()));
    }
}
