package jp.akapen.privacy.audit;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import jp.akapen.privacy.audit.chain.AuditChain;
import jp.akapen.privacy.audit.chain.AuditEvent;
import jp.akapen.privacy.audit.chain.AuditKey;
import jp.akapen.shared.PortalUser;
import jp.akapen.shared.SignedIn;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes the audit log (seed P4): one entry per call, sealed into the hash chain, in the caller's
 * transaction, so an action and its entry are stored together or not at all. Writers take turns
 * on one lock row, held until the caller's transaction ends: keep audited transactions short.
 */
@Service
public class AuditTrail {

    /** Field names and object types are identifiers, so that no value can pass for one. */
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]{0,39}");

    private final AuditRepository repository;
    private final AuditChainKeyRepository switches;
    private final AuditKey key;
    private final Clock clock;
    private final TransactionTemplate alone;
    /** The switch-over once seen; it never changes afterwards. */
    private volatile AuditChainKeyRepository.Switch keyed;

    AuditTrail(AuditRepository repository, AuditChainKeyRepository switches, AuditKey key, Clock clock,
            PlatformTransactionManager transactions) {
        this.repository = repository;
        this.switches = switches;
        this.key = key;
        this.clock = clock;
        this.alone = new TransactionTemplate(transactions);
        this.alone.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** An entry for the signed-in user (or nobody) and the current request, in the caller's transaction. */
    @Transactional(propagation = Propagation.REQUIRED)
    public AuditEvent record(AuditEntry entry) {
        return write(entry, signedIn(), RequestOrigin.current());
    }

    /** An entry for the given actor and the current request, in the caller's transaction. */
    @Transactional(propagation = Propagation.REQUIRED)
    public AuditEvent record(AuditEntry entry, AuditActor actor) {
        return write(entry, actor, RequestOrigin.current());
    }

    /**
     * Entries for the given actor, one after the other in the chain, in the caller's transaction: one turn, one read of
     * the chain's end and one batch of inserts, for a system job that records a read per person (the erasure's
     * verification reads ten thousand).
     */
    @Transactional(propagation = Propagation.REQUIRED)
    public void recordAll(List<AuditEntry> entries, AuditActor actor) {
        if (entries.isEmpty()) {
            return;
        }
        entries.forEach(AuditTrail::check);
        takeTurn();
        append(entries, actor, RequestOrigin.current(), switchOver().isPresent());
    }

    /**
     * An entry that must outlive the caller's transaction: a denied access, whose action is about
     * to be rolled back. Written at once in a transaction of its own; but if the caller's
     * transaction has already written an entry (and so holds the writers' turn, which a second
     * transaction on this thread would wait for forever), it is written just after the caller's
     * transaction ends, committed or rolled back, and this returns null.
     */
    public AuditEvent recordDenied(AuditEntry entry) {
        return alone(entry.withOutcome(AuditOutcome.DENIED), signedIn(), RequestOrigin.current());
    }

    /** For events that must outlive the caller's transaction and know their actor and origin (logins). */
    AuditEvent recordAlone(AuditEntry entry, AuditActor actor, RequestOrigin origin) {
        return alone(entry, actor, origin);
    }

    private AuditEvent alone(AuditEntry entry, AuditActor actor, RequestOrigin origin) {
        check(entry);
        if (TransactionSynchronizationManager.getResource(WriterTurn.class) instanceof WriterTurn held) {
            held.afterwards.add(() -> alone(entry, actor, origin));
            return null;
        }
        return alone.execute(status -> write(entry, actor, origin));
    }

    private AuditEvent write(AuditEntry entry, AuditActor actor, RequestOrigin origin) {
        check(entry);
        takeTurn();
        return append(List.of(entry), actor, origin, switchOver().isPresent()).getFirst();
    }

    private void takeTurn() {
        repository.takeWriterTurn();
        holdTurnUntilTheTransactionEnds();
    }

    /** Seals the entries one after the other onto the chain's end and inserts them; the caller holds the turn. */
    private List<AuditEvent> append(List<AuditEntry> entries, AuditActor actor, RequestOrigin origin,
            boolean sealUnderKey) {
        var last = repository.last();
        long seq = last.map(e -> e.seq() + 1).orElse(1L);
        String previousHash = last.map(AuditEvent::hash).orElse(AuditChain.GENESIS);
        List<AuditEvent> sealed = new ArrayList<>(entries.size());
        for (AuditEntry entry : entries) {
            var event = seal(seq++, previousHash, entry, actor, origin, sealUnderKey);
            sealed.add(event);
            previousHash = event.hash();
        }
        repository.insertAll(sealed);
        return sealed;
    }

    private AuditEvent seal(long seq, String previousHash, AuditEntry entry, AuditActor actor, RequestOrigin origin,
            boolean sealUnderKey) {
        var unsealed = AuditEvent.unsealed(seq, clock.instant(), actor.accountId(), actor.role(),
                entry.action().name(), entry.objectType(), entry.objectId(), entry.fields(), entry.outcome().name(),
                origin.sessionHash(), origin.clientAddress());
        return sealUnderKey ? AuditChain.seal(unsealed, previousHash, key) : AuditChain.seal(unsealed, previousHash);
    }

    /** The recorded switch-over, checked against the configured key; empty until the chain is keyed. */
    private Optional<AuditChainKeyRepository.Switch> switchOver() {
        var known = keyed;
        if (known == null) {
            known = switches.read().orElse(null);
            if (known == null) {
                return Optional.empty();
            }
            if (!known.keyFingerprint().equals(key.fingerprint())) {
                throw new IllegalStateException("The audit log is keyed from entry " + known.keyedFromSeq()
                        + " under the audit key with fingerprint " + known.keyFingerprint()
                        + ", but the configured audit key has fingerprint " + key.fingerprint()
                        + ". Configure the key that keyed the log (akapen.audit.key-file); with another key neither the"
                        + " log's keyed part could be verified nor new entries be chained to it.");
            }
            keyed = known;
        }
        return Optional.of(known);
    }

    /**
     * Switches the chain to keyed hashes once (seed P4, issue 24): the next entry, AUDIT_CHAIN_KEYED with the key's
     * fingerprint, is the first sealed under the key, and the switch-over is recorded with it. When the chain is
     * keyed already, checks that the configured key is the one that keyed it.
     *
     * @throws IllegalStateException when the log was keyed under another key
     */
    AuditChainKeyRepository.Switch keyTheChain() {
        return alone.execute(status -> {
            repository.takeWriterTurn();
            var existing = switchOver();
            if (existing.isPresent()) {
                return existing.get();
            }
            var entry = new AuditEntry(AuditAction.AUDIT_CHAIN_KEYED, "audit_key", key.fingerprint(), null,
                    AuditOutcome.SUCCESS);
            var first = append(List.of(entry), AuditActor.NOBODY, RequestOrigin.NONE, true).getFirst();
            switches.insert(first.seq(), key.fingerprint(), first.at());
            return switchOver().orElseThrow();
        });
    }

    /** The switch-over for the verifier, empty for a log not (yet) keyed. */
    Optional<AuditChainKeyRepository.Switch> recordedSwitchOver() {
        return switches.read();
    }

    AuditKey key() {
        return key;
    }

    /** Marks this thread's transaction as the holder of the writers' turn, so that later writes in a
     *  transaction of their own wait for its end instead of for the lock. */
    private static void holdTurnUntilTheTransactionEnds() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()
                || TransactionSynchronizationManager.hasResource(WriterTurn.class)) {
            return;
        }
        var turn = new WriterTurn();
        TransactionSynchronizationManager.bindResource(WriterTurn.class, turn);
        TransactionSynchronizationManager.registerSynchronization(turn);
    }

    /** The writers' turn held by this thread's transaction, and entries waiting for it to end. */
    private static final class WriterTurn implements TransactionSynchronization {

        final List<Runnable> afterwards = new ArrayList<>();

        @Override
        public void afterCompletion(int status) {
            TransactionSynchronizationManager.unbindResourceIfPossible(WriterTurn.class);
            afterwards.forEach(Runnable::run);
        }
    }

    private static AuditActor signedIn() {
        return SignedIn.user().map(AuditTrail::actor).orElse(AuditActor.NOBODY);
    }

    static AuditActor actor(PortalUser user) {
        return new AuditActor(user.id(), user.role());
    }

    private static void check(AuditEntry entry) {
        if (entry.objectType() != null && !NAME.matcher(entry.objectType()).matches()) {
            throw new IllegalArgumentException("Object type must be an identifier: " + entry.objectType());
        }
        if (entry.objectId() != null && entry.objectId().length() > 64) {
            throw new IllegalArgumentException("Object id too long");
        }
        for (String field : entry.fields() == null ? List.<String>of() : entry.fields()) {
            if (!NAME.matcher(field).matches()) {
                throw new IllegalArgumentException("Field names only, never values");
            }
        }
    }
}
