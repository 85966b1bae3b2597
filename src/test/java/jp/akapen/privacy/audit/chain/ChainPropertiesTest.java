package jp.akapen.privacy.audit.chain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class ChainPropertiesTest {

    /** ASCII, kana and kanji, and the characters a naive format would split on. */
    static Arbitrary<String> texts(int maxLength) {
        return Arbitraries.strings().ascii().withCharRange('ぁ', 'ん').withCharRange('一', '龠')
                .withChars(',', ':', '=', '-', '\n', '[', ']', '"').ofMaxLength(maxLength);
    }

    static Arbitrary<String> maybe(Arbitrary<String> texts) {
        return texts.injectNull(0.2);
    }

    static Arbitrary<AuditEvent> unsealedEvents() {
        Arbitrary<Instant> at = Arbitraries.longs().between(946_684_800_000_000L, 4_102_444_799_999_999L)
                .map(micros -> Instant.EPOCH.plusNanos(micros * 1_000));
        Arbitrary<Long> actorId = Arbitraries.longs().injectNull(0.2);
        Arbitrary<String> action = Arbitraries.of("PERSONAL_DATA_READ", "PERSONAL_DATA_CHANGED", "EXPORT",
                "LOGIN_SUCCEEDED", "LOGIN_FAILED", "ACCESS_DENIED");
        Arbitrary<String> outcome = Arbitraries.of("SUCCESS", "DENIED", "FAILED");
        Arbitrary<List<String>> fields = texts(12).list().ofMaxSize(5).injectNull(0.2);
        var partial = Combinators.combine(at, actorId, maybe(texts(12)), action, maybe(texts(12)), maybe(texts(20)),
                fields, outcome).as(Partial::new);
        return Combinators.combine(partial, maybe(texts(64)), maybe(texts(20)))
                .as((p, sessionHash, clientAddress) -> AuditEvent.unsealed(0, p.at, p.actorId, p.actorRole, p.action,
                        p.objectType, p.objectId, p.fields, p.outcome, sessionHash, clientAddress));
    }

    record Partial(Instant at, Long actorId, String actorRole, String action, String objectType, String objectId,
            List<String> fields, String outcome) {
    }

    @Provide
    Arbitrary<List<AuditEvent>> chains() {
        return unsealedEvents().list().ofMinSize(1).ofMaxSize(12).map(ChainPropertiesTest::numberAndSeal);
    }

    static List<AuditEvent> numberAndSeal(List<AuditEvent> events) {
        var numbered = new ArrayList<AuditEvent>();
        for (int i = 0; i < events.size(); i++) {
            numbered.add(Events.with(events.get(i), Events.Field.SEQ, i + 1L));
        }
        return Events.sealInOrder(numbered);
    }

    @Property(tries = 500)
    void random_events_sealed_in_order_verify(@ForAll("chains") List<AuditEvent> chain) {
        assertThat(ChainVerifier.verify(chain))
                .isEqualTo(new ChainVerifier.Result(true, chain.size(), null, null));
    }

    @Property(tries = 2000)
    void any_change_to_one_field_of_one_entry_is_caught_at_that_entry(@ForAll("chains") List<AuditEvent> chain,
            @ForAll @IntRange(min = 0, max = 11) int entry, @ForAll Events.Field field, @ForAll int where) {
        int index = entry % chain.size();
        AuditEvent original = chain.get(index);
        AuditEvent changed = Events.with(original, field, changedValue(field, field.of(original), where));
        var tampered = new ArrayList<>(chain);
        tampered.set(index, changed);

        assertThat(changed).isNotEqualTo(original);
        var result = ChainVerifier.verify(tampered);
        assertThat(result.intact()).isFalse();
        // the entry as it stands: a changed seq is reported under its new number
        assertThat(result.firstBrokenSeq()).isEqualTo(changed.seq());
        assertThat(result.checked()).isEqualTo(index + 1);
    }

    /** A different value: one character changed, or null, empty, added, dropped, one step moved. */
    @SuppressWarnings("unchecked")
    static Object changedValue(Events.Field field, Object value, int where) {
        return switch (field) {
            case SEQ -> (Long) value + (where % 2 == 0 ? 1 : where % 3 == 0 ? -1 : Math.floorMod(where, 1000) + 1);
            case AT -> ((Instant) value).plusNanos(where % 2 == 0 ? 1_000 : -1_000);
            case ACTOR_ID -> changedId((Long) value, where);
            case FIELDS -> changedNames((List<String>) value, where);
            case ACTION, OUTCOME, PREVIOUS_HASH, HASH -> Events.oneCharChanged((String) value, where);
            default -> changedText((String) value, where);
        };
    }

    private static Long changedId(Long value, int where) {
        if (value == null) {
            return (long) where;
        }
        return where % 3 == 0 ? null : Long.valueOf(value ^ (1L << Math.floorMod(where, 64)));
    }

    private static String changedText(String value, int where) {
        if (value == null) {
            return "";
        }
        if (value.isEmpty()) {
            return where % 2 == 0 ? null : ",";
        }
        return where % 5 == 0 ? null : Events.oneCharChanged(value, where);
    }

    private static List<String> changedNames(List<String> names, int where) {
        if (names == null) {
            return List.of();
        }
        if (names.isEmpty()) {
            return where % 2 == 0 ? null : List.of("");
        }
        var changed = new ArrayList<>(names);
        int i = Math.floorMod(where, names.size());
        switch (Math.floorMod(where, 4)) {
            case 0 -> changed.remove(i);
            case 1 -> changed.add(i, "");
            default -> changed.set(i, changedText(names.get(i), where) == null ? names.get(i) + "x"
                    : changedText(names.get(i), where));
        }
        return changed;
    }
}
