package jp.akapen.privacy.audit.chain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import jp.akapen.privacy.audit.chain.ChainVerifier.Keying;
import jp.akapen.privacy.audit.chain.ChainVerifier.Problem;
import jp.akapen.privacy.audit.chain.ChainVerifier.Proof;
import jp.akapen.privacy.audit.chain.ChainVerifier.Result;
import org.junit.jupiter.api.Test;

/** The chain keyed from a switch-over entry on (seed P4, P11, issue 24): what a database administrator can no longer hide. */
class KeyedChainTest {

    static final AuditKey KEY = AuditKey.of(bytes(7));
    static final long SWITCH = 6;

    /** Entries 1..5 plain (as written before the portal had a key), 6..12 keyed. */
    final List<AuditEvent> chain = keyedFrom(SWITCH, 12, KEY);

    static byte[] bytes(int seed) {
        byte[] b = new byte[AuditKey.BYTES];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) (seed * 31 + i);
        }
        return b;
    }

    static List<AuditEvent> keyedFrom(long switchSeq, int n, AuditKey key) {
        var sealed = new ArrayList<AuditEvent>();
        String previous = AuditChain.GENESIS;
        for (long seq = 1; seq <= n; seq++) {
            AuditEvent e = seq < switchSeq ? AuditChain.seal(Events.unsealed(seq), previous)
                    : AuditChain.seal(Events.unsealed(seq), previous, key);
            sealed.add(e);
            previous = e.hash();
        }
        return sealed;
    }

    /** What someone with write access to the table does: changes entry {@code seq}, then recomputes every plain hash after it. */
    static List<AuditEvent> rewrittenWithPlainHashes(List<AuditEvent> chain, long seq, long upTo) {
        var out = new ArrayList<AuditEvent>();
        String previous = null;
        for (AuditEvent e : chain) {
            if (e.seq() < seq || e.seq() > upTo) {
                out.add(e);
                if (e.seq() < seq) {
                    previous = e.hash();
                }
                continue;
            }
            AuditEvent changed = e.seq() == seq ? Events.with(e, Events.Field.OUTCOME, "DENIED".equals(e.outcome()) ? "SUCCESS" : "DENIED") : e;
            AuditEvent resealed = AuditChain.seal(changed, previous);
            out.add(resealed);
            previous = resealed.hash();
        }
        return out;
    }

    @Test
    void a_chain_plain_before_the_switch_over_and_keyed_after_it_verifies_with_the_key() {
        assertThat(ChainVerifier.verify(chain, new Keying(SWITCH, KEY))).isEqualTo(new Result(true, 12, null, null, null));
    }

    @Test
    void keyed_hashes_are_not_the_plain_ones_so_the_old_verifier_would_not_accept_them() {
        assertThat(ChainVerifier.verify(chain).problem()).isEqualTo(Problem.HASH_MISMATCH);
        assertThat(ChainVerifier.verify(chain).firstBrokenSeq()).isEqualTo(SWITCH);
    }

    @Test
    void a_keyed_entry_rewritten_with_every_plain_hash_recomputed_after_it_is_caught_at_that_entry_by_the_key() {
        var tampered = rewrittenWithPlainHashes(chain, 9, 12);
        assertThat(ChainVerifier.verify(tampered.subList(8, 12), 9, chain.get(7).hash()).intact())
                .as("from the rewritten entry on, the plain hashes are whole again").isTrue();

        var result = ChainVerifier.verify(tampered, new Keying(SWITCH, KEY));

        assertThat(result).isEqualTo(new Result(false, 9, 9L, Problem.HASH_MISMATCH, Proof.KEY));
    }

    @Test
    void a_plain_entry_rewritten_with_the_plain_hashes_recomputed_up_to_the_switch_is_caught_at_the_switch_over_by_the_key() {
        var tampered = rewrittenWithPlainHashes(chain, 3, SWITCH - 1);

        var result = ChainVerifier.verify(tampered, new Keying(SWITCH, KEY));

        assertThat(result).isEqualTo(new Result(false, SWITCH, SWITCH, Problem.PREVIOUS_HASH_MISMATCH, Proof.KEY));
    }

    @Test
    void a_plain_entry_changed_without_recomputing_is_named_at_itself_and_only_the_chain_proves_it() {
        var tampered = new ArrayList<>(chain);
        tampered.set(2, Events.with(chain.get(2), Events.Field.OBJECT_ID, "forged"));

        var result = ChainVerifier.verify(tampered, new Keying(SWITCH, KEY));

        assertThat(result).isEqualTo(new Result(false, 3, 3L, Problem.HASH_MISMATCH, Proof.CHAIN));
    }

    @Test
    void a_switch_over_moved_later_to_pass_rewritten_entries_off_as_plain_is_caught_at_the_first_keyed_entry() {
        var tampered = rewrittenWithPlainHashes(chain, 9, 12);

        var result = ChainVerifier.verify(tampered, new Keying(10, KEY));

        assertThat(result).isEqualTo(new Result(false, SWITCH, SWITCH, Problem.KEYED_BEFORE_SWITCH, Proof.KEY));
    }

    @Test
    void another_key_opens_nothing_from_the_switch_over_on() {
        var result = ChainVerifier.verify(chain, new Keying(SWITCH, AuditKey.of(bytes(8))));

        assertThat(result).isEqualTo(new Result(false, SWITCH, SWITCH, Problem.HASH_MISMATCH, Proof.KEY));
    }

    @Test
    void a_deleted_keyed_entry_is_proved_by_the_key_of_the_entry_after_the_gap() {
        var tampered = new ArrayList<>(chain);
        tampered.remove(8); // seq 9

        var result = ChainVerifier.verify(tampered, new Keying(SWITCH, KEY));

        assertThat(result).isEqualTo(new Result(false, 9, 10L, Problem.MISSING_ENTRY, Proof.KEY));
    }

    @Test
    void the_key_shows_only_its_fingerprint() {
        assertThat(KEY.toString()).matches("AuditKey\\[fingerprint=[0-9a-f]{16}]");
        assertThat(AuditKey.of(bytes(7)).fingerprint()).isEqualTo(KEY.fingerprint());
        assertThat(AuditKey.of(bytes(8)).fingerprint()).isNotEqualTo(KEY.fingerprint());
    }
}
