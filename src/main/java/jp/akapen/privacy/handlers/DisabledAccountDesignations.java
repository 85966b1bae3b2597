package jp.akapen.privacy.handlers;

import java.time.LocalDate;
import jp.akapen.account.AccountDisabled;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A disabled account holds no designation (issue 24; seed P2): its active one ends, and an upcoming
 * one is withdrawn, in the disabling transaction, recorded as ended by whoever disabled the account,
 * audited and reported to the ward like an ending by hand. The register keeps the rows.
 */
@Component
class DisabledAccountDesignations {

    private final DesignationRepository designations;
    private final HandlerRegister register;
    private final DesignationEnding ending;

    DisabledAccountDesignations(DesignationRepository designations, HandlerRegister register, DesignationEnding ending) {
        this.designations = designations;
        this.register = register;
        this.ending = ending;
    }

    @EventListener
    void accountDisabled(AccountDisabled disabled) {
        LocalDate today = register.today();
        for (Designation designation : designations.lockAllOf(disabled.accountId())) {
            if (designation.statusOn(today) != DesignationStatus.ENDED) {
                ending.end(designation, disabled.by());
            }
        }
    }
}
