package jp.akapen.privacy.handlers;

import java.time.Clock;
import java.time.LocalDate;
import jp.akapen.shared.JapaneseDates;
import org.springframework.stereotype.Component;

/**
 * Whether a person is a designated handler (取扱者) today (seed P2, P3): a designation whose
 * period, in Tokyo days, includes today and which nobody has ended. The question every
 * personal-data read asks; it reads the register each time, so an ending counts from its commit.
 */
@Component
public class HandlerRegister {

    private final DesignationRepository designations;
    private final Clock clock;

    HandlerRegister(DesignationRepository designations, Clock clock) {
        this.designations = designations;
        this.clock = clock;
    }

    public boolean isActive(long accountId) {
        return designations.activeOn(accountId, today());
    }

    /** The ward's day, whatever the server's zone or the clock's. */
    LocalDate today() {
        return JapaneseDates.today(clock);
    }
}
