package jp.akapen.privacy.audit.chain;

import static jp.akapen.privacy.audit.chain.ChainVerifier.Problem.HASH_MISMATCH;
import static jp.akapen.privacy.audit.chain.ChainVerifier.Problem.MISSING_ENTRY;
import static jp.akapen.privacy.audit.chain.ChainVerifier.Problem.OUT_OF_ORDER;
import static jp.akapen.privacy.audit.chain.ChainVerifier.Problem.PREVIOUS_HASH_MISMATCH;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import jp.akapen.privacy.audit.chain.ChainVerifier.Problem;
import jp.akapen.privacy.audit.chain.ChainVerifier.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ChainVerifierTest {

    final List<AuditEvent> chain = Events.chain(10);

    static Result broken(long checked, long seq, Problem problem) {
        return new Result(false, checked, seq, problem);
    }

    @Test
    void an_untouched_chain_verifies() {
        assertThat(ChainVerifier.verify(chain)).isEqualTo(new Result(true, 10, null, null));
    }

    @Test
    void an_empty_chain_verifies_with_nothing_checked() {
        assertThat(ChainVerifier.verify(List.of())).isEqualTo(new Result(true, 0, null, null));
    }

    static Stream<Arguments> oneByteChanges() {
        return Stream.of(
                Arguments.of("actor id", (UnaryOperator<AuditEvent>) e -> Events.with(e, Events.Field.ACTOR_ID, e.actorId() + 1)),
                Arguments.of("actor id removed", (UnaryOperator<AuditEvent>) e -> Events.with(e, Events.Field.ACTOR_ID, null)),
                Arguments.of("role", (UnaryOperator<AuditEvent>) e -> Events.with(e, Events.Field.ACTOR_ROLE, "WARD_STAFF".equals(e.actorRole()) ? "WARD_STAFE" : "WARD_STAFF")),
                Arguments.of("microseconds", (UnaryOperator<AuditEvent>) e -> Events.with(e, Events.Field.AT, e.at().plusNanos(1_000))),
                Arguments.of("action", (UnaryOperator<AuditEvent>) e -> Events.with(e, Events.Field.ACTION, Events.oneCharChanged(e.action(), 3))),
                Arguments.of("object type", (UnaryOperator<AuditEvent>) e -> Events.with(e, Events.Field.OBJECT_TYPE, Events.oneCharChanged(e.objectType(), 0))),
                Arguments.of("object id", (UnaryOperator<AuditEvent>) e -> Events.with(e, Events.Field.OBJECT_ID, Events.oneCharChanged(e.objectId(), -1))),
                Arguments.of("one field name", (UnaryOperator<AuditEvent>) e -> Events.with(e, Events.Field.FIELDS, List.of("full_name", "furigana", "adress", "email"))),
                Arguments.of("one field name left out", (UnaryOperator<AuditEvent>) e -> Events.with(e, Events.Field.FIELDS, List.of("full_name", "furigana", "email"))),
                Arguments.of("field names reordered", (UnaryOperator<AuditEvent>) e -> Events.with(e, Events.Field.FIELDS, List.of("furigana", "full_name", "address", "email"))),
                Arguments.of("outcome", (UnaryOperator<AuditEvent>) e -> Events.with(e, Events.Field.OUTCOME, "DENIED")),
                Arguments.of("session hash", (UnaryOperator<AuditEvent>) e -> Events.with(e, Events.Field.SESSION_HASH, Events.oneCharChanged(e.sessionHash(), 63))),
                Arguments.of("client address", (UnaryOperator<AuditEvent>) e -> Events.with(e, Events.Field.CLIENT_ADDRESS, Events.oneCharChanged(e.clientAddress(), 2))),
                Arguments.of("previous hash", (UnaryOperator<AuditEvent>) e -> Events.with(e, Events.Field.PREVIOUS_HASH, Events.oneCharChanged(e.previousHash(), 10))),
                Arguments.of("hash", (UnaryOperator<AuditEvent>) e -> Events.with(e, Events.Field.HASH, Events.oneCharChanged(e.hash(), 20))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("oneByteChanges")
    void changing_one_byte_of_any_field_is_caught_at_that_entry(String what, UnaryOperator<AuditEvent> change) {
        var tampered = new ArrayList<>(chain);
        tampered.set(4, change.apply(chain.get(4)));  // seq 5: a ward staff read of four fields

        assertThat(tampered.get(4)).isNotEqualTo(chain.get(4));
        assertThat(ChainVerifier.verify(tampered)).isEqualTo(broken(5, 5, HASH_MISMATCH));
    }

    @Test
    void deleting_an_entry_is_reported_as_missing_at_the_next_seq() {
        var tampered = new ArrayList<>(chain);
        tampered.remove(3);  // seq 4

        assertThat(ChainVerifier.verify(tampered)).isEqualTo(broken(4, 5, MISSING_ENTRY));
    }

    @Test
    void deleting_the_first_entry_is_reported_as_missing_at_seq_2() {
        assertThat(ChainVerifier.verify(chain.subList(1, 10))).isEqualTo(broken(1, 2, MISSING_ENTRY));
    }

    @Test
    void deleting_an_entry_and_renumbering_the_rest_breaks_the_renumbered_entry() {
        var tampered = new ArrayList<>(chain.subList(0, 3));
        for (AuditEvent later : chain.subList(4, 10)) {
            tampered.add(Events.with(later, Events.Field.SEQ, later.seq() - 1));
        }
        assertThat(ChainVerifier.verify(tampered)).isEqualTo(broken(4, 4, HASH_MISMATCH));
    }

    @Test
    void an_entry_inserted_out_of_order_is_caught() {
        // a forged but well-sealed entry claiming seq 2, slipped in after seq 6
        var forged = AuditChain.seal(Events.with(chain.get(1), Events.Field.OUTCOME, "FAILED"), chain.get(0).hash());
        var tampered = new ArrayList<>(chain);
        tampered.add(6, forged);

        assertThat(ChainVerifier.verify(tampered)).isEqualTo(broken(7, 2, OUT_OF_ORDER));
    }

    @Test
    void an_entry_replayed_right_after_itself_is_caught() {
        var tampered = new ArrayList<>(chain);
        tampered.add(3, chain.get(2));

        assertThat(ChainVerifier.verify(tampered)).isEqualTo(broken(4, 3, OUT_OF_ORDER));
    }

    @Test
    void an_entry_replaced_by_a_forgery_sealed_to_its_predecessor_breaks_the_next_link() {
        var forged = AuditChain.seal(Events.with(Events.unsealed(4), Events.Field.OUTCOME, "FAILED"), chain.get(2).hash());
        var tampered = new ArrayList<>(chain);
        tampered.set(3, forged);

        assertThat(ChainVerifier.verify(tampered)).isEqualTo(broken(5, 5, PREVIOUS_HASH_MISMATCH));
    }

    @Test
    void swapping_the_seq_of_two_entries_is_caught_at_the_lower_one() {
        var second = chain.get(1);
        var sixth = chain.get(5);
        var tampered = new ArrayList<>(chain);
        tampered.set(1, Events.with(sixth, Events.Field.SEQ, 2L));
        tampered.set(5, Events.with(second, Events.Field.SEQ, 6L));

        assertThat(ChainVerifier.verify(tampered)).isEqualTo(broken(2, 2, HASH_MISMATCH));
    }

    @Test
    void swapping_two_entries_in_the_order_they_are_read_is_caught_at_the_first_of_them() {
        var tampered = new ArrayList<>(chain);
        tampered.set(1, chain.get(5));
        tampered.set(5, chain.get(1));

        assertThat(ChainVerifier.verify(tampered)).isEqualTo(broken(2, 6, MISSING_ENTRY));
    }

    @Test
    void swapping_two_neighbours_is_caught_at_the_first_of_them() {
        var tampered = new ArrayList<>(chain);
        tampered.set(2, chain.get(3));
        tampered.set(3, chain.get(2));

        assertThat(ChainVerifier.verify(tampered)).isEqualTo(broken(3, 4, MISSING_ENTRY));
    }

    @Test
    void resealing_an_entry_after_tampering_still_breaks_the_next_entrys_previous_hash_link() {
        var third = chain.get(2);
        var resealed = AuditChain.seal(Events.with(third, Events.Field.OUTCOME, "SUCCESS".equals(third.outcome()) ? "DENIED" : "SUCCESS"),
                third.previousHash());
        var tampered = new ArrayList<>(chain);
        tampered.set(2, resealed);

        assertThat(ChainVerifier.verify(tampered.subList(0, 3))).extracting(Result::intact).isEqualTo(true);
        assertThat(ChainVerifier.verify(tampered)).isEqualTo(broken(4, 4, PREVIOUS_HASH_MISMATCH));
    }

    @Test
    void a_first_entry_not_sealed_to_the_genesis_hash_is_caught() {
        var tampered = new ArrayList<>(chain);
        tampered.set(0, AuditChain.seal(chain.get(0), "1".repeat(64)));

        assertThat(ChainVerifier.verify(tampered)).isEqualTo(broken(1, 1, PREVIOUS_HASH_MISMATCH));
    }

    @Test
    void an_entry_whose_text_cannot_have_been_sealed_is_a_hash_mismatch_not_a_crash() {
        var tampered = new ArrayList<>(chain);
        tampered.set(6, Events.with(chain.get(6), Events.Field.OBJECT_ID, "\uD800"));
        tampered.set(7, Events.with(chain.get(7), Events.Field.PREVIOUS_HASH, null));

        assertThat(ChainVerifier.verify(tampered)).isEqualTo(broken(7, 7, HASH_MISMATCH));
        assertThat(ChainVerifier.verify(tampered.subList(7, 10), 8, chain.get(6).hash()))
                .isEqualTo(broken(1, 8, HASH_MISMATCH));
    }

    @Test
    void the_part_of_a_chain_after_a_known_entry_verifies_from_that_entrys_hash() {
        var rest = chain.subList(6, 10);

        assertThat(ChainVerifier.verify(rest, 7, chain.get(5).hash())).isEqualTo(new Result(true, 4, null, null));
        assertThat(ChainVerifier.verify(rest, 7, chain.get(4).hash())).isEqualTo(broken(1, 7, PREVIOUS_HASH_MISMATCH));
        assertThat(ChainVerifier.verify(rest, 6, chain.get(4).hash())).isEqualTo(broken(1, 7, MISSING_ENTRY));
    }

    @Test
    void a_chain_cut_short_at_its_end_still_verifies_so_the_last_hash_must_be_kept_elsewhere() {
        assertThat(ChainVerifier.verify(chain.subList(0, 7))).isEqualTo(new Result(true, 7, null, null));
    }

    @Test
    void the_verifier_reads_a_long_chain_once_as_it_streams_past() {
        int length = 200_000;
        var iterated = new AtomicBoolean();
        Iterable<AuditEvent> lazily = () -> {
            assertThat(iterated.getAndSet(true)).as("read a second time").isFalse();
            return new Iterator<>() {
                long seq;
                String previous = AuditChain.GENESIS;

                @Override
                public boolean hasNext() {
                    return seq < length;
                }

                @Override
                public AuditEvent next() {
                    if (!hasNext()) {
                        throw new NoSuchElementException();
                    }
                    var event = AuditChain.seal(Events.unsealed(++seq), previous);
                    previous = event.hash();
                    return seq == 150_000 ? Events.with(event, Events.Field.AT, Instant.EPOCH) : event;
                }
            };
        };

        assertThat(ChainVerifier.verify(lazily)).isEqualTo(broken(150_000, 150_000, HASH_MISMATCH));
    }
}
