package jp.akapen.privacy.vault;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import jp.akapen.privacy.audit.AuditAction;
import jp.akapen.privacy.audit.AuditEntry;
import jp.akapen.privacy.audit.AuditTrail;
import jp.akapen.privacy.erasure.ErasureService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audited system path to the values an erasure must leave nowhere (seed D1, D2; issue 14 item 6): a resident's
 * name, furigana, address, email and phone, read once by the erasure's verification scan after every other area's
 * step and before the cohort's key is destroyed, to search the database and its files for them. No person is signed
 * in when the erasure job runs, so this does not ask who reads: its only caller is {@code jp.akapen.privacy.erasure}
 * (an ArchitectureTest rule), which keeps the values in memory for the scan and never stores them. Each call writes
 * one PERSONAL_DATA_READ event for the resident naming the fields, actor {@value ErasureService#ACTOR_ROLE}, in the
 * caller's transaction.
 */
@Service
public class ErasureVerificationValues {

    private final Vault vault;
    private final VaultRepository repository;
    private final AuditTrail audit;

    ErasureVerificationValues(Vault vault, VaultRepository repository, AuditTrail audit) {
        this.vault = vault;
        this.repository = repository;
        this.audit = audit;
    }

    /**
     * The resident's values as the vault holds them, if their entry is erased with the cohort (sealed under one of
     * its keys); empty when there is no such entry or the key was destroyed already. A resident recruited again into a
     * later cohort keeps their data under that cohort's key: it is not erased, so it is not searched for.
     */
    @Transactional
    public List<String> valuesToVerify(long cohortId, long residentId) {
        var fields = EnumSet.allOf(PersonalData.Field.class);
        List<String> values = new ArrayList<>();
        if (repository.entryUnderKeysOfCohort(cohortId, residentId)) {
            var opened = vault.open(residentId, fields);
            if (opened.state() == VaultState.READABLE) {
                fields.forEach(field -> {
                    String value = opened.data().get(field);
                    if (value != null && !value.isBlank()) {
                        values.add(value);
                    }
                });
            }
        }
        audit.record(AuditEntry.of(AuditAction.PERSONAL_DATA_READ, PersonalDataService.OBJECT_TYPE, residentId,
                fields.stream().map(PersonalData.Field::column).toList()), ErasureService.ACTOR);
        return values;
    }
}
