package jp.akapen.privacy.erasure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.akapen.privacy.audit.AuditAction;
import jp.akapen.privacy.audit.AuditEntry;
import jp.akapen.privacy.audit.AuditTrail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * At start-up (issue 14 item 5): every cohort the ledger says was erased, in the database or in the
 * {@link ErasureLedgerFile ledger file}, is checked for personal data present again, which is what restoring a backup
 * from before the erasure (or of a table) brings back. Such a cohort is erased again, audited as ERASURE_REAPPLIED
 * (field {@code backup_before_erasure} when the database had forgotten the erasure, else {@code found_<n>}); then every
 * unfinished erasure is resumed. Runs after the vault's key check (order -10) and before the demo data (0); the page
 * gate keeps the portal closed until it is done.
 */
@Component
@Order(-4)
class ErasureRestoreCheck implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ErasureRestoreCheck.class);

    private final ErasureRepository repository;
    private final ErasureRun run;
    private final ErasureLedgerFile ledger;
    private final AuditTrail audit;
    private final TransactionTemplate transactions;

    ErasureRestoreCheck(ErasureRepository repository, ErasureRun run, ErasureLedgerFile ledger, AuditTrail audit,
            PlatformTransactionManager transactionManager) {
        this.repository = repository;
        this.run = run;
        this.ledger = ledger;
        this.audit = audit;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    @Override
    public void run(ApplicationArguments args) {
        var reapplied = check();
        if (!reapplied.isEmpty()) {
            log.warn("Erased personal data was present again (a restored backup?) and was erased again: cohorts {}",
                    reapplied);
        }
        run.runPending(ErasureRun.Hook.NONE);
    }

    /** @return the cohorts whose erasure was set to run again */
    List<Long> check() {
        Map<Long, ErasureLedgerFile.Entry> remembered = new LinkedHashMap<>();
        ledger.read().forEach(entry -> remembered.put(entry.cohortId(), entry));
        List<Long> reapplied = new ArrayList<>();
        for (var entry : remembered.values()) {
            Boolean again = transactions.execute(status -> {
                var known = repository.byCohort(entry.cohortId());
                if (known.isEmpty()) {
                    run.record(entry.cohortId(), entry.operatorId(), entry.validatorId(), 1);
                    audit.record(AuditEntry.of(AuditAction.ERASURE_REAPPLIED, ErasureService.OBJECT_TYPE,
                            entry.cohortId(), List.of("backup_before_erasure")), ErasureService.ACTOR);
                    return true;
                }
                return false;
            });
            if (Boolean.TRUE.equals(again)) {
                reapplied.add(entry.cohortId());
            }
        }
        for (var known : repository.all()) {
            if (known.state() != ErasureState.DONE) {
                continue;
            }
            if (!remembered.containsKey(known.cohortId())) {
                ledger.append(new ErasureLedgerFile.Entry(known.cohortId(), known.keyId(), known.operatorId(),
                        known.validatorId(), known.manifestSha256(), known.finishedAt()));
            }
            Boolean again = transactions.execute(status -> {
                var remaining = run.remaining(known.cohortId());
                long found = remaining.values().stream().mapToLong(Long::longValue).sum();
                if (found == 0 || repository.lock(known.id()).orElseThrow().state() != ErasureState.DONE) {
                    return false;
                }
                log.warn("Cohort {} was erased, but records are present again: {}", known.cohortId(),
                        remaining.entrySet().stream().filter(e -> e.getValue() > 0).toList());
                repository.reopen(known.id());
                audit.record(AuditEntry.of(AuditAction.ERASURE_REAPPLIED, ErasureService.OBJECT_TYPE,
                        known.cohortId(), List.of("found_" + found)), ErasureService.ACTOR);
                return true;
            });
            if (Boolean.TRUE.equals(again)) {
                reapplied.add(known.cohortId());
            }
        }
        return reapplied;
    }
}
