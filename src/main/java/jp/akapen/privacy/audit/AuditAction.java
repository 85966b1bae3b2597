package jp.akapen.privacy.audit;

/** What an audit event records (seed P4). Stored by name: never rename a constant. */
public enum AuditAction {
    PERSONAL_DATA_READ,
    PERSONAL_DATA_CHANGED,
    PERSONAL_DATA_EXPORTED,
    LOGIN_SUCCEEDED,
    LOGIN_FAILED,
    LOGOUT,
    ACCESS_DENIED,
    MFA_ENROLLED,
    MFA_SUCCEEDED,
    MFA_FAILED,
    HANDLER_DESIGNATED,
    HANDLER_DESIGNATION_ENDED,
    PURPOSE_NOTICE_ACKNOWLEDGED,
    DATA_KEY_DESTROYED,
    AUDIT_LOG_EXPORTED,
    AUDIT_CHAIN_VERIFIED,
    /** The password was right and the second factor is still to come (MFA_SUCCEEDED completes the login). */
    LOGIN_PASSWORD_ACCEPTED,
    /** An account created by ward staff, the manager, the bootstrap or the demo seed (issue 19). */
    ACCOUNT_CREATED,
    ACCOUNT_PASSWORD_CHANGED,
    /** The database was restored from a backup; recorded at the first start after, after the restored chain (issue 20). */
    DATABASE_RESTORED,
    /** Disabled by ward staff or the contractor manager; a refused attempt is an ACCESS_DENIED on the account (issue 24). */
    ACCOUNT_DISABLED,
    ACCOUNT_ENABLED,
    /** A lost password or second factor replaced by a one-time code (issue 24). */
    ACCOUNT_SIGN_IN_RESET,
    /** TOTP secrets stored before sealing, sealed in place at start-up; the count as a field {@code count_<n>} (issue 24). */
    MFA_SECRETS_SEALED,
    /** A master-key rotation run began: object the new key's fingerprint, fields {@code from_<fp>}, {@code pending_<n>}. */
    MASTER_KEY_ROTATION_STARTED,
    /** A master-key rotation run ended: fields {@code rewrapped_<n>} (by this run) and {@code remaining_<n>}. */
    MASTER_KEY_ROTATION_FINISHED,
    /** A file of the portal downloaded through a link; object type {@code file}, id the file's SHA-256 (issue 12, E3). */
    FILE_DOWNLOADED,
    /** From this entry on the chain is sealed under the audit key (HMAC); object_id is the key's fingerprint (issue 24). */
    AUDIT_CHAIN_KEYED,
    /** A mail to residents written, changed (which voids its approval), sent for approval, approved (E4, issue 12). */
    MAIL_DRAFTED,
    MAIL_EDITED,
    MAIL_SUBMITTED,
    MAIL_APPROVED,
    /** A lecture or meeting scheduled or changed, cancelled; attendance ticked or checked in (issue 13, W3). */
    LECTURE_SCHEDULED,
    LECTURE_CANCELLED,
    LECTURE_ATTENDANCE_RECORDED,
    /** A survey written or changed by its builder; object type {@code survey} (issue 13 items 6-10). */
    SURVEY_SAVED,
    /** Sent for opening: it opened, or screening found something and it waits for the ward (field {@code state}). */
    SURVEY_SUBMITTED,
    /** The ward's decision on a screened survey; fields {@code reason} and {@code questions_sha256_<first 20 hex>} of the texts read (P7). */
    SURVEY_APPROVED,
    SURVEY_REFUSED,
    /** A question changed after the ward's approval: the approval no longer stands. */
    SURVEY_APPROVAL_VOIDED,
    /** A named survey's answers downloaded with the residents' pen names (handlers only). */
    SURVEY_ANSWERS_EXPORTED,
    /** A failed mail sent again at a person's request, from the outbox page (issue 12). */
    MAIL_RETRIED,
    /**
     * A download link refused: unknown token (object type {@code file_link}, id the first 16 hex digits of the
     * token's SHA-256; the token itself is never kept), or expired or revoked (object the file's SHA-256); the field
     * says which (issue 12, E3, P4).
     */
    FILE_LINK_REFUSED,
    /** An encrypted zip's password shown in the portal; object the zip's SHA-256 (issue 12, E3, P4). */
    FILE_ZIP_PASSWORD_VIEWED,
    /** A handler asked to take personal data out; APPROVED/REFUSED by ward staff; RETURNED/DESTROYED reported (issue 14, P8). */
    TAKEOUT_REQUESTED,
    TAKEOUT_APPROVED,
    TAKEOUT_REFUSED,
    TAKEOUT_RETURNED,
    TAKEOUT_DESTROYED,
    /** An export past its return date, flagged to the ward by the daily job (issue 14, P10). */
    TAKEOUT_OVERDUE,
    /**
     * A cohort's retention period started (D1, issue 14): object type {@code cohort}; field {@code last_edition} or
     * {@code term_end} says what started it. Actor nobody: the system's rule, not a person's choice.
     */
    RETENTION_STARTED,
    /** The ward's decisions on a period (D3); field {@code reason}: the reason is kept with the period, not here. */
    RETENTION_EXTENDED,
    RETENTION_HELD,
    RETENTION_RELEASED,
    /** The handling manager confirmed at expiry that the cohort's personal data may be erased (first stage). */
    RETENTION_CONFIRMED,
    /** A refusal at either stage; field {@code stage_manager} or {@code stage_ward}, and {@code reason}. */
    RETENTION_REFUSED,
    /** Erasure approved: by ward staff, or by nobody with field {@code grace_period} when the grace period passed. */
    ERASURE_APPROVED,
    /**
     * A cohort's erasure recorded after the ward's approval; object {@code cohort}, fields {@code operator_<id>} and
     * {@code validator_<id>} (issue 14, D1). The erasure job (actor SYSTEM_ERASURE) then writes STARTED, one
     * STEP_FINISHED per category (fields {@code step_<category>}, {@code erased_<n>}) and FINISHED (field
     * {@code manifest_sha256_<first 24 hex>}).
     */
    ERASURE_REQUESTED,
    ERASURE_STARTED,
    ERASURE_STEP_FINISHED,
    ERASURE_FINISHED,
    /**
     * Erased personal data found again at start-up (a restored backup) and erased again: field
     * {@code backup_before_erasure} when the database had no record of the erasure, else {@code found_<n>} records.
     */
    ERASURE_REAPPLIED,
    /**
     * The verification scan of an erasure recorded (issue 14 item 6): fields {@code values_<n>} searched,
     * {@code table_hits_<n>} and {@code file_hits_<n>}; never a value.
     */
    ERASURE_VERIFIED,
    /** Ward staff acknowledged an erasure certificate; field {@code sha256_<first 16>} names the copy checked (D2). */
    ERASURE_CERTIFICATE_ACKNOWLEDGED,
    /** A training session of the contractor's people recorded; object {@code training}, fields {@code attendee_<id>} (O3). */
    TRAINING_RECORDED,
    /** An incident report filed by anyone signed in; object {@code incident} (issue 15, O4). */
    INCIDENT_REPORTED,
    /** The handling manager's preliminary (速報) and final (確報) reports to the ward (O4). */
    INCIDENT_PRELIMINARY_REPORTED,
    INCIDENT_FINAL_REPORTED,
    /** The ward's guidance (指導), publication decision (公表) and damages (損害) on an incident (O5). */
    INCIDENT_GUIDANCE_RECORDED,
    INCIDENT_PUBLICATION_RECORDED,
    INCIDENT_DAMAGES_RECORDED,
    /** A deadline passed without its report, reminded by the daily job; field {@code preliminary} or {@code final}. */
    INCIDENT_DEADLINE_PASSED,
    /** Ward staff closed an incident (O5). */
    INCIDENT_CLOSED,
    /** Ward staff asked the contractor for a handling-status report (特記事項14, O1; issue 15): object {@code oversight_report}. */
    OVERSIGHT_REPORT_REQUESTED,
    /** The handling manager answered, attaching the generated report; field {@code sha256_<first 16>} names the PDF. */
    OVERSIGHT_REPORT_ANSWERED,
    /** A report's PDF ({@code pdf}) or CSV ({@code csv}) was downloaded. */
    OVERSIGHT_REPORT_DOWNLOADED,
    /** A request past its due date unanswered, flagged once to the ward and the manager by the daily job. */
    OVERSIGHT_REPORT_OVERDUE,
    /** Ward staff started a fiscal year's audit (特記事項15-17, O2): object {@code oversight_audit}. */
    OVERSIGHT_AUDIT_STARTED,
    /** The audit chain verified for an audit; field {@code intact} or {@code broken}. */
    OVERSIGHT_AUDIT_CHAIN_CHECKED,
    /** A checklist item's result recorded; field {@code item_<code>}. */
    OVERSIGHT_AUDIT_ITEM_RECORDED,
    OVERSIGHT_AUDIT_FINISHED,
    /** The notice that a fiscal year reached its last quarter without an audit; object the fiscal year. */
    OVERSIGHT_AUDIT_MISSING,
    /** A finding with its corrective action, owner and due date: object {@code oversight_finding}. */
    OVERSIGHT_FINDING_OPENED,
    /** The finding's owner recorded what was done. */
    OVERSIGHT_FINDING_DONE,
    /** Ward staff closed the finding. */
    OVERSIGHT_FINDING_CLOSED
}
