package jp.akapen.mail.rules;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * What a second person approves (seed E4; issue 12 item 4): the SHA-256 of a composed mail's recipients (account ids,
 * sorted, without repeats), subject, body and the SHA-256 of each attachment. Every field is length-prefixed, so no
 * two different mails share the input. The outbox stores it at approval; any change to what it covers gives another
 * hash, which voids the approval: the sender refuses a mail whose content no longer hashes to it.
 */
public final class ApprovalHash {

    private ApprovalHash() {
    }

    /** {@code attachmentSha256}: hex SHA-256 of each attachment (none yet: files go as portal links, E3). */
    public static String of(List<Long> recipients, String subject, String body, List<String> attachmentSha256) {
        var digest = sha256();
        var ids = recipients.stream().distinct().sorted().toList();
        field(digest, "recipients:" + ids.size());
        ids.forEach(id -> field(digest, Long.toString(id)));
        field(digest, "subject");
        field(digest, subject == null ? "" : subject);
        field(digest, "body");
        field(digest, body == null ? "" : body);
        var files = attachmentSha256.stream().sorted().toList();
        field(digest, "attachments:" + files.size());
        files.forEach(f -> field(digest, f.toLowerCase(java.util.Locale.ROOT)));
        return HexFormat.of().formatHex(digest.digest());
    }

    private static void field(MessageDigest digest, String value) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        digest.update((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
        digest.update(bytes);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
