package jp.akapen.privacy.erasure;

import java.time.Instant;
import java.util.List;

/**
 * What a cohort's erasure did, for the certificate (seed D2): who answers for it, the data key destroyed, each
 * category's count of records erased, start and end, and the SHA-256 of the manifest (the ledger's record ids, one
 * line per record, see {@link ErasureManifest}). No personal data. {@code reapplied} counts the times it was run again
 * because erased data came back (a restored backup).
 */
public record ErasureReport(long cohortId, ErasureState state, long operatorAccountId, Long validatorAccountId,
        String keyId, Instant requestedAt, Instant startedAt, Instant finishedAt, String manifestSha256, int reapplied,
        List<Step> steps) {

    public record Step(String category, boolean done, long erased) {
    }

    public long erased(String category) {
        return steps.stream().filter(s -> s.category().equals(category)).mapToLong(Step::erased).sum();
    }
}
