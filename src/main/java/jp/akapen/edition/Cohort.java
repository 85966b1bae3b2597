package jp.akapen.edition;

import java.time.LocalDate;
import java.util.List;

/**
 * One year's contract: its term, the contractor, and the residents recruited that year.
 *
 * @param fiscalYear the Gregorian year the fiscal year starts in (2021 = 令和3年度)
 */
public record Cohort(long id, int fiscalYear, LocalDate termStart, LocalDate termEnd, String contractor,
        List<Member> residents) {

    /** A resident of the cohort, by pen name. */
    public record Member(long id, String penName) {
    }
}
