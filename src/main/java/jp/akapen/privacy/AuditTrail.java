package jp.akapen.privacy;

import java.time.Clock;
import java.util.List;
import java.util.regex.Pattern;
import jp.akapen.privacy.audit.AuditChain;
import jp.akapen.privacy.audit.AuditEvent;
import jp.akapen.shared.PortalUser;
import jp.akapen.shared.SignedIn;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

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
    private final Clock clock;

    AuditTrail(AuditRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
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
     * An entry that must outlive the caller's transaction: a denied access, whose action is about
     * to be rolled back. Never call it after the caller's transaction has written an entry of its
     * own: that transaction holds the writers' lock, and this one would wait for it forever.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public AuditEvent recordDenied(AuditEntry entry) {
        return write(entry.withOutcome(AuditOutcome.DENIED), signedIn(), RequestOrigin.current());
    }

    /** For events raised outside a request scope that know their origin (login filters). */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    AuditEvent recordAlone(AuditEntry entry, AuditActor actor, RequestOrigin origin) {
        return write(entry, actor, origin);
    }

    private AuditEvent write(AuditEntry entry, AuditActor actor, RequestOrigin origin) {
        check(entry);
        repository.takeWriterTurn();
        var last = repository.last();
        long seq = last.map(e -> e.seq() + 1).orElse(1L);
        String previousHash = last.map(AuditEvent::hash).orElse(AuditChain.GENESIS);
        var sealed = AuditChain.seal(AuditEvent.unsealed(seq, clock.instant(), actor.accountId(), actor.role(),
                entry.action().name(), entry.objectType(), entry.objectId(), entry.fields(), entry.outcome().name(),
                origin.sessionHash(), origin.clientAddress()), previousHash);
        repository.insert(sealed);
        return sealed;
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
