package jp.akapen.privacy.audit.chain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuditChainTest {

    static AuditEvent event(String actorRole, String objectId, List<String> fields) {
        return AuditEvent.unsealed(7, Instant.parse("2025-04-01T09:30:00.123456Z"), 42L, actorRole,
                "PERSONAL_DATA_READ", "personal_data", objectId, fields, "SUCCESS", null, "192.0.2.1");
    }

    @Test
    void the_canonical_form_is_the_one_the_javadoc_shows() {
        var sealed = AuditChain.seal(event("WARD_STAFF", "9", List.of("full_name", "address")), AuditChain.GENESIS);

        assertThat(AuditChain.canonical(sealed)).isEqualTo("""
                akapen-audit-v1
                seq=1:7
                at=27:2025-04-01T09:30:00.123456Z
                actor_id=2:42
                actor_role=10:WARD_STAFF
                action=18:PERSONAL_DATA_READ
                object_type=13:personal_data
                object_id=1:9
                fields=[2]9:full_name7:address
                outcome=7:SUCCESS
                session_hash=-
                client_address=9:192.0.2.1
                previous_hash=64:""" + "0".repeat(64));
    }

    @Test
    void the_canonical_form_leaves_out_only_the_hash() {
        var sealed = AuditChain.seal(event("WARD_STAFF", "9", List.of("email")), AuditChain.GENESIS);
        var otherHash = new AuditEvent(sealed.seq(), sealed.at(), sealed.actorId(), sealed.actorRole(), sealed.action(),
                sealed.objectType(), sealed.objectId(), sealed.fields(), sealed.outcome(), sealed.sessionHash(),
                sealed.clientAddress(), sealed.previousHash(), "f".repeat(64));

        assertThat(AuditChain.canonical(otherHash)).isEqualTo(AuditChain.canonical(sealed));
        for (Events.Field field : Events.Field.values()) {
            if (field != Events.Field.HASH) {
                assertThat(AuditChain.canonical(Events.with(sealed, field, changed(field, field.of(sealed)))))
                        .as(field.name()).isNotEqualTo(AuditChain.canonical(sealed));
            }
        }
    }

    private static Object changed(Events.Field field, Object value) {
        return switch (field) {
            case SEQ -> 8L;
            case AT -> Instant.parse("2025-04-01T09:30:00.123457Z");
            case ACTOR_ID -> 43L;
            case FIELDS -> List.of("emaim");
            case SESSION_HASH -> "";
            default -> Events.oneCharChanged((String) value, 0);
        };
    }

    @Test
    void the_canonical_form_tells_null_from_an_empty_text() {
        assertThat(AuditChain.canonical(event(null, "9", null)))
                .isNotEqualTo(AuditChain.canonical(event("", "9", null)));
        assertThat(AuditChain.canonical(event("RESIDENT", null, null)))
                .isNotEqualTo(AuditChain.canonical(event("RESIDENT", "", null)));
        assertThat(AuditChain.canonical(event("RESIDENT", "9", null)))
                .isNotEqualTo(AuditChain.canonical(event("RESIDENT", "9", List.of())));
        assertThat(AuditChain.canonical(event("RESIDENT", "9", List.of())))
                .isNotEqualTo(AuditChain.canonical(event("RESIDENT", "9", List.of(""))));
    }

    @Test
    void the_canonical_form_tells_one_name_with_a_comma_from_two_names() {
        assertThat(AuditChain.canonical(event("RESIDENT", "9", List.of("a,b"))))
                .isNotEqualTo(AuditChain.canonical(event("RESIDENT", "9", List.of("a", "b"))));
        assertThat(AuditChain.canonical(event("RESIDENT", "9", List.of("ab", "c"))))
                .isNotEqualTo(AuditChain.canonical(event("RESIDENT", "9", List.of("a", "bc"))));
        assertThat(AuditChain.canonical(event("RESIDENT", "9", List.of("1:a"))))
                .isNotEqualTo(AuditChain.canonical(event("RESIDENT", "9", List.of("a"))));
    }

    @Test
    void the_canonical_form_keeps_the_order_of_the_field_names() {
        assertThat(AuditChain.canonical(event("RESIDENT", "9", List.of("address", "email"))))
                .isNotEqualTo(AuditChain.canonical(event("RESIDENT", "9", List.of("email", "address"))));
    }

    @Test
    void a_text_that_could_read_as_the_next_field_stays_inside_its_own() {
        // without length prefixes the first would read as object_id "9" followed by a null fields list
        String smuggled = AuditChain.canonical(event("RESIDENT", "9\nfields=-", List.of("x")));
        assertThat(smuggled).contains("object_id=10:9\nfields=-\nfields=[1]1:x");
        assertThat(smuggled).isNotEqualTo(AuditChain.canonical(event("RESIDENT", "9", List.of("x"))));
    }

    @Test
    void lengths_count_utf8_bytes_and_japanese_and_emoji_are_kept() {
        assertThat(AuditChain.canonical(event("区民", "𠮷🖋", List.of("住所"))))
                .contains("actor_role=6:区民")
                .contains("object_id=8:𠮷🖋")
                .contains("fields=[1]6:住所");
    }

    @Test
    void a_text_with_an_unpaired_surrogate_is_refused_rather_than_replaced() {
        assertThatThrownBy(() -> AuditChain.canonical(event("RESIDENT", "\uD842", null)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AuditChain.canonical(event("RESIDENT", "9", List.of("a\uDFB7"))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void times_are_utc_with_exactly_six_fractional_digits() {
        assertThat(AuditChain.instant(Instant.parse("2025-04-01T00:00:00Z"))).isEqualTo("2025-04-01T00:00:00.000000Z");
        var event = AuditEvent.unsealed(1, Instant.parse("2025-12-31T23:59:59.999999999Z"), null, null, "LOGIN_FAILED",
                null, null, null, "FAILED", null, null);
        assertThat(event.at()).isEqualTo(Instant.parse("2025-12-31T23:59:59.999999Z"));
        assertThat(AuditChain.canonical(event)).contains("\nat=27:2025-12-31T23:59:59.999999Z\n");
    }

    @Test
    void the_hash_is_lowercase_hex_sha256_of_the_previous_hash_and_the_canonical_form() {
        // FIPS 180-2 test vector: SHA-256("abc")
        assertThat(AuditChain.hash("ab", "c"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(AuditChain.GENESIS).hasSize(64).matches("0+");
    }

    @Test
    void sealing_sets_the_previous_hash_and_a_hash_over_it_and_the_canonical_form() {
        String previous = "0123456789abcdef".repeat(4);
        var sealed = AuditChain.seal(event("RESIDENT", "9", List.of("email")), previous);

        assertThat(sealed.previousHash()).isEqualTo(previous);
        assertThat(sealed.hash()).matches("[0-9a-f]{64}")
                .isEqualTo(AuditChain.hash(previous, AuditChain.canonical(sealed)));
        assertThat(AuditChain.seal(sealed, AuditChain.GENESIS).hash()).isNotEqualTo(sealed.hash());
    }

    @Test
    void sealing_refuses_a_previous_hash_that_is_not_64_lowercase_hex_digits() {
        var event = event("RESIDENT", "9", null);
        for (String bad : Arrays.asList(null, "", "0".repeat(63), "A".repeat(64), "g".repeat(64), "0".repeat(65))) {
            assertThatThrownBy(() -> AuditChain.seal(event, bad)).as(String.valueOf(bad))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void the_field_names_are_copied_so_a_later_change_to_the_callers_list_cannot_reach_the_event() {
        var names = new java.util.ArrayList<>(List.of("email"));
        var event = event("RESIDENT", "9", names);
        names.add("address");
        assertThat(event.fields()).containsExactly("email");
    }
}
