package jp.akapen.privacy.vault;

import java.nio.file.Path;
import jp.akapen.privacy.vault.crypto.MasterKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The vault's master key (seed P11), from outside the database; see {@link MasterKeySource} for the order and the
 * package documentation of {@code jp.akapen.privacy.vault} for how to make and keep one. The key is zeroed in
 * memory when the application stops.
 */
@Configuration(proxyBeanMethods = false)
class VaultConfiguration {

    private static final Logger log = LoggerFactory.getLogger(VaultConfiguration.class);

    @Bean(destroyMethod = "destroy")
    MasterKey vaultMasterKey(
            @Value("${akapen.vault.master-key-file:}") String keyFile,
            @Value("${akapen.vault.master-key:}") String base64,
            @Value("${akapen.demo:false}") boolean demo,
            @Value("${akapen.vault.demo-key-file:${user.home}/.akapen/vault-master.key}") String demoKeyFile) {
        return new MasterKeySource(keyFile, base64, demo, Path.of(demoKeyFile)).load(log::info);
    }

    /**
     * The current key and, while a rotation is under way, the previous one ({@code akapen.vault.previous-master-key-file}
     * or {@code akapen.vault.previous-master-key}), which only opens data keys still wrapped under it.
     */
    @Bean(destroyMethod = "destroy")
    MasterKeyRing vaultMasterKeys(MasterKey master,
            @Value("${akapen.vault.previous-master-key-file:}") String previousFile,
            @Value("${akapen.vault.previous-master-key:}") String previousBase64) {
        var previous = MasterKeySource.previous(previousFile, previousBase64, log::info);
        previous.filter(key -> key.fingerprint().equals(master.fingerprint())).ifPresent(key -> {
            throw new jp.akapen.privacy.vault.crypto.VaultException("The previous master key is the current one ("
                    + key.fingerprint() + "): set akapen.vault.master-key-file to the NEW key and"
                    + " akapen.vault.previous-master-key-file to the old one.");
        });
        return new MasterKeyRing(master, previous.stream().toList());
    }

    /**
     * With {@code akapen.vault.rotate=true} (the {@code rotate-master-key} command): re-wraps every data key still
     * under another master key under the current one, after the check below has opened them all. Otherwise only a
     * reminder when a previous key is still configured.
     */
    @Bean
    @org.springframework.core.annotation.Order(-5)
    ApplicationRunner vaultMasterKeyRotation(@Value("${akapen.vault.rotate:false}") boolean rotate,
            MasterKeyRotation rotation, MasterKeyRing masters, MasterKey master) {
        return args -> {
            if (!rotate) {
                if (masters.all().size() > 1) {
                    log.warn("A previous vault master key is configured: run 'java -jar akapen.jar rotate-master-key'"
                            + " to re-wrap the data keys still under it, then remove it from the configuration");
                }
                return;
            }
            var result = rotation.rotateTo(master, n -> {
                if (n % 1000 == 0) {
                    log.info("Re-wrapped {} data keys so far", n);
                }
            });
            System.out.printf("rotate-master-key: %d data key(s) were under another master key; re-wrapped %d under %s;"
                    + " %d remain under another key%n", result.pending(), result.rewrapped(), result.to(),
                    result.remaining());
            if (result.remaining() > 0) {
                throw new IllegalStateException(result.remaining() + " data key(s) are still under another master key:"
                        + " run rotate-master-key again");
            }
        };
    }

    /**
     * Unwraps every stored data key once at start-up (a thousand at a time), so that a wrong master key (another installation's, a lost file
     * replaced by a new one) stops the application with a clear message instead of failing at the first read. Runs
     * before the demo data, which would otherwise seal new entries next to keys nobody can open.
     */
    @Bean
    @org.springframework.core.annotation.Order(-10)
    ApplicationRunner vaultMasterKeyCheck(Vault vault, MasterKeyRing masters, TransactionTemplate transactions) {
        return args -> {
            Integer checked = transactions.execute(status -> vault.checkMasterKey(1000));
            log.info("Vault master key(s) {} open all {} stored data key(s)",
                    masters.all().stream().map(MasterKey::fingerprint).toList(), checked);
        };
    }
}
