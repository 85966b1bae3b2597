package jp.akapen.privacy.vault;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * (an ArchitectureTest rule), which keeps the values in memory for the scan and never stores them. Each resident
 * asked about gets one PERSONAL_DATA_READ event naming the fields, actor {@value ErasureService#ACTOR_ROLE}, in the
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
     * The residents' values as the vault holds them, for each resident whose entry is erased with the cohort (sealed
     * under one of its keys and the key still there): by resident. A resident recruited again into a later cohort
     * keeps their data under that cohort's key: it is not erased, so it is not searched for. Every resident asked
     * about gets a PERSONAL_DATA_READ event, written in one batch.
     */
    @Transactional
    public Map<Long, List<String>> valuesToVerify(long cohortId, List<Long> residentIds) {
        var fields = EnumSet.allOf(PersonalData.Field.class);
        var opened = vault.openAll(repository.entriesUnderKeysOfCohort(cohortId, residentIds), fields);
        Map<Long, List<String>> values = new LinkedHashMap<>();
        opened.forEach((resident, data) -> {
            List<String> own = new ArrayList<>();
            fields.forEach(field -> {
                String value = data.get(field);
                if (value != null && !value.isBlank()) {
                    own.add(value);
                }
            });
            if (!own.isEmpty()) {
                values.put(resident, own);
            }
        });
        var columns = fields.stream().map(PersonalData.Field::column).toList();
        audit.recordAll(residentIds.stream().map(resident -> AuditEntry.of(AuditAction.PERSONAL_DATA_READ,
                PersonalDataService.OBJECT_TYPE, resident, columns)).toList(), ErasureService.ACTOR);
        return values;
    }
}
