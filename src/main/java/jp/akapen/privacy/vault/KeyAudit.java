package jp.akapen.privacy.vault;

import java.util.ArrayList;
import java.util.List;
import jp.akapen.account.MfaSecretsSealed;
import jp.akapen.privacy.audit.AuditAction;
import jp.akapen.privacy.audit.AuditActor;
import jp.akapen.privacy.audit.AuditEntry;
import jp.akapen.privacy.audit.AuditTrail;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The audit entries of key work nobody signed in does (seed P4, P11; issue 24): TOTP secrets sealed in place at
 * start-up and master-key rotation runs. Counts and fingerprints travel as field names ({@code count_3},
 * {@code from_0123abcd…}): they are figures about keys, never personal data.
 */
@Component
class KeyAudit implements MasterKeyRotation.Report {

    static final String MASTER_KEY = "master_key";

    private final AuditTrail trail;

    KeyAudit(AuditTrail trail) {
        this.trail = trail;
    }

    /** In the transaction that sealed them: both stored, or neither. */
    @EventListener
    void mfaSecretsSealed(MfaSecretsSealed event) {
        trail.record(AuditEntry.of(AuditAction.MFA_SECRETS_SEALED, "mfa_credential", null,
                List.of("secret", "count_" + event.count())), AuditActor.NOBODY);
    }

    @Override
    public void started(String to, List<String> from, int pending) {
        List<String> fields = new ArrayList<>();
        from.forEach(fp -> fields.add("from_" + (fp == null ? "unnamed" : fp)));
        fields.add("pending_" + pending);
        trail.record(AuditEntry.of(AuditAction.MASTER_KEY_ROTATION_STARTED, MASTER_KEY, to, fields), AuditActor.NOBODY);
    }

    @Override
    public void finished(String to, int rewrapped, int remaining) {
        trail.record(AuditEntry.of(AuditAction.MASTER_KEY_ROTATION_FINISHED, MASTER_KEY, to,
                List.of("rewrapped_" + rewrapped, "remaining_" + remaining)), AuditActor.NOBODY);
    }
}
