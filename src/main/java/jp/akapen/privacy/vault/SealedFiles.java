package jp.akapen.privacy.vault;

import java.util.Optional;
import jp.akapen.privacy.audit.AuditAction;
import jp.akapen.privacy.audit.AuditEntry;
import jp.akapen.privacy.audit.AuditTrail;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Files in the portal at rest (issue 12 item 5; seed E3, P1, P4, P11): a file may hold personal data, so its bytes
 * are sealed here under a data key of the file's own, and each download is written to the audit log with the
 * file's SHA-256, the audit log's one way to name what left. Who may read a file is decided by its owner, the mail
 * area's files ({@code jp.akapen.mail.files}, the only caller: an ArchitectureTest rule); this class does not ask.
 */
@Service
public class SealedFiles {

    /** How the audit log names a file: its SHA-256 in hex is the object id. */
    public static final String OBJECT_TYPE = "file";

    /** The parts of a file that are sealed, each bound into its own tag. */
    public static final String CONTENT = "content";
    public static final String ZIP_PASSWORD = "zip_password";

    private final Vault vault;
    private final AuditTrail audit;

    SealedFiles(Vault vault, AuditTrail audit) {
        this.vault = vault;
        this.audit = audit;
    }

    @Transactional
    public byte[] seal(long fileId, String part, byte[] plaintext) {
        return vault.sealFile(fileId, part, plaintext);
    }

    /**
     * The content for a download, with one FILE_DOWNLOADED event for the signed-in reader in the caller's
     * transaction; empty (and nothing logged) when the file's key was destroyed.
     */
    @Transactional
    public Optional<byte[]> openForDownload(long fileId, String sha256, byte[] sealed) {
        var opened = vault.openFile(fileId, CONTENT, sealed);
        opened.ifPresent(bytes -> audit.record(AuditEntry.of(AuditAction.FILE_DOWNLOADED, OBJECT_TYPE, sha256, null)));
        return opened;
    }

    /** A small secret of the file shown to its reader in the portal (the zip's password); not personal data. */
    @Transactional(readOnly = true)
    public Optional<byte[]> openSecret(long fileId, String part, byte[] sealed) {
        if (CONTENT.equals(part)) {
            throw new IllegalArgumentException("The content is opened only for an audited download");
        }
        return vault.openFile(fileId, part, sealed);
    }

    /** A refused download, logged in a transaction of its own so it stays whatever the caller does next (P4). */
    public void refused(String sha256) {
        audit.recordDenied(AuditEntry.of(AuditAction.ACCESS_DENIED, OBJECT_TYPE, sha256, null));
    }
}
