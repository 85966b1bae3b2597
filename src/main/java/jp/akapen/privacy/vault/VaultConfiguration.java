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
     * Unwraps every stored data key once at start-up (a thousand at a time), so that a wrong master key (another installation's, a lost file
     * replaced by a new one) stops the application with a clear message instead of failing at the first read. Runs
     * before the demo data, which would otherwise seal new entries next to keys nobody can open.
     */
    @Bean
    @org.springframework.core.annotation.Order(-10)
    ApplicationRunner vaultMasterKeyCheck(Vault vault, MasterKey master, TransactionTemplate transactions) {
        return args -> {
            Integer checked = transactions.execute(status -> vault.checkMasterKey(1000));
            log.info("Vault master key {} opens all {} stored data key(s)", master.fingerprint(), checked);
        };
    }
}
