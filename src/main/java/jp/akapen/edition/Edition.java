package jp.akapen.edition;

import java.time.LocalDate;
import java.util.Map;
import jp.akapen.edition.progress.MilestoneKind;

/**
 * An edition (号) of a cohort with its schedule.
 *
 * @param deliveredOn the 納品日 the contractor manager reported, null before
 * @param deliveryConfirmed whether the ward confirmed that delivery
 */
public record Edition(long id, long cohortId, int fiscalYear, int number, String title,
        Map<MilestoneKind, LocalDate> milestones, LocalDate deliveredOn, boolean deliveryConfirmed) {

    /** The delivery date once the ward confirmed it, else null: what the stages go by. */
    public LocalDate confirmedDelivery() {
        return deliveryConfirmed ? deliveredOn : null;
    }
}
