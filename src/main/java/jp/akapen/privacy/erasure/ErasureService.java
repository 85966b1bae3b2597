package jp.akapen.privacy.erasure;

import java.util.List;
import java.util.Optional;
import jp.akapen.privacy.audit.AuditAction;
import jp.akapen.privacy.audit.AuditActor;
import jp.akapen.privacy.audit.AuditEntry;
import jp.akapen.privacy.audit.AuditTrail;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one way to erase a cohort's personal data (seed D1, D2; issue 14 items 3-5). {@link #start} records the
 * erasure once the ward has approved it; the erasure job ({@link #runPending}, every {@code akapen.erasure.run-every}
 * on each instance, and at start-up) runs it step by step and resumes it after a crash. Runs without a signed-in
 * person: the audit log names the actor {@value #ACTOR_ROLE}, and the operator and validator by id.
 */
@Service
public class ErasureService {

    /** How the audit log names the erasure job, which is no person. */
    public static final String ACTOR_ROLE = "SYSTEM_ERASURE";
    public static final AuditActor ACTOR = new AuditActor(null, ACTOR_ROLE);
    static final String OBJECT_TYPE = "cohort";

    private final ErasureRepository repository;
    private final ErasureRun run;
    private final VerificationRepository verifications;
    private final AuditTrail audit;
    private final TransactionTemplate transactions;

    ErasureService(ErasureRepository repository, ErasureRun run, VerificationRepository verifications, AuditTrail audit,
            PlatformTransactionManager transactionManager) {
        this.repository = repository;
        this.run = run;
        this.verifications = verifications;
        this.audit = audit;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /**
     * Records the erasure of the cohort's personal data, to be run by the erasure job (or {@link #runPending} at
     * once). Idempotent: for a cohort whose erasure is recorded, running or done, it changes nothing.
     *
     * @param operatorAccountId who answers for it (the handling manager, 取扱責任者); ends the handler designations
     * @param validatorAccountId the ward staff member who approved it, if a person did
     * @return the erasure as it stands
     */
    public ErasureReport start(long cohortId, long operatorAccountId, Long validatorAccountId) {
        try {
            transactions.executeWithoutResult(status -> {
                if (repository.byCohort(cohortId).isPresent()) {
                    return;
                }
                run.record(cohortId, operatorAccountId, validatorAccountId, 0);
                audit.record(AuditEntry.of(AuditAction.ERASURE_REQUESTED, OBJECT_TYPE, cohortId, people(
                        operatorAccountId, validatorAccountId)), ACTOR);
            });
        } catch (DuplicateKeyException startedMeanwhile) {
            // another instance or thread recorded it first: nothing new
        }
        return report(cohortId).orElseThrow();
    }

    /**
     * Runs every erasure that is recorded or was interrupted and that no other instance is running.
     *
     * @return how many erasures this call completed
     */
    public int runPending() {
        return run.runPending(ErasureRun.Hook.NONE);
    }

    /** The erasure of the cohort and each category's count, for the certificate; empty if none was started. */
    public Optional<ErasureReport> report(long cohortId) {
        return repository.byCohort(cohortId).map(r -> new ErasureReport(r.cohortId(), r.state(), r.operatorId(),
                r.validatorId(), r.keyId(), r.requestedAt(), r.startedAt(), r.finishedAt(), r.manifestSha256(),
                r.reapplied(), repository.steps(r.id()).stream()
                        .map(s -> new ErasureReport.Step(s.category(), s.done(), s.erased())).toList()));
    }

    /** The verification scan of the cohort's erasure (of its last pass); empty until it ran. */
    public Optional<ErasureVerificationReport> verification(long cohortId) {
        return repository.byCohort(cohortId).flatMap(r -> verifications.latest(r.id()));
    }

    /** How many records of the cohort each category still holds (all 0 after an erasure, unless data came back). */
    public java.util.Map<String, Long> remaining(long cohortId) {
        return transactions.execute(status -> run.remaining(cohortId));
    }

    private static List<String> people(long operator, Long validator) {
        return validator == null ? List.of("operator_" + operator) : List.of("operator_" + operator,
                "validator_" + validator);
    }
}
