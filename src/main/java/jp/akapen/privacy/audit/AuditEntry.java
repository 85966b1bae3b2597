package jp.akapen.privacy.audit;

import java.util.List;
import java.util.Objects;

/**
 * What a caller tells the audit trail; who, when, the session and the client address are added by
 * {@link AuditTrail}. {@code fields} holds field names, never values; null when the action
 * concerns no fields.
 */
public record AuditEntry(AuditAction action, String objectType, String objectId, List<String> fields,
        AuditOutcome outcome) {

    public AuditEntry {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(outcome, "outcome");
        fields = fields == null ? null : List.copyOf(fields);
    }

    public static AuditEntry of(AuditAction action, String objectType, Object objectId, List<String> fields) {
        return new AuditEntry(action, objectType, objectId == null ? null : objectId.toString(), fields,
                AuditOutcome.SUCCESS);
    }

    public AuditEntry withOutcome(AuditOutcome newOutcome) {
        return new AuditEntry(action, objectType, objectId, fields, newOutcome);
    }
}
