package jp.akapen.privacy.audit;

import java.util.List;
import jp.akapen.account.AccountChanged;
import jp.akapen.shared.db.DatabaseRestored;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Changes to accounts and to the installation itself, in the audit log (issues 19, 20, 24; P4): an
 * account created (by whom, or by the bootstrap), a password changed, an account disabled,
 * enabled or its sign-in reset (by whom), a database restored from a
 * backup (recorded at the first start after it, so after the restored chain).
 */
@Component
class AccountAudit {

    private final AuditTrail trail;

    AccountAudit(AuditTrail trail) {
        this.trail = trail;
    }

    @EventListener
    void accountChanged(AccountChanged event) {
        var entry = switch (event.kind()) {
            case CREATED -> AuditEntry.of(AuditAction.ACCOUNT_CREATED, LoginAudit.ACCOUNT, event.accountId(),
                    List.of("username", "display_name", "role"));
            case PASSWORD_CHANGED -> AuditEntry.of(AuditAction.ACCOUNT_PASSWORD_CHANGED, LoginAudit.ACCOUNT,
                    event.accountId(), List.of("password_hash"));
            case DISABLED -> AuditEntry.of(AuditAction.ACCOUNT_DISABLED, LoginAudit.ACCOUNT, event.accountId(),
                    List.of("enabled", "session_epoch"));
            case ENABLED -> AuditEntry.of(AuditAction.ACCOUNT_ENABLED, LoginAudit.ACCOUNT, event.accountId(),
                    List.of("enabled"));
            case SIGN_IN_RESET -> AuditEntry.of(AuditAction.ACCOUNT_SIGN_IN_RESET, LoginAudit.ACCOUNT,
                    event.accountId(), List.of("password_hash", "totp_secret", "recovery_code", "session_epoch"));
        };
        if (event.by() == null) {
            trail.record(entry, AuditActor.NOBODY);
        } else if (event.by() == event.accountId()) {
            // the owner, possibly halfway through signing in after a reset (no role held yet)
            trail.record(entry, new AuditActor(event.accountId(), event.role()));
        } else {
            trail.record(entry);
        }
    }

    @EventListener
    void databaseRestored(DatabaseRestored event) {
        trail.record(AuditEntry.of(AuditAction.DATABASE_RESTORED, "backup", event.backupFile(),
                List.of("schema_version", "backup_sha256", "backup_created")), AuditActor.NOBODY);
    }
}
