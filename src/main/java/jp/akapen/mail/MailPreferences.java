package jp.akapen.mail;

import java.time.Clock;
import java.util.List;
import jp.akapen.shared.Roles;
import jp.akapen.shared.SignedIn;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Whether a person's notices also come by mail (issue 12 item 2): residents yes unless they say no, staff if they say yes. */
@Service
@Transactional
public class MailPreferences {

    private final OutboxRepository outbox;
    private final Clock clock;

    MailPreferences(OutboxRepository outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    @Secured({Roles.Authorities.WARD_STAFF, Roles.Authorities.CONTRACTOR_MANAGER, Roles.Authorities.CONTRACTOR_HANDLER,
            Roles.Authorities.CONTRACTOR_STAFF, Roles.Authorities.RESIDENT})
    @Transactional(readOnly = true)
    public boolean mine() {
        var me = SignedIn.require();
        return outbox.preferences(List.of(me.id())).getOrDefault(me.id(), NoticeMail.defaultFor(me.role()));
    }

    @Secured({Roles.Authorities.WARD_STAFF, Roles.Authorities.CONTRACTOR_MANAGER, Roles.Authorities.CONTRACTOR_HANDLER,
            Roles.Authorities.CONTRACTOR_STAFF, Roles.Authorities.RESIDENT})
    public void setMine(boolean byMail) {
        outbox.setPreference(SignedIn.require().id(), byMail, clock.instant());
    }

    /** Start-up code only (the demo seed): a choice for someone who has not made one. */
    public void seedIfUnset(long accountId, boolean byMail) {
        if (!outbox.preferences(List.of(accountId)).containsKey(accountId)) {
            outbox.setPreference(accountId, byMail, clock.instant());
        }
    }
}
