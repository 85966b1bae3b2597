package jp.akapen.edition;

/**
 * A resident joined a cohort after it was formed, published inside the joining transaction: the privacy area seals
 * their personal data under the cohort's key, as for {@link CohortFormed}; the lecture area invites them to the
 * cohort's upcoming sessions (issue 13).
 */
public record ResidentJoinedCohort(long cohortId, int fiscalYear, long residentId) {
}
