package jp.akapen.privacy.audit;

import java.util.List;
import jp.akapen.account.AccountChanged;
import jp.akapen.shared.db.DatabaseRestored;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Changes to accounts and to the installation itself, in the audit log (issues 19, 20; P4): an
 * account created (by whom, or by the bootstrap), a password changed, a database restored from a
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
        };
        if (event.by() == null) {
            trail.record(entry, AuditActor.NOBODY);
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
