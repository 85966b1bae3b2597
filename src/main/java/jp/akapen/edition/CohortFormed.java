package jp.akapen.edition;

import java.time.LocalDate;
import java.util.List;

/**
 * A cohort was created with these residents, published inside the creating transaction. The
 * privacy area moves each resident's personal data under the cohort's data key then, so that
 * destroying that key later erases all of it (seed P11, D1), and keeps the term's end, which
 * starts the retention period if the last edition is not delivered before it (D1).
 */
public record CohortFormed(long cohortId, int fiscalYear, List<Long> residentIds, LocalDate termEnd) {

    public CohortFormed {
        residentIds = List.copyOf(residentIds);
    }
}
