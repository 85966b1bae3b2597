package jp.akapen.privacy.audit.chain;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

/**
 * One entry of the audit log (seed P4): who, in which role, when, what object and which of its
 * fields (names, never values), with what outcome, from which session and client address.
 * {@code previousHash} and {@code hash} are null until {@link AuditChain#seal} links the event into
 * the chain.
 *
 * <p>The record is deliberately permissive about what it holds, so that a tampered row read back
 * from the database still loads and the {@link ChainVerifier} can report it. Only {@code at},
 * {@code action} and {@code outcome} are required (NOT NULL in the table too).
 *
 * @param at         truncated to microseconds here, the precision of {@code DATETIME(6)}
 * @param action     e.g. PERSONAL_DATA_READ, PERSONAL_DATA_CHANGED, EXPORT, LOGIN_SUCCEEDED,
 *                   LOGIN_FAILED, ACCESS_DENIED
 * @param fields     the field names concerned, in order; null when the action concerns no fields
 *                   (which the chain tells apart from an empty list)
 * @param outcome    SUCCESS, DENIED or FAILED
 */
public record AuditEvent(
        long seq,
        Instant at,
        Long actorId,
        String actorRole,
        String action,
        String objectType,
        String objectId,
        List<String> fields,
        String outcome,
        String sessionHash,
        String clientAddress,
        String previousHash,
        String hash) {

    public AuditEvent {
        at = Objects.requireNonNull(at, "at").truncatedTo(ChronoUnit.MICROS);
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(outcome, "outcome");
        fields = fields == null ? null : List.copyOf(fields);
    }

    /** An event not yet in the chain: no previous hash, no hash. */
    public static AuditEvent unsealed(long seq, Instant at, Long actorId, String actorRole, String action,
            String objectType, String objectId, List<String> fields, String outcome, String sessionHash,
            String clientAddress) {
        return new AuditEvent(seq, at, actorId, actorRole, action, objectType, objectId, fields, outcome,
                sessionHash, clientAddress, null, null);
    }
}
