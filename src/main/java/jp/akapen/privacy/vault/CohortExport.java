package jp.akapen.privacy.vault;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.akapen.privacy.audit.AuditAction;
import jp.akapen.privacy.audit.AuditEntry;
import jp.akapen.privacy.audit.AuditTrail;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one bulk read of personal data (seed P5, P8, P10; issue 14 item 7): a cohort's residents' chosen fields for a
 * take-out the ward approved. It does not ask who reads: its only caller is the take-out area
 * ({@code jp.akapen.privacy.takeout}, an ArchitectureTest rule), which asks only for an approved request, by its
 * requester, once. Each resident read writes one PERSONAL_DATA_EXPORTED event naming the fields (never the values)
 * in the caller's transaction; residents whose cohort key was destroyed are left out, and so is nothing else.
 */
@Service
public class CohortExport {

    /** A cohort as the vault knows it (from {@code CohortFormed}): no names, only its year and size. */
    public record KnownCohort(long id, int fiscalYear, int residents) {
    }

    private final Vault vault;
    private final CohortMemberRepository cohorts;
    private final AuditTrail audit;

    CohortExport(Vault vault, CohortMemberRepository cohorts, AuditTrail audit) {
        this.vault = vault;
        this.cohorts = cohorts;
        this.audit = audit;
    }

    /** The cohorts a take-out may name, newest first; reads no personal data. */
    @Transactional(readOnly = true)
    public List<KnownCohort> cohorts() {
        return cohorts.cohorts();
    }

    /** The fields asked for, by resident id in id order, of the cohort's residents whose entries can be read. */
    @Transactional
    public Map<Long, PersonalData> readForTakeOut(long cohortId, Set<PersonalData.Field> fields) {
        Map<Long, PersonalData> read = new LinkedHashMap<>();
        List<String> names = fields.stream().map(PersonalData.Field::column).sorted().toList();
        for (long residentId : cohorts.membersOf(cohortId).stream().sorted().toList()) {
            var opened = vault.open(residentId, fields);
            if (opened.state() != VaultState.READABLE) {
                continue;
            }
            audit.record(AuditEntry.of(AuditAction.PERSONAL_DATA_EXPORTED, PersonalDataService.OBJECT_TYPE, residentId,
                    names));
            read.put(residentId, opened.data());
        }
        return read;
    }
}
