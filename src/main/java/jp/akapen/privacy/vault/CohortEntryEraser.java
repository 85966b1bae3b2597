package jp.akapen.privacy.vault;

import java.util.List;
import jp.akapen.privacy.erasure.CohortDataEraser;
import jp.akapen.privacy.erasure.ErasureScope;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The vault's rows of a cohort deleted (seed D1), the last step, after its keys were destroyed: the sealed bytes go too, so neither
 * the database nor a later backup keeps ciphertext that a leaked old key could open. An entry of a resident recruited
 * again into a later cohort is under that cohort's key and stays.
 */
@Component
@Order(1010)
class CohortEntryEraser implements CohortDataEraser {

    private final VaultRepository repository;

    CohortEntryEraser(VaultRepository repository) {
        this.repository = repository;
    }

    @Override
    public java.util.Set<String> tables() {
        return java.util.Set.of("vault_entry");
    }

    @Override
    public boolean destroysTheValues() {
        return true;
    }

    @Override
    public String category() {
        return "vault_entry";
    }

    @Override
    public long remaining(ErasureScope scope) {
        return repository.countEntriesOfCohort(scope.cohortId());
    }

    @Override
    public List<String> eraseBatch(ErasureScope scope, int limit) {
        return repository.deleteEntriesOfCohort(scope.cohortId(), limit).stream().map(id -> "person:" + id).toList();
    }
}
