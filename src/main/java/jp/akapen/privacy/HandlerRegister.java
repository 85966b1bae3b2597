package jp.akapen.privacy;

import java.time.Clock;
import java.time.LocalDate;
import jp.akapen.shared.JapaneseDates;
import org.springframework.stereotype.Component;

/**
 * Whether a person is a designated handler (取扱者) today (seed P2, P3): a designation whose
 * period, in Tokyo days, includes today. The question every personal-data read asks.
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

    LocalDate today() {
        return LocalDate.now(clock.withZone(JapaneseDates.ZONE));
    }
}
