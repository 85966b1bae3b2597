package jp.akapen.privacy.audit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Consumer;
import jp.akapen.privacy.audit.chain.AuditKey;
import jp.akapen.privacy.vault.crypto.OwnerOnlyFiles;

/**
 * Where the audit chain's key comes from (seed P4, P11, issue 24), in the vault master key's order: the key file
 * {@code akapen.audit.key-file}, else the base64 key {@code akapen.audit.key}, else, in demo mode only, a key
 * generated once into {@code demoKeyFile}. Outside demo mode a missing key stops start-up.
 *
 * <p>A key of its own rather than one derived from the vault's master key: the master key is rotated (and an old
 * one destroyed after an erasure, README "Backups"), while the audit key must verify the log for as long as the
 * log is kept, which outlives every erasure.
 */
record AuditKeySource(String keyFile, String base64, boolean demo, Path demoKeyFile) {

    static final String MISSING = "No audit key is configured. Set akapen.audit.key-file (environment "
            + "AKAPEN_AUDIT_KEY_FILE) to a file holding a 256-bit key in base64, made e.g. with "
            + "'openssl rand -base64 32 > audit.key && chmod 600 audit.key', or akapen.audit.key (AKAPEN_AUDIT_KEY) to "
            + "the base64 itself. Keep it outside the database and its backups, and keep it as long as the audit log: "
            + "without it the log's keyed part cannot be verified.";

    private static final Set<PosixFilePermission> TOO_OPEN = EnumSet.of(
            PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_WRITE,
            PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE);

    /** @param log told where the key came from (never the key; the fingerprint at most) */
    AuditKey load(Consumer<String> log) {
        if (keyFile != null && !keyFile.isBlank()) {
            AuditKey key = fromFile(Path.of(keyFile.strip()));
            log.accept("Audit key from file " + keyFile.strip() + ", fingerprint " + key.fingerprint());
            return key;
        }
        if (base64 != null && !base64.isBlank()) {
            AuditKey key = fromBase64(base64, "akapen.audit.key");
            log.accept("Audit key from configuration, fingerprint " + key.fingerprint());
            return key;
        }
        if (!demo) {
            throw new IllegalStateException(MISSING);
        }
        if (!Files.exists(demoKeyFile)) {
            try {
                writeNewKeyFile(demoKeyFile);
                log.accept("Demo mode: generated an audit key in " + demoKeyFile
                        + ". Not for a real installation: configure akapen.audit.key-file instead.");
            } catch (FileAlreadyExistsException otherProcessWasFirst) {
                // use theirs, so both seal under the same key
            }
        }
        AuditKey key = fromFile(demoKeyFile);
        log.accept("Demo mode: audit key from " + demoKeyFile + ", fingerprint " + key.fingerprint());
        return key;
    }

    static AuditKey fromBase64(String base64, String where) {
        byte[] decoded;
        try {
            decoded = Base64.getDecoder().decode(base64.replaceAll("\\s", ""));
        } catch (IllegalArgumentException e) {
            // no cause: the decoder's message quotes a character of the key
            throw new IllegalStateException("The audit key in " + where + " is not valid base64.");
        }
        try {
            return AuditKey.of(decoded);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("The audit key in " + where + ": " + e.getMessage());
        } finally {
            Arrays.fill(decoded, (byte) 0);
        }
    }

    /** A key file must be the service user's alone ({@code chmod 600}), as the vault's master key file. */
    static AuditKey fromFile(Path file) {
        byte[] content;
        try {
            PosixFileAttributeView posix = Files.getFileAttributeView(file, PosixFileAttributeView.class);
            if (posix != null) {
                Set<PosixFilePermission> open = EnumSet.noneOf(PosixFilePermission.class);
                open.addAll(posix.readAttributes().permissions());
                open.retainAll(TOO_OPEN);
                if (!open.isEmpty()) {
                    throw new IllegalStateException("Audit key file " + file + " is accessible to group or others; "
                            + "only the account that runs Akapen may read it. Run: chmod 600 " + file);
                }
            }
            if (Files.size(file) > 1024) {
                throw new IllegalStateException("Audit key file " + file + " is too large to be a key file (expected "
                        + "one line of base64).");
            }
            content = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new IllegalStateException("Audit key file " + file + " does not exist.");
        } catch (IOException e) {
            throw new IllegalStateException("Audit key file " + file + " cannot be read: " + e.getMessage(), e);
        }
        try {
            return fromBase64(new String(content, StandardCharsets.US_ASCII), "file " + file);
        } finally {
            Arrays.fill(content, (byte) 0);
        }
    }

    /** Creates the file readable by its owner only, in one step, with a new random key; never overwrites. */
    static void writeNewKeyFile(Path file) throws FileAlreadyExistsException {
        byte[] key = new byte[AuditKey.BYTES];
        new SecureRandom().nextBytes(key);
        byte[] content = (Base64.getEncoder().encodeToString(key) + "\n").getBytes(StandardCharsets.US_ASCII);
        Arrays.fill(key, (byte) 0);
        try {
            OwnerOnlyFiles.createNew(file, content);
        } catch (FileAlreadyExistsException e) {
            throw e;
        } catch (IOException e) {
            throw new IllegalStateException("Audit key file " + file + " cannot be written: " + e.getMessage(), e);
        } finally {
            Arrays.fill(content, (byte) 0);
        }
    }
}
