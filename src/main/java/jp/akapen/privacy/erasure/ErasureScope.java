package jp.akapen.privacy.erasure;

import java.util.List;
import java.util.OptionalInt;

/**
 * What an eraser needs to find a cohort's records: the cohort, its residents as the privacy area learnt them, the
 * fiscal year of the cohort (empty for a cohort without residents) and the fiscal years of the other cohorts whose
 * data is still kept (a handler designation that also serves one of them stays), and who answers for the erasure.
 */
public record ErasureScope(long cohortId, List<Long> residentIds, OptionalInt fiscalYear,
        List<Integer> otherKeptFiscalYears, long operatorAccountId) {

    public ErasureScope {
        residentIds = List.copyOf(residentIds);
        otherKeptFiscalYears = List.copyOf(otherKeptFiscalYears);
    }
}
