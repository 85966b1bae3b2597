package jp.akapen.account.mfa;

import jp.akapen.account.MfaSecretSealer;
import jp.akapen.account.MfaSecretsSealed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * At start-up, seals in place every TOTP secret stored before a {@link MfaSecretSealer} existed (seed P3, P11; issue
 * 24). A SQL migration cannot: the key lives outside the database. One transaction with every credential row locked,
 * so instances starting together take turns and the second finds nothing left; {@link MfaSecretsSealed} (audited)
 * only when something was sealed, so a restart changes and logs nothing. Runs after the vault's key check (order
 * -10) and before the demo data (0).
 */
@Component
@Order(-9)
class StoredSecretsSealing implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(StoredSecretsSealing.class);

    private final MfaRepository credentials;
    private final ObjectProvider<MfaSecretSealer> sealer;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;

    StoredSecretsSealing(MfaRepository credentials, ObjectProvider<MfaSecretSealer> sealer,
            ApplicationEventPublisher events, TransactionTemplate transactions) {
        this.credentials = credentials;
        this.sealer = sealer;
        this.events = events;
        this.transactions = transactions;
    }

    @Override
    public void run(org.springframework.boot.ApplicationArguments args) {
        int sealed = sealStoredSecrets();
        if (sealed > 0) {
            log.info("Sealed {} TOTP secret(s) stored before sealing", sealed);
        }
    }

    /** @return how many plain secrets were sealed (0 without a sealer, or when all are sealed already) */
    int sealStoredSecrets() {
        MfaSecretSealer seal = sealer.getIfAvailable();
        if (seal == null) {
            return 0;
        }
        Integer count = transactions.execute(status -> {
            int n = 0;
            for (var credential : credentials.allForUpdate()) {
                if (!seal.isSealed(credential.secret()) && credentials.replaceSecret(credential.accountId(),
                        credential.secret(), seal.seal(credential.accountId(), credential.secret()))) {
                    n++;
                }
            }
            if (n > 0) {
                events.publishEvent(new MfaSecretsSealed(n));
            }
            return n;
        });
        return count == null ? 0 : count;
    }
}
