package jp.akapen.mail;

import java.util.ArrayList;
import java.util.List;
import jp.akapen.account.WorkAddresses;
import jp.akapen.mail.rules.Recipient;
import jp.akapen.privacy.vault.DeliveryAddresses;
import jp.akapen.shared.Roles;
import org.springframework.stereotype.Component;

/**
 * Turns a message's account ids into addresses at the moment it is built (DESIGN.md: asked for, never written
 * down): a resident's from the privacy vault through its audited system path, one PERSONAL_DATA_READ per resident
 * per attempt; a staff member's work address from their account. A missing address stays null, for the builder to
 * refuse the whole message. Call inside a transaction (the audit entry joins it).
 */
@Component
class RecipientAddresses {

    private final WorkAddresses accounts;
    private final DeliveryAddresses vault;

    RecipientAddresses(WorkAddresses accounts, DeliveryAddresses vault) {
        this.accounts = accounts;
        this.vault = vault;
    }

    List<Recipient> resolve(List<Long> accountIds) {
        var known = accounts.addressees(accountIds);
        List<Recipient> recipients = new ArrayList<>();
        for (long id : accountIds) {
            var who = known.get(id);
            if (who == null || !who.enabled()) {
                recipients.add(new Recipient(id, Recipient.Kind.STAFF, null));
            } else if (Roles.RESIDENT.equals(who.role())) {
                recipients.add(new Recipient(id, Recipient.Kind.RESIDENT, vault.emailForDelivery(id).orElse(null)));
            } else {
                recipients.add(new Recipient(id, Recipient.Kind.STAFF, who.email()));
            }
        }
        return recipients;
    }
}
