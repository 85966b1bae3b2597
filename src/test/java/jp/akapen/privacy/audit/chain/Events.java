package jp.akapen.privacy.audit.chain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Sealed audit chains for the tests. */
final class Events {

    static final Instant START = Instant.parse("2025-04-01T00:30:00.123456789Z");

    private Events() {
    }

    /** The n-th event of a plausible day: reads, a change, an export, logins and a refusal. */
    static AuditEvent unsealed(long seq) {
        Instant at = START.plusSeconds(seq * 7).plusNanos(seq * 1_001);
        return switch ((int) (seq % 5)) {
            case 0 -> AuditEvent.unsealed(seq, at, 3L, "WARD_STAFF", "PERSONAL_DATA_READ", "personal_data",
                    Long.toString(100 + seq), List.of("full_name", "furigana", "address", "email"), "SUCCESS",
                    "a".repeat(64), "192.0.2.10");
            case 1 -> AuditEvent.unsealed(seq, at, null, null, "LOGIN_FAILED", "account", "resident" + seq, null,
                    "FAILED", null, "2001:db8::1");
            case 2 -> AuditEvent.unsealed(seq, at, 100 + seq, "RESIDENT", "PERSONAL_DATA_CHANGED", "personal_data",
                    Long.toString(100 + seq), List.of("address"), "SUCCESS", "b".repeat(64), "198.51.100.7");
            case 3 -> AuditEvent.unsealed(seq, at, 5L, "CONTRACTOR_HANDLER", "ACCESS_DENIED", "personal_data",
                    "999", List.of(), "DENIED", "c".repeat(64), "203.0.113.99");
            default -> AuditEvent.unsealed(seq, at, 3L, "WARD_STAFF", "EXPORT", "cohort", "2025",
                    List.of("full_name", "email"), "SUCCESS", "d".repeat(64), "192.0.2.10");
        };
    }

    /** Entries 1..n, sealed in order from the genesis hash. */
    static List<AuditEvent> chain(int n) {
        var unsealed = new ArrayList<AuditEvent>();
        for (long seq = 1; seq <= n; seq++) {
            unsealed.add(unsealed(seq));
        }
        return sealInOrder(unsealed);
    }

    static List<AuditEvent> sealInOrder(List<AuditEvent> unsealed) {
        var sealed = new ArrayList<AuditEvent>();
        String previous = AuditChain.GENESIS;
        for (AuditEvent event : unsealed) {
            AuditEvent s = AuditChain.seal(event, previous);
            sealed.add(s);
            previous = s.hash();
        }
        return sealed;
    }

    static AuditEvent with(AuditEvent e, Field field, Object value) {
        return new AuditEvent(
                field == Field.SEQ ? (Long) value : e.seq(),
                field == Field.AT ? (Instant) value : e.at(),
                field == Field.ACTOR_ID ? (Long) value : e.actorId(),
                field == Field.ACTOR_ROLE ? (String) value : e.actorRole(),
                field == Field.ACTION ? (String) value : e.action(),
                field == Field.OBJECT_TYPE ? (String) value : e.objectType(),
                field == Field.OBJECT_ID ? (String) value : e.objectId(),
                field == Field.FIELDS ? castList(value) : e.fields(),
                field == Field.OUTCOME ? (String) value : e.outcome(),
                field == Field.SESSION_HASH ? (String) value : e.sessionHash(),
                field == Field.CLIENT_ADDRESS ? (String) value : e.clientAddress(),
                field == Field.PREVIOUS_HASH ? (String) value : e.previousHash(),
                field == Field.HASH ? (String) value : e.hash());
    }

    @SuppressWarnings("unchecked")
    private static List<String> castList(Object value) {
        return (List<String>) value;
    }

    enum Field {
        SEQ, AT, ACTOR_ID, ACTOR_ROLE, ACTION, OBJECT_TYPE, OBJECT_ID, FIELDS, OUTCOME, SESSION_HASH,
        CLIENT_ADDRESS, PREVIOUS_HASH, HASH;

        Object of(AuditEvent e) {
            return switch (this) {
                case SEQ -> e.seq();
                case AT -> e.at();
                case ACTOR_ID -> e.actorId();
                case ACTOR_ROLE -> e.actorRole();
                case ACTION -> e.action();
                case OBJECT_TYPE -> e.objectType();
                case OBJECT_ID -> e.objectId();
                case FIELDS -> e.fields();
                case OUTCOME -> e.outcome();
                case SESSION_HASH -> e.sessionHash();
                case CLIENT_ADDRESS -> e.clientAddress();
                case PREVIOUS_HASH -> e.previousHash();
                case HASH -> e.hash();
            };
        }
    }

    /** The text with one character changed (so at least one UTF-8 byte differs). */
    static String oneCharChanged(String text, int at) {
        int i = Math.floorMod(at, text.length());
        char c = text.charAt(i);
        char other = Character.isSurrogate(c) || c == 'x' ? 'y' : 'x';
        if (Character.isHighSurrogate(c) && i + 1 < text.length()) {
            return text.substring(0, i) + other + text.substring(i + 2);
        }
        if (Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(text.charAt(i - 1))) {
            return text.substring(0, i - 1) + other + text.substring(i + 1);
        }
        return text.substring(0, i) + other + text.substring(i + 1);
    }
}
