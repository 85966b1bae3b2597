package jp.akapen.privacy.audit;

import java.nio.file.Path;
import jp.akapen.privacy.audit.chain.AuditKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/**
 * The audit chain's key (seed P4, P11, issue 24), from outside the database; see {@link AuditKeySource}. At start
 * the chain is switched to keyed hashes once (an {@code AUDIT_CHAIN_KEYED} entry and the switch-over in
 * {@code audit_chain_key}), or, when it already is, the configured key is checked against the one that keyed it.
 */
@Configuration(proxyBeanMethods = false)
class AuditKeyConfiguration {

    private static final Logger log = LoggerFactory.getLogger(AuditKeyConfiguration.class);

    @Bean
    AuditKey auditKey(
            @Value("${akapen.audit.key-file:}") String keyFile,
            @Value("${akapen.audit.key:}") String base64,
            @Value("${akapen.demo:false}") boolean demo,
            @Value("${akapen.audit.demo-key-file:${user.home}/.akapen/audit.key}") String demoKeyFile) {
        return new AuditKeySource(keyFile, base64, demo, Path.of(demoKeyFile)).load(log::info);
    }

    /** Before any other start-up work writes to the log, so that it is sealed under the key already. */
    @Bean
    @Order(-20)
    ApplicationRunner auditChainKeying(AuditTrail trail) {
        return args -> {
            var keyed = trail.keyTheChain();
            log.info("Audit chain keyed from entry {} under the audit key {}", keyed.keyedFromSeq(), keyed.keyFingerprint());
        };
    }
}
