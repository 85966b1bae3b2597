package jp.akapen.privacy.erasure;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import jp.akapen.privacy.audit.AuditAction;
import jp.akapen.privacy.audit.AuditEntry;
import jp.akapen.privacy.audit.AuditTrail;
import jp.akapen.shared.db.BackgroundWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs erasures step by step (issue 14 items 3, 4). Each batch of a step is one transaction that erases at most
 * {@code akapen.erasure.batch-size} records, adds their ids to the ledger and the step's count, and renews this
 * instance's claim on the run: a crash (kill -9) loses at most the batch in flight, which was rolled back with its
 * count, and the next run does it anew, so every record is counted exactly once. Runs are claimed with SKIP LOCKED and
 * a lease, so several instances never work on one run at once, and a run whose instance died is taken over once its
 * lease ({@code akapen.erasure.lease}) has run out. Before the first step that destroys the values (the vault's), the
 * {@link ErasureVerification verification scan} runs once per pass and is recorded in a transaction of its own: a
 * crash after it resumes without scanning again. A claimed run goes on at a low CPU priority, its database server
 * thread too ({@link BackgroundWork}), so that people's pages keep their pace beside it.
 */
@Component
class ErasureRun {

    /** Called in each batch's transaction just before it commits: for tests that cut a run short. */
    interface Hook {
        Hook NONE = (category, recordIds) -> {
        };

        void beforeCommit(String category, List<String> recordIds);
    }

    /** The category whose tables are the outbox, named apart on the certificate. */
    static final String OUTBOX = "mail";

    private static final Logger log = LoggerFactory.getLogger(ErasureRun.class);

    private final ErasureRepository repository;
    private final ObjectProvider<CohortDataEraser> erasers;
    private final AuditTrail audit;
    private final ErasureLedgerFile ledger;
    private final ErasureVerification verification;
    private final VerificationRepository verifications;
    private final Clock clock;
    private final TransactionTemplate transactions;
    private final int batchSize;
    private final Duration lease;
    private final java.util.concurrent.locks.ReentrantLock running = new java.util.concurrent.locks.ReentrantLock();
    private final String instance;
    private final BackgroundWork background;

    ErasureRun(ErasureRepository repository, ObjectProvider<CohortDataEraser> erasers, AuditTrail audit,
            ErasureLedgerFile ledger, ErasureVerification verification, VerificationRepository verifications, Clock clock, PlatformTransactionManager transactionManager,
            @Value("${akapen.erasure.batch-size:2000}") int batchSize,
            @Value("${akapen.erasure.lease:PT2M}") Duration lease, BackgroundWork background) {
        this.repository = repository;
        this.erasers = erasers;
        this.audit = audit;
        this.ledger = ledger;
        this.verification = verification;
        this.verifications = verifications;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
        this.batchSize = batchSize;
        this.lease = lease;
        this.background = background;
        this.instance = ManagementFactory.getRuntimeMXBean().getName() + "/" + Integer.toHexString(
                System.identityHashCode(this));
    }

    /** The erasers in the order they run (Spring's {@code @Order}), by category. */
    Map<String, CohortDataEraser> erasers() {
        return erasers.orderedStream().collect(Collectors.toMap(CohortDataEraser::category, Function.identity(),
                (a, b) -> {
                    throw new IllegalStateException("Two erasers for category " + a.category());
                }, LinkedHashMap::new));
    }

    /** Records a run and one pending step per category, in the caller's transaction. */
    long record(long cohortId, long operatorId, Long validatorId, int reapplied) {
        long id = repository.insert(cohortId, operatorId, validatorId, "cohort:" + cohortId, clock.instant(),
                reapplied);
        int position = 0;
        for (String category : erasers().keySet()) {
            repository.insertStep(id, category, position++);
        }
        return id;
    }

    int runPending(Hook hook) {
        return runPending(hook, batchSize);
    }

    int runPending(Hook hook, int batchSize) {
        // the job and the start-up check are two threads of one instance, which the claim (by instance) cannot tell
        // apart: run one at a time, or both would finish, and audit, the same steps (a killed-portal test saw it)
        running.lock();
        try {
            var first = claimNext();
            if (first.isEmpty()) {
                return 0;
            }
            // a low CPU priority, for its database thread too, so that people's pages keep their pace meanwhile
            return background.run("akapen-erasure", () -> {
                int completed = 0;
                for (var claimed = first; claimed.isPresent(); claimed = claimNext()) {
                    if (run(claimed.get(), hook, batchSize)) {
                        completed++;
                    }
                }
                return completed;
            });
        } finally {
            running.unlock();
        }
    }

    private Optional<Long> claimNext() {
        var claimed = transactions.execute(status -> repository.claimNext(instance, clock.instant(),
                clock.instant().plus(lease)));
        return claimed == null ? Optional.empty() : claimed;
    }

    /** @return whether this call finished the run (false if it was done already or another instance holds it) */
    boolean run(long erasureId, Hook hook, int batchSize) {
        var run = transactions.execute(status -> {
            var locked = repository.lock(erasureId).orElseThrow();
            if (locked.state() == ErasureState.DONE || heldByAnother(locked)) {
                return null;
            }
            if (locked.startedAt() == null) {
                audit.record(AuditEntry.of(AuditAction.ERASURE_STARTED, ErasureService.OBJECT_TYPE,
                        locked.cohortId(), List.of("steps_" + repository.steps(erasureId).size())), ErasureService.ACTOR);
            }
            repository.markRunning(erasureId, clock.instant());
            repository.claim(erasureId, instance, clock.instant().plus(lease));
            addStepsOfNewErasers(erasureId);
            return locked;
        });
        if (run == null) {
            return false;
        }
        ErasureScope scope = transactions.execute(status -> scope(run.cohortId(), run.operatorId()));
        var known = erasers();
        boolean verified = false;
        for (var step : repository.steps(erasureId)) {
            if (step.done()) {
                continue;
            }
            CohortDataEraser eraser = known.get(step.category());
            if (eraser == null) {
                throw new IllegalStateException("No eraser for category " + step.category() + " of erasure "
                        + erasureId + ": the run stays unfinished until one is deployed");
            }
            if (eraser.destroysTheValues() && !verified) {
                if (!verify(erasureId, run.reapplied(), scope, known)) {
                    return false; // another instance took the run over
                }
                verified = true;
            }
            long stepStart = System.nanoTime();
            while (true) {
                Boolean outcome = transactions.execute(status -> batch(erasureId, scope, eraser, hook, batchSize));
                if (outcome == null) {
                    return false; // another instance took the run over
                }
                if (outcome) {
                    break;
                }
            }
            log.info("Erasure {} of cohort {}: step {} done in {} ms", erasureId, run.cohortId(), step.category(),
                    (System.nanoTime() - stepStart) / 1_000_000);
        }
        if (!finish(erasureId)) {
            return false;
        }
        // after the erasure's end (what the certificate states): no copy of the destroyed keys left in the files
        verification.clearAfterTheKeys(known.values().stream().filter(CohortDataEraser::destroysTheValues)
                .flatMap(e -> e.tables().stream()).toList());
        return true;
    }

    /**
     * A run recorded before an eraser was deployed (the account step came after the first erasures) gets its step, last:
     * otherwise the start-up check would find that category's records, reopen the run, and find them again at every
     * start, since the run would never erase them.
     */
    private void addStepsOfNewErasers(long erasureId) {
        var steps = repository.steps(erasureId);
        var recorded = steps.stream().map(ErasureRepository.StepRow::category).collect(Collectors.toSet());
        int position = steps.stream().mapToInt(ErasureRepository.StepRow::position).max().orElse(-1) + 1;
        for (String category : erasers().keySet()) {
            if (!recorded.contains(category)) {
                repository.insertStep(erasureId, category, position++);
            }
        }
    }

    /** @return true when the step is done, false when more remains, null when this instance lost the run */
    private Boolean batch(long erasureId, ErasureScope scope, CohortDataEraser eraser, Hook hook, int batchSize) {
        var locked = repository.lock(erasureId).orElseThrow();
        if (locked.state() == ErasureState.DONE || heldByAnother(locked)) {
            return null;
        }
        if (repository.steps(erasureId).stream().anyMatch(s -> s.category().equals(eraser.category()) && s.done())) {
            return true; // finished meanwhile by another call of this instance
        }
        repository.claim(erasureId, instance, clock.instant().plus(lease));
        var ids = eraser.eraseBatch(scope, batchSize);
        repository.record(erasureId, eraser.category(), ids, clock.instant());
        hook.beforeCommit(eraser.category(), ids);
        if (ids.size() >= batchSize) {
            return false;
        }
        long left = eraser.remaining(scope);
        if (left > 0) {
            if (ids.isEmpty()) {
                throw new IllegalStateException("The eraser of " + eraser.category() + " erased nothing but reports "
                        + left + " remaining");
            }
            return false;
        }
        repository.finishStep(erasureId, eraser.category(), clock.instant());
        long erased = repository.steps(erasureId).stream().filter(s -> s.category().equals(eraser.category()))
                .mapToLong(ErasureRepository.StepRow::erased).sum();
        audit.record(AuditEntry.of(AuditAction.ERASURE_STEP_FINISHED, ErasureService.OBJECT_TYPE, scope.cohortId(),
                List.of("step_" + eraser.category(), "erased_" + erased)), ErasureService.ACTOR);
        return true;
    }

    /** @return false when this instance lost the run while it scanned */
    private boolean verify(long erasureId, int pass, ErasureScope scope, Map<String, CohortDataEraser> known) {
        if (Boolean.TRUE.equals(transactions.execute(status -> verifications.exists(erasureId, pass)))) {
            return true;
        }
        Set<String> touched = new TreeSet<>();
        known.values().stream().filter(e -> !e.destroysTheValues()).forEach(e -> touched.addAll(e.tables()));
        var outbox = known.containsKey(OUTBOX) ? List.copyOf(known.get(OUTBOX).tables()) : List.<String>of();
        var report = verification.scan(scope, touched, outbox);
        Boolean recorded = transactions.execute(status -> {
            var locked = repository.lock(erasureId).orElseThrow();
            if (locked.state() == ErasureState.DONE || heldByAnother(locked)) {
                return null;
            }
            repository.claim(erasureId, instance, clock.instant().plus(lease));
            if (!verifications.exists(erasureId, pass)) {
                verifications.insert(erasureId, pass, report);
                audit.record(AuditEntry.of(AuditAction.ERASURE_VERIFIED, ErasureService.OBJECT_TYPE, scope.cohortId(),
                        List.of("values_" + report.valuesSearched(), "table_hits_" + report.tableHits(),
                                "file_hits_" + report.fileHits())), ErasureService.ACTOR);
            }
            return true;
        });
        return recorded != null;
    }

    private boolean finish(long erasureId) {
        var done = transactions.execute(status -> {
            var locked = repository.lock(erasureId).orElseThrow();
            if (locked.state() == ErasureState.DONE || heldByAnother(locked)) {
                return null;
            }
            String manifest = ErasureManifest.sha256(ErasureManifest.text(locked.cohortId(), locked.keyId(),
                    repository.manifestRecords(erasureId)));
            var at = clock.instant();
            repository.finish(erasureId, manifest, at);
            audit.record(AuditEntry.of(AuditAction.ERASURE_FINISHED, ErasureService.OBJECT_TYPE, locked.cohortId(),
                    List.of("manifest_sha256_" + manifest.substring(0, 24))), ErasureService.ACTOR);
            return new ErasureLedgerFile.Entry(locked.cohortId(), locked.keyId(), locked.operatorId(),
                    locked.validatorId(), manifest, at);
        });
        if (done == null) {
            return false;
        }
        ledger.append(done);
        log.info("Erased the personal data of cohort {} (manifest {})", done.cohortId(), done.manifestSha256());
        return true;
    }

    private boolean heldByAnother(ErasureRepository.Run run) {
        return run.claimedBy() != null && !run.claimedBy().equals(instance) && run.claimedUntil() != null
                && run.claimedUntil().isAfter(clock.instant());
    }

    ErasureScope scope(long cohortId, long operatorId) {
        return new ErasureScope(cohortId, repository.residentsOf(cohortId), repository.fiscalYearOf(cohortId),
                repository.keptFiscalYearsOtherThan(cohortId), operatorId);
    }

    /** Each category's remaining records of the cohort, in the caller's transaction. */
    Map<String, Long> remaining(long cohortId) {
        var scope = scope(cohortId, 0);
        Map<String, Long> left = new LinkedHashMap<>();
        erasers().forEach((category, eraser) -> left.put(category, eraser.remaining(scope)));
        return left;
    }
}
