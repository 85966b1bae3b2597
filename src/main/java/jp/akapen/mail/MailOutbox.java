package jp.akapen.mail;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import jp.akapen.privacy.audit.AuditAction;
import jp.akapen.privacy.audit.AuditEntry;
import jp.akapen.privacy.audit.AuditTrail;
import jp.akapen.shared.Roles;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The outbox as the contractor's manager and ward staff see it (issue 12 item 6): messages not sent yet, failed ones
 * with their reason, by account id, never by address; and whether mail can leave at all.
 */
@Service
@Transactional(readOnly = true)
public class MailOutbox {

    private final OutboxRepository outbox;
    private final MailSettings settings;
    private final OutboxSender sender;
    private final AuditTrail audit;
    private final Clock clock;

    MailOutbox(OutboxRepository outbox, MailSettings settings, OutboxSender sender, AuditTrail audit, Clock clock) {
        this.outbox = outbox;
        this.settings = settings;
        this.sender = sender;
        this.audit = audit;
        this.clock = clock;
    }

    /** What blocks sending, as i18n keys: no mail server, no ward address. Empty when mail can go. */
    @Secured({Roles.Authorities.WARD_STAFF, Roles.Authorities.CONTRACTOR_MANAGER})
    public List<String> blockers() {
        if (sender.ready()) {
            return List.of();
        }
        return settings.wardAddressMissing() ? List.of("mail.outbox.blocked.ward-address")
                : List.of("mail.outbox.blocked.no-server");
    }

    @Secured({Roles.Authorities.WARD_STAFF, Roles.Authorities.CONTRACTOR_MANAGER})
    public List<OutboxEntry> unsent() {
        return outbox.unsent(500);
    }

    /**
     * Sends a failed mail again at the sender's next pass, whatever its back-off said or after it gave up; its
     * approval is checked again then, like every guard. Logged as MAIL_RETRIED (P4). Refused, with the reason, for a
     * mail that has not failed (sent, or on its way).
     */
    @Secured({Roles.Authorities.WARD_STAFF, Roles.Authorities.CONTRACTOR_MANAGER})
    @Transactional
    public void retry(long id) {
        if (!outbox.dueNowIfFailed(id, clock.instant())) {
            throw new ComposeException("mail.outbox.retry.refused.not-failed");
        }
        audit.record(AuditEntry.of(AuditAction.MAIL_RETRIED, MailComposer.OBJECT_TYPE, id, List.of("next_attempt_at")));
    }

    @Secured({Roles.Authorities.WARD_STAFF, Roles.Authorities.CONTRACTOR_MANAGER})
    public Map<OutboxState, Integer> counts() {
        return outbox.countsByState();
    }
}
