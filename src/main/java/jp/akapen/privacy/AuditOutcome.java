package jp.akapen.privacy;

/** How the audited action ended. Stored by name. */
public enum AuditOutcome {
    SUCCESS,
    DENIED,
    FAILED
}
