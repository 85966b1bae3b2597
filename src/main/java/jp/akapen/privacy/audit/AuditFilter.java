package jp.akapen.privacy.audit;

import java.time.Instant;

/**
 * Which audit entries the ward wants to see (seed P4, O2); a null part lets every entry through.
 *
 * @param from       entries at or after this instant
 * @param until      entries before this instant
 * @param objectType e.g. {@code personal_data}, {@code route}
 * @param objectId   the object's id as the log holds it, e.g. {@code 42} or {@code audit}
 */
public record AuditFilter(Instant from, Instant until, Long actorId, AuditAction action, AuditOutcome outcome,
        String objectType, String objectId) {

    public static final AuditFilter ALL = new AuditFilter(null, null, null, null, null, null, null);
}
