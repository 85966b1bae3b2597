package jp.akapen.privacy.audit.chain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The hash chain of the audit log (seed P4): each entry's hash covers the previous entry's hash and
 * the entry's canonical form, so changing, removing or reordering an entry breaks the chain at that
 * entry or the next.
 *
 * <h2>Canonical form, version 1</h2>
 * The header line {@code akapen-audit-v1}, then one line per field in this fixed order, each
 * {@code "\n" + name + "=" + value}, with no trailing newline:
 * <pre>
 * seq, at, actor_id, actor_role, action, object_type, object_id, fields, outcome,
 * session_hash, client_address, previous_hash
 * </pre>
 * A scalar value is {@code -} for null, otherwise {@code <n>:<text>} where {@code n} is the number
 * of UTF-8 bytes of {@code text}. Numbers are written in decimal, {@code at} as ISO-8601 UTC with
 * exactly six fractional digits ({@code 2025-04-01T09:30:00.000000Z}). The {@code fields} list is
 * {@code -} for null, otherwise {@code [<count>]} followed by each name as {@code <n>:<text>}, in
 * order. Every value is length-prefixed, so the form reads back in exactly one way: null differs
 * from "", and {@code ["a,b"]} from {@code ["a","b"]}. Text holding an unpaired surrogate (which
 * UTF-8, and so the database, cannot hold) is refused rather than silently replaced.
 *
 * <p>Example:
 * <pre>
 * akapen-audit-v1
 * seq=1:7
 * at=27:2025-04-01T09:30:00.123456Z
 * actor_id=2:42
 * actor_role=10:WARD_STAFF
 * action=18:PERSONAL_DATA_READ
 * object_type=13:personal_data
 * object_id=1:9
 * fields=[2]9:full_name7:address
 * outcome=7:SUCCESS
 * session_hash=-
 * client_address=9:192.0.2.1
 * previous_hash=64:0000…0000
 * </pre>
 *
 * <p>{@code hash = lowercase hex SHA-256(UTF-8(previousHash + canonical))}; the first entry's
 * previous hash is {@link #GENESIS}. A new version of the form gets a new header and must keep
 * verifying entries sealed under the old one.
 *
 * <h2>Keyed form, version 2 (issue 24)</h2>
 * Whoever can write {@code audit_event} can recompute plain SHA-256 hashes, so from a recorded
 * switch-over entry on the chain is keyed: the canonical form is the same except that its header is
 * {@code akapen-audit-v2}, and {@code hash = lowercase hex HMAC-SHA256(auditKey, UTF-8(previousHash +
 * canonical))} under an {@link AuditKey} held outside the database. Entries before the switch-over keep
 * their plain v1 hashes; the first keyed entry's hash covers the last plain entry's hash, so the key
 * also vouches for every plain entry before it.
 */
public final class AuditChain {

    /** The previous hash of the first entry (seq 1): 64 zeros. */
    public static final String GENESIS = "0".repeat(64);

    /** Header of the canonical form; part of what is hashed. */
    public static final String VERSION = "akapen-audit-v1";

    /** Header of the keyed canonical form (HMAC under the audit key). */
    public static final String VERSION_KEYED = "akapen-audit-v2";

    private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");
    private static final DateTimeFormatter MICROS_UTC =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

    private AuditChain() {
    }

    /**
     * Every field of the event except {@code hash}, in the canonical form above.
     *
     * @throws IllegalArgumentException if a text holds an unpaired surrogate
     */
    public static String canonical(AuditEvent e) {
        return canonical(e, VERSION);
    }

    /** The keyed form: {@link #canonical(AuditEvent)} under the {@link #VERSION_KEYED} header. */
    public static String canonicalKeyed(AuditEvent e) {
        return canonical(e, VERSION_KEYED);
    }

    private static String canonical(AuditEvent e, String version) {
        var out = new StringBuilder(400).append(version);
        scalar(out, "seq", Long.toString(e.seq()));
        scalar(out, "at", instant(e.at()));
        scalar(out, "actor_id", e.actorId() == null ? null : e.actorId().toString());
        scalar(out, "actor_role", e.actorRole());
        scalar(out, "action", e.action());
        scalar(out, "object_type", e.objectType());
        scalar(out, "object_id", e.objectId());
        list(out, "fields", e.fields());
        scalar(out, "outcome", e.outcome());
        scalar(out, "session_hash", e.sessionHash());
        scalar(out, "client_address", e.clientAddress());
        scalar(out, "previous_hash", e.previousHash());
        return out.toString();
    }

    /** Lowercase hex SHA-256 over the UTF-8 bytes of {@code previousHash + canonical}. */
    public static String hash(String previousHash, String canonical) {
        Objects.requireNonNull(previousHash, "previousHash");
        Objects.requireNonNull(canonical, "canonical");
        try {
            var sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest((previousHash + canonical).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    /** Lowercase hex HMAC-SHA256 under the audit key over the UTF-8 bytes of {@code previousHash + canonical}. */
    public static String keyedHash(AuditKey key, String previousHash, String canonical) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(previousHash, "previousHash");
        Objects.requireNonNull(canonical, "canonical");
        return key.mac(previousHash + canonical);
    }

    /**
     * The event linked to its predecessor and sealed under the audit key (the keyed form above).
     *
     * @throws IllegalArgumentException as {@link #seal(AuditEvent, String)}
     */
    public static AuditEvent seal(AuditEvent unsealed, String previousHash, AuditKey key) {
        Objects.requireNonNull(key, "key");
        var linked = linked(unsealed, previousHash);
        return withHash(linked, keyedHash(key, previousHash, canonicalKeyed(linked)));
    }

    /**
     * The event linked to its predecessor: {@code previousHash} set and {@code hash} computed (any
     * hash the event had is replaced).
     *
     * @param previousHash the hash of the entry with {@code seq - 1}, or {@link #GENESIS} for seq 1
     * @throws IllegalArgumentException if {@code previousHash} is not 64 lowercase hex digits, or a
     *                                  text holds an unpaired surrogate
     */
    public static AuditEvent seal(AuditEvent unsealed, String previousHash) {
        var linked = linked(unsealed, previousHash);
        return withHash(linked, hash(previousHash, canonical(linked)));
    }

    private static AuditEvent linked(AuditEvent unsealed, String previousHash) {
        if (previousHash == null || !SHA256_HEX.matcher(previousHash).matches()) {
            throw new IllegalArgumentException("A previous hash is 64 lowercase hex digits, not " + previousHash);
        }
        return new AuditEvent(unsealed.seq(), unsealed.at(), unsealed.actorId(), unsealed.actorRole(),
                unsealed.action(), unsealed.objectType(), unsealed.objectId(), unsealed.fields(), unsealed.outcome(),
                unsealed.sessionHash(), unsealed.clientAddress(), previousHash, null);
    }

    private static AuditEvent withHash(AuditEvent linked, String hash) {
        return new AuditEvent(linked.seq(), linked.at(), linked.actorId(), linked.actorRole(), linked.action(),
                linked.objectType(), linked.objectId(), linked.fields(), linked.outcome(), linked.sessionHash(),
                linked.clientAddress(), linked.previousHash(), hash);
    }

    static String instant(Instant at) {
        return MICROS_UTC.format(at);
    }

    private static void scalar(StringBuilder out, String name, String value) {
        out.append('\n').append(name).append('=');
        text(out, value);
    }

    private static void list(StringBuilder out, String name, List<String> values) {
        out.append('\n').append(name).append('=');
        if (values == null) {
            out.append('-');
            return;
        }
        out.append('[').append(values.size()).append(']');
        for (String value : values) {
            text(out, Objects.requireNonNull(value, "a field name"));
        }
    }

    private static void text(StringBuilder out, String value) {
        if (value == null) {
            out.append('-');
            return;
        }
        out.append(utf8Length(value)).append(':').append(value);
    }

    private static int utf8Length(String s) {
        int bytes = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                bytes += 1;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                bytes += 4;
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new IllegalArgumentException("Text with an unpaired surrogate at index " + i
                        + " has no UTF-8 form and cannot be audited as it stands");
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }
}
