package jp.akapen.privacy.purpose;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import jp.akapen.privacy.audit.AuditAction;
import jp.akapen.privacy.audit.AuditEntry;
import jp.akapen.privacy.audit.AuditTrail;
import jp.akapen.shared.PortalUser;
import jp.akapen.shared.Roles;
import jp.akapen.shared.SignedIn;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The purpose notice (利用目的の通知, seed P6): what is collected, why, who sees it and when it is erased, shown to a
 * resident before any of their personal data is collected. The text lives in the translation files under
 * {@code purpose.v<version>.*}; changing what it says means a new {@link #CURRENT_VERSION} (and new keys), which
 * every resident acknowledges again before their data can be changed.
 */
@Service
@Transactional
public class PurposeNoticeService {

    /** The notice residents must have acknowledged; its text keys are {@code purpose.v1.*}. */
    public static final String CURRENT_VERSION = "1";

    private final PurposeAcknowledgementRepository acknowledgements;
    private final AuditTrail audit;
    private final Clock clock;

    PurposeNoticeService(PurposeAcknowledgementRepository acknowledgements, AuditTrail audit, Clock clock) {
        this.acknowledgements = acknowledgements;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Whether the signed-in person still has to acknowledge the current notice: residents who have not; nobody
     * else (no personal data is collected from staff).
     */
    @Secured({Roles.Authorities.WARD_STAFF, Roles.Authorities.CONTRACTOR_MANAGER, Roles.Authorities.CONTRACTOR_HANDLER,
            Roles.Authorities.CONTRACTOR_STAFF, Roles.Authorities.RESIDENT})
    @Transactional(readOnly = true)
    public boolean pendingForMe() {
        PortalUser me = SignedIn.require();
        return Roles.RESIDENT.equals(me.role()) && !acknowledgedCurrent(me.id());
    }

    /** When the signed-in person acknowledged the current notice, if they have. */
    @Secured({Roles.Authorities.WARD_STAFF, Roles.Authorities.CONTRACTOR_MANAGER, Roles.Authorities.CONTRACTOR_HANDLER,
            Roles.Authorities.CONTRACTOR_STAFF, Roles.Authorities.RESIDENT})
    @Transactional(readOnly = true)
    public Optional<Instant> myAcknowledgement() {
        return acknowledgements.acknowledgedAt(SignedIn.require().id(), CURRENT_VERSION);
    }

    /**
     * Records that the signed-in resident read the current notice: account, version, time, and a
     * PURPOSE_NOTICE_ACKNOWLEDGED audit event. Acknowledging again changes nothing.
     */
    @Secured(Roles.Authorities.RESIDENT)
    public void acknowledge() {
        long me = SignedIn.require().id();
        if (acknowledgedCurrent(me)) {
            return;
        }
        acknowledgements.insert(me, CURRENT_VERSION, clock.instant());
        audit.record(AuditEntry.of(AuditAction.PURPOSE_NOTICE_ACKNOWLEDGED, "purpose_notice", CURRENT_VERSION, null));
    }

    public boolean acknowledgedCurrent(long accountId) {
        return acknowledgements.acknowledgedAt(accountId, CURRENT_VERSION).isPresent();
    }
}
