package jp.akapen.edition;

import java.time.LocalDate;

/**
 * The ward confirmed an edition's delivery (納品). The privacy area starts the retention timer
 * for the cohort's personal data from the last edition's delivery.
 *
 * @param lastOfCohort whether every edition of the cohort is now delivered
 */
public record EditionDelivered(long editionId, long cohortId, LocalDate deliveredOn, boolean lastOfCohort) {
}
