package jp.akapen.privacy.audit;

/**
 * What a verification of the audit chain found (seed P4).
 *
 * @param checked   entries read
 * @param lastSeq   the last entry read, when intact; null for an empty log
 * @param lastHash  its hash, when intact
 * @param brokenSeq the first entry that is broken, missing or follows a missing one; null when intact
 * @param problem   what is wrong there; null when intact
 * @param proof     what shows the break is real; null when intact
 * @param keyedFromSeq the first entry sealed under the audit key; null while the log is not keyed
 */
public record ChainReport(boolean intact, long checked, Long lastSeq, String lastHash, Long brokenSeq, Problem problem,
        Proof proof, Long keyedFromSeq) {

    /** What shows that a break is real (issue 24). */
    public enum Proof {
        /** The audit key: the entry lies in the keyed part, where only the key's holder could reseal it. */
        KEY,
        /**
         * Only the plain chain, before the switch-over: a rewrite that recomputed the plain hashes would not show
         * here but at the switch-over entry, which the key seals.
         */
        CHAIN,
        /** A checkpoint kept outside the log (the last verification's, or one ward staff downloaded and kept). */
        CHECKPOINT
    }

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
        CHECKPOINT_MISMATCH,
        /** The entry lies before the recorded switch-over but is sealed under the key: the switch-over was moved. */
        KEYED_BEFORE_SWITCH
    }
}
