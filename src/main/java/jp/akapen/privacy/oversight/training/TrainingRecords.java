package jp.akapen.privacy.oversight.training;

import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the handler register asks of the training record before a designation (seed O3, P2): a person's last training
 * and how long one counts ({@code akapen.training.valid-for}, an ISO period, default P12M). It reveals no more than a
 * date per account id, so it asks nobody's role: the designating service has already checked its caller.
 */
@Component
@Transactional(readOnly = true)
public class TrainingRecords {

    private final TrainingRepository sessions;
    private final Period validFor;

    TrainingRecords(TrainingRepository sessions, @Value("${akapen.training.valid-for:P12M}") String validFor) {
        this.sessions = sessions;
        this.validFor = Period.parse(validFor);
        if (this.validFor.isNegative() || this.validFor.isZero()) {
            throw new IllegalArgumentException("akapen.training.valid-for must be a positive period: " + validFor);
        }
    }

    /** The person's last session held on or before {@code onOrBefore}. */
    public Optional<LocalDate> lastTrainedOn(long accountId, LocalDate onOrBefore) {
        return sessions.lastTrainedOn(accountId, onOrBefore);
    }

    public Period validFor() {
        return validFor;
    }
}
