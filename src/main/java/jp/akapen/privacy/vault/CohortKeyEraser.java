package jp.akapen.privacy.vault;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import jp.akapen.privacy.audit.AuditAction;
import jp.akapen.privacy.audit.AuditEntry;
import jp.akapen.privacy.audit.AuditTrail;
import jp.akapen.privacy.erasure.CohortDataEraser;
import jp.akapen.privacy.erasure.ErasureScope;
import jp.akapen.privacy.erasure.ErasureService;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The vault's first step of a cohort's erasure (seed D1): its data key destroyed (crypto-shredding, NIST 800-88
 * "purge" for keys), with its members' own keys, so every entry sealed under them is unreadable at once, before its row
 * is deleted. It comes after every other area's step and after the verification scan, which still needs the values
 * to search for them. Each key destroyed is one DATA_KEY_DESTROYED event, actor {@value ErasureService#ACTOR_ROLE}.
 */
@Component
@Order(1000)
class CohortKeyEraser implements CohortDataEraser {

    private final VaultRepository repository;
    private final AuditTrail audit;
    private final Clock clock;

    CohortKeyEraser(VaultRepository repository, AuditTrail audit, Clock clock) {
        this.repository = repository;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public java.util.Set<String> tables() {
        return java.util.Set.of("data_key");
    }

    @Override
    public boolean destroysTheValues() {
        return true;
    }

    @Override
    public String category() {
        return "data_key";
    }

    @Override
    public long remaining(ErasureScope scope) {
        return repository.countLiveKeysOfCohort(scope.cohortId());
    }

    @Override
    public List<String> eraseBatch(ErasureScope scope, int limit) {
        List<String> destroyed = new ArrayList<>();
        for (var key : repository.liveKeysOfCohort(scope.cohortId(), limit)) {
            if (repository.destroyKey(key.id(), clock.instant())) {
                audit.record(AuditEntry.of(AuditAction.DATA_KEY_DESTROYED, "data_key", key.id(), null),
                        ErasureService.ACTOR);
                destroyed.add(key.keyId());
            }
        }
        return destroyed;
    }
}
