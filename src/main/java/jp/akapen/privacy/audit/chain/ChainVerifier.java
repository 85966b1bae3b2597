package jp.akapen.privacy.audit.chain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
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
 * <li>{@link Problem#KEYED_BEFORE_SWITCH}: an entry before the recorded switch-over is sealed under
 *     the key, so the switch-over record was moved later (to pass rewritten entries off as plain).</li>
 * </ol>
 * From the switch-over on ({@link Keying}) every hash must be the HMAC under the audit key (the
 * keyed form of {@link AuditChain}); before it, the plain SHA-256. Verification stops at the first
 * problem and says what {@link Proof proves} it. A chain cut short at its end still verifies: the
 * hash of the last entry must be compared with one kept elsewhere to catch that.
 */
public final class ChainVerifier {

    /** What is wrong with the entry {@link Result#firstBrokenSeq()} names. */
    public enum Problem {
        HASH_MISMATCH,
        PREVIOUS_HASH_MISMATCH,
        MISSING_ENTRY,
        OUT_OF_ORDER,
        KEYED_BEFORE_SWITCH
    }

    /** What shows that a break is real, and so what a rewrite would have had to defeat. */
    public enum Proof {
        /**
         * The broken entry lies at or after the switch-over and either fails its keyed hash or passes it
         * (so its own seq and previous hash are authentic): only a holder of the audit key could have
         * made the log look whole again.
         */
        KEY,
        /**
         * The break lies before the switch-over (or the log has none), among plain SHA-256 hashes that
         * anyone who can write the table could have recomputed; such a careful rewrite is instead found at
         * the switch-over entry, whose keyed hash covers the last plain hash.
         */
        CHAIN
    }

    /** From which seq the chain is keyed, and the key (held outside the database). */
    public record Keying(long fromSeq, AuditKey key) {

        public Keying {
            Objects.requireNonNull(key, "key");
        }
    }

    /**
     * @param intact         no problem was found
     * @param checked        how many entries were read, including the broken one if any
     * @param firstBrokenSeq the seq of the first bad entry, null when intact
     * @param problem        what is wrong with it, null when intact
     */
    public record Result(boolean intact, long checked, Long firstBrokenSeq, Problem problem, Proof proof) {

        /** A result without a keyed part (the plain chain). */
        public Result(boolean intact, long checked, Long firstBrokenSeq, Problem problem) {
            this(intact, checked, firstBrokenSeq, problem, intact ? null : Proof.CHAIN);
        }

        static Result intact(long checked) {
            return new Result(true, checked, null, null, null);
        }

        static Result broken(long checked, long seq, Problem problem, Proof proof) {
            return new Result(false, checked, seq, problem, proof);
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
        return verify(eventsInSeqOrder, firstSeq, previousHash, null);
    }

    /** Verifies a whole chain keyed from {@code keying.fromSeq()} on (null: plain throughout). */
    public static Result verify(Iterable<AuditEvent> eventsInSeqOrder, Keying keying) {
        return verify(eventsInSeqOrder, 1, AuditChain.GENESIS, keying);
    }

    /**
     * Verifies the part of a chain that starts at {@code firstSeq}, whose previous hash must be
     * {@code previousHash}, keyed from {@code keying.fromSeq()} on (null: plain throughout).
     */
    public static Result verify(Iterable<AuditEvent> eventsInSeqOrder, long firstSeq, String previousHash,
            Keying keying) {
        Objects.requireNonNull(previousHash, "previousHash");
        long expectedSeq = firstSeq;
        String expectedPrevious = previousHash;
        long checked = 0;
        for (AuditEvent event : eventsInSeqOrder) {
            checked++;
            long seq = event.seq();
            boolean keyed = keying != null && seq >= keying.fromSeq();
            if (seq < expectedSeq) {
                return Result.broken(checked, seq, Problem.OUT_OF_ORDER, proof(event, keyed, keying));
            }
            if (seq > expectedSeq) {
                return Result.broken(checked, seq, Problem.MISSING_ENTRY, proof(event, keyed, keying));
            }
            if (keyed ? !keyedHashMatches(event, keying.key()) : !plainHashMatches(event)) {
                if (!keyed && keying != null && keyedHashMatches(event, keying.key())) {
                    return Result.broken(checked, seq, Problem.KEYED_BEFORE_SWITCH, Proof.KEY);
                }
                return Result.broken(checked, seq, Problem.HASH_MISMATCH, keyed ? Proof.KEY : Proof.CHAIN);
            }
            if (!expectedPrevious.equals(event.previousHash())) {
                return Result.broken(checked, seq, Problem.PREVIOUS_HASH_MISMATCH, keyed ? Proof.KEY : Proof.CHAIN);
            }
            expectedSeq = seq + 1;
            expectedPrevious = event.hash();
        }
        return Result.intact(checked);
    }

    /** A gap or a step back proves something under the key only if the entry that shows it is authentic. */
    private static Proof proof(AuditEvent event, boolean keyed, Keying keying) {
        return keyed && keyedHashMatches(event, keying.key()) ? Proof.KEY : Proof.CHAIN;
    }

    private static boolean plainHashMatches(AuditEvent event) {
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

    private static boolean keyedHashMatches(AuditEvent event, AuditKey key) {
        if (event.previousHash() == null || event.hash() == null) {
            return false;
        }
        try {
            return MessageDigest.isEqual(
                    AuditChain.keyedHash(key, event.previousHash(), AuditChain.canonicalKeyed(event))
                            .getBytes(StandardCharsets.US_ASCII),
                    event.hash().getBytes(StandardCharsets.US_ASCII));
        } catch (IllegalArgumentException unserialisable) {
            return false;
        }
    }
}
