package jp.akapen.privacy.audit;

/**
 * What a verification of the audit chain found (seed P4).
 *
 * @param checked   entries read
 * @param lastSeq   the last entry read, when intact; null for an empty log
 * @param lastHash  its hash, when intact
 * @param brokenSeq the first entry that is broken, missing or follows a missing one; null when intact
 * @param problem   what is wrong there; null when intact
 */
public record ChainReport(boolean intact, long checked, Long lastSeq, String lastHash, Long brokenSeq, Problem problem) {

    public enum Problem {
        /** The entry was changed: its hash is not that of its own content. */
        HASH_MISMATCH,
        /** The entry does not follow the one before it: an entry before it was changed and resealed, or replaced. */
        PREVIOUS_HASH_MISMATCH,
        /** One or more entries before this one are missing. */
        MISSING_ENTRY,
        /** The entry's seq is not above the one before it. */
        OUT_OF_ORDER,
        /** The log ends before the entry an earlier verification saw: entries were cut off its end. */
        CUT_SHORT,
        /** The entry an earlier verification saw holds another hash now: the chain was rewritten up to it. */
        CHECKPOINT_MISMATCH
    }
}
