package jp.akapen.privacy.vault;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import jp.akapen.privacy.audit.AuditAction;
import jp.akapen.privacy.audit.AuditActor;
import jp.akapen.privacy.audit.AuditEntry;
import jp.akapen.privacy.audit.AuditTrail;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audited system path to a resident's email address for delivering a mail (seed P1, P4; issue 12 item 1). No
 * person is signed in when the outbox's sender runs, so this does not ask who reads: its only caller is the mail
 * area's sender ({@code jp.akapen.mail}, an ArchitectureTest rule), which asks at the moment a message is built and
 * never stores the answer. Each call writes one PERSONAL_DATA_READ event for the resident's {@code email}, actor
 * {@value #ACTOR_ROLE}, in the caller's transaction.
 */
@Service
public class DeliveryAddresses {

    /** How the audit log names the sender, which is no person. */
    public static final String ACTOR_ROLE = "SYSTEM_MAIL";

    private final Vault vault;
    private final AuditTrail audit;

    DeliveryAddresses(Vault vault, AuditTrail audit) {
        this.vault = vault;
        this.audit = audit;
    }

    /** The resident's email as the vault holds it; empty when there is none or their cohort's key was destroyed. */
    @Transactional
    public Optional<String> emailForDelivery(long residentId) {
        var opened = vault.open(residentId, EnumSet.of(PersonalData.Field.EMAIL));
        audit.record(AuditEntry.of(AuditAction.PERSONAL_DATA_READ, PersonalDataService.OBJECT_TYPE, residentId,
                List.of(PersonalData.Field.EMAIL.column())), new AuditActor(null, ACTOR_ROLE));
        return opened.data() == null ? Optional.empty() : Optional.ofNullable(opened.data().email());
    }
}
