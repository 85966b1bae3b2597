package jp.akapen.privacy.audit;

/** How the audited action ended. Stored by name. */
public enum AuditOutcome {
    SUCCESS,
    DENIED,
    FAILED
}
