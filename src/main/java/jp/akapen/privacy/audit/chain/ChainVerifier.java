package jp.akapen.privacy.audit.chain;

import java.util.Objects;

/**
 * Recomputes the audit chain (seed P4) and names the first entry that is broken or follows a
 * missing one. It reads the events once, in the order given, and keeps only the last entry's seq
 * and hash, so a whole table can be streamed through it (e.g. a lazily fetched cursor ordered by
 * seq).
 *
 * <p>Each entry, in turn, is checked for:
 * <ol>
 * <li>{@link Problem#OUT_OF_ORDER}: its seq is not above the previous entry's (a duplicate, or an
 *     entry moved back);</li>
 * <li>{@link Problem#MISSING_ENTRY}: its seq skips one or more numbers; {@code firstBrokenSeq} is
 *     this entry's seq, the missing ones lie between the previous entry's seq and it;</li>
 * <li>{@link Problem#HASH_MISMATCH}: its hash is not the hash of its own previous hash and
 *     canonical form, so the entry itself was changed;</li>
 * <li>{@link Problem#PREVIOUS_HASH_MISMATCH}: its previous hash is not the previous entry's hash
 *     (or {@link AuditChain#GENESIS} for the first), so an entry before it was changed and
 *     resealed, replaced or removed.</li>
 * </ol>
 * Verification stops at the first problem. A chain cut short at its end still verifies: the hash
 * of the last entry must be compared with one kept elsewhere to catch that.
 */
public final class ChainVerifier {

    /** What is wrong with the entry {@link Result#firstBrokenSeq()} names. */
    public enum Problem {
        HASH_MISMATCH,
        PREVIOUS_HASH_MISMATCH,
        MISSING_ENTRY,
        OUT_OF_ORDER
    }

    /**
     * @param intact         no problem was found
     * @param checked        how many entries were read, including the broken one if any
     * @param firstBrokenSeq the seq of the first bad entry, null when intact
     * @param problem        what is wrong with it, null when intact
     */
    public record Result(boolean intact, long checked, Long firstBrokenSeq, Problem problem) {

        static Result intact(long checked) {
            return new Result(true, checked, null, null);
        }

        static Result broken(long checked, long seq, Problem problem) {
            return new Result(false, checked, seq, problem);
        }
    }

    private ChainVerifier() {
    }

    /** Verifies a whole chain: it starts at seq 1 with the {@link AuditChain#GENESIS} previous hash. */
    public static Result verify(Iterable<AuditEvent> eventsInSeqOrder) {
        return verify(eventsInSeqOrder, 1, AuditChain.GENESIS);
    }

    /**
     * Verifies the part of a chain that starts at {@code firstSeq}, whose previous hash must be
     * {@code previousHash} (the hash of entry {@code firstSeq - 1}, e.g. from an earlier run).
     */
    public static Result verify(Iterable<AuditEvent> eventsInSeqOrder, long firstSeq, String previousHash) {
        Objects.requireNonNull(previousHash, "previousHash");
        long expectedSeq = firstSeq;
        String expectedPrevious = previousHash;
        long checked = 0;
        for (AuditEvent event : eventsInSeqOrder) {
            checked++;
            long seq = event.seq();
            if (seq < expectedSeq) {
                return Result.broken(checked, seq, Problem.OUT_OF_ORDER);
            }
            if (seq > expectedSeq) {
                return Result.broken(checked, seq, Problem.MISSING_ENTRY);
            }
            if (!hashMatches(event)) {
                return Result.broken(checked, seq, Problem.HASH_MISMATCH);
            }
            if (!expectedPrevious.equals(event.previousHash())) {
                return Result.broken(checked, seq, Problem.PREVIOUS_HASH_MISMATCH);
            }
            expectedSeq = seq + 1;
            expectedPrevious = event.hash();
        }
        return Result.intact(checked);
    }

    private static boolean hashMatches(AuditEvent event) {
        if (event.previousHash() == null || event.hash() == null) {
            return false;
        }
        try {
            return AuditChain.hash(event.previousHash(), AuditChain.canonical(event)).equals(event.hash());
        } catch (IllegalArgumentException unserialisable) {
            // seal never produces such an entry, so it was changed after sealing
            return false;
        }
    }
}
