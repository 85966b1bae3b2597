package jp.akapen.mail;

import java.util.List;
import java.util.Map;
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

    MailOutbox(OutboxRepository outbox, MailSettings settings, OutboxSender sender) {
        this.outbox = outbox;
        this.settings = settings;
        this.sender = sender;
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

    @Secured({Roles.Authorities.WARD_STAFF, Roles.Authorities.CONTRACTOR_MANAGER})
    public Map<OutboxState, Integer> counts() {
        return outbox.countsByState();
    }
}
