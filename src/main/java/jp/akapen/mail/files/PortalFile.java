package jp.akapen.mail.files;

import java.time.Instant;
import java.util.Set;

/**
 * A file as its readers see it listed. {@code sourceFileId}: the file an encrypted zip was made from, or null.
 * {@code mayManage}: whether the reader may make a zip of it or revoke its links (the view shows only what it may).
 */
public record PortalFile(long id, String name, String mediaType, long sizeBytes, String sha256, long uploadedBy,
        Instant uploadedAt, Long sourceFileId, boolean encryptedZip, Set<Long> readerAccounts, Set<String> readerRoles,
        boolean mayManage) {

    public PortalFile {
        readerAccounts = Set.copyOf(readerAccounts);
        readerRoles = Set.copyOf(readerRoles);
    }
}
