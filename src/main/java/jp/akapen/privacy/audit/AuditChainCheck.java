package jp.akapen.privacy.audit;

import java.time.Clock;
import jp.akapen.privacy.audit.chain.AuditEvent;
import jp.akapen.privacy.audit.chain.ChainVerifier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Recomputes the whole audit chain (seed P4), streaming it once, and compares its end with the
 * checkpoint the last intact run left outside the log, which catches entries cut off the end (the
 * rest of a shortened chain still verifies). Each run is itself logged (AUDIT_CHAIN_VERIFIED), and
 * an intact run moves the checkpoint to the last entry it read; the application log gets the same
 * seq and hash, a copy outside the database.
 */
@Component
class AuditChainCheck {

    private static final Logger log = LoggerFactory.getLogger(AuditChainCheck.class);

    private final AuditRepository events;
    private final AuditCheckpointRepository checkpoints;
    private final AuditTrail trail;
    private final Clock clock;
    private final TransactionTemplate reading;
    private final TransactionTemplate writing;

    AuditChainCheck(AuditRepository events, AuditCheckpointRepository checkpoints, AuditTrail trail, Clock clock,
            PlatformTransactionManager transactions) {
        this.events = events;
        this.checkpoints = checkpoints;
        this.trail = trail;
        this.clock = clock;
        this.reading = new TransactionTemplate(transactions);
        this.reading.setReadOnly(true);
        this.reading.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.writing = new TransactionTemplate(transactions);
        this.writing.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Verifies, logs the run for the actor and, when intact, moves the checkpoint. */
    ChainReport run(AuditActor actor) {
        ChainReport report = reading.execute(status -> verify());
        writing.executeWithoutResult(status -> {
            Long seq = report.intact() ? report.lastSeq() : report.brokenSeq();
            trail.record(new AuditEntry(AuditAction.AUDIT_CHAIN_VERIFIED, "audit_event",
                    seq == null ? null : seq.toString(), null,
                    report.intact() ? AuditOutcome.SUCCESS : AuditOutcome.FAILED), actor);
            if (report.intact() && report.lastSeq() != null) {
                checkpoints.advance(report.lastSeq(), report.lastHash(), clock.instant());
            }
        });
        if (report.intact()) {
            log.info("Audit chain intact: {} entries, last seq {} hash {}", report.checked(), report.lastSeq(),
                    report.lastHash());
        } else {
            log.error("Audit chain broken at seq {}: {}", report.brokenSeq(), report.problem());
        }
        return report;
    }

    /** Verification only: nothing is written. */
    ChainReport verify() {
        var checkpoint = checkpoints.read();
        Long keyedFrom = trail.recordedSwitchOver().map(AuditChainKeyRepository.Switch::keyedFromSeq).orElse(null);
        // without a recorded switch-over every entry must be plain, and a keyed one shows the record was removed
        var keying = new ChainVerifier.Keying(keyedFrom == null ? Long.MAX_VALUE : keyedFrom, trail.key());
        var seen = new Object() {
            AuditEvent last;
            String hashAtCheckpoint;
        };
        var result = events.inOrder(stream -> ChainVerifier.verify(() -> stream.peek(e -> {
            seen.last = e;
            if (checkpoint.isPresent() && e.seq() == checkpoint.get().seq()) {
                seen.hashAtCheckpoint = e.hash();
            }
        }).iterator(), keying));
        if (!result.intact()) {
            return new ChainReport(false, result.checked(), null, null, result.firstBrokenSeq(),
                    ChainReport.Problem.valueOf(result.problem().name()),
                    ChainReport.Proof.valueOf(result.proof().name()), keyedFrom);
        }
        long lastSeq = seen.last == null ? 0 : seen.last.seq();
        if (checkpoint.isPresent()) {
            if (lastSeq < checkpoint.get().seq()) {
                return new ChainReport(false, result.checked(), null, null, lastSeq + 1, ChainReport.Problem.CUT_SHORT,
                        ChainReport.Proof.CHECKPOINT, keyedFrom);
            }
            if (!checkpoint.get().hash().equals(seen.hashAtCheckpoint)) {
                return new ChainReport(false, result.checked(), null, null, checkpoint.get().seq(),
                        ChainReport.Problem.CHECKPOINT_MISMATCH, ChainReport.Proof.CHECKPOINT, keyedFrom);
            }
        }
        return new ChainReport(true, result.checked(), seen.last == null ? null : lastSeq,
                seen.last == null ? null : seen.last.hash(), null, null, null, keyedFrom);
    }
}
