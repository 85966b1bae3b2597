package jp.akapen.privacy.vault.crypto;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Set;
import javax.security.auth.Destroyable;

/**
 * The 256-bit AES key that wraps every cohort's {@link DataKey} (seed P1, P5, P11). It never lives in the
 * database: it comes from configuration or a key file (see the package documentation), so a copy of the database
 * or of its backups alone reveals no personal data.
 *
 * <p>{@link #toString()} shows only the {@link #fingerprint()}; {@link #toBase64()} exists only to write a newly
 * generated key file.
 */
public final class MasterKey implements Destroyable {

    /** Bits that make a key file unsafe: anyone but the owner may read it, or replace it with a key they know. */
    private static final Set<PosixFilePermission> TOO_OPEN = EnumSet.of(
            PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_WRITE,
            PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE);

    /** A key file is one line of base64 (44 characters); anything much larger is the wrong file. */
    private static final long MAX_FILE_BYTES = 1024;

    private final byte[] key;
    private final String fingerprint;
    private boolean destroyed;

    private MasterKey(byte[] key) {
        if (key.length != Aes.KEY_BYTES) {
            int length = key.length;
            Arrays.fill(key, (byte) 0);
            throw new VaultException("The master key must be " + Aes.KEY_BYTES + " bytes (256 bits, 44 base64 "
                    + "characters); this one is " + length + " bytes.");
        }
        this.key = key;
        this.fingerprint = fingerprintOf(key);
    }

    /** A key given as base64 (whitespace ignored), e.g. from the property or environment variable. */
    public static MasterKey fromBase64(String base64) {
        if (base64 == null || base64.isBlank()) {
            throw new VaultException("No master key given (empty value).");
        }
        byte[] decoded;
        try {
            decoded = Base64.getDecoder().decode(base64.replaceAll("\\s", ""));
        } catch (IllegalArgumentException e) {
            // no cause: the decoder's message quotes a character of the key
            throw new VaultException("The master key is not valid base64.");
        }
        return new MasterKey(decoded);
    }

    /**
     * A key from a file holding its base64. On POSIX file systems the file must not be readable or writable by
     * group or others ({@code chmod 600}); elsewhere the operating system's access control is relied on.
     */
    public static MasterKey fromFile(Path file) {
        Objects.requireNonNull(file, "file");
        byte[] content;
        try {
            refuseOpenPermissions(file);
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw new VaultException("Master key file " + file + " is too large to be a key file (expected one "
                        + "line of base64).");
            }
            content = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new VaultException("Master key file " + file + " does not exist.");
        } catch (IOException e) {
            throw new VaultException("Master key file " + file + " cannot be read: " + e.getMessage(), e);
        }
        try {
            return fromBase64(new String(content, StandardCharsets.US_ASCII));
        } catch (VaultException e) {
            throw new VaultException("Master key file " + file + ": " + e.getMessage());
        } finally {
            Arrays.fill(content, (byte) 0);
        }
    }

    private static void refuseOpenPermissions(Path file) throws IOException {
        PosixFileAttributeView posix = Files.getFileAttributeView(file, PosixFileAttributeView.class);
        if (posix == null) {
            return;
        }
        Set<PosixFilePermission> permissions = posix.readAttributes().permissions();
        Set<PosixFilePermission> open = EnumSet.noneOf(PosixFilePermission.class);
        open.addAll(permissions);
        open.retainAll(TOO_OPEN);
        if (!open.isEmpty()) {
            throw new VaultException("Master key file " + file + " is accessible to group or others ("
                    + PosixFilePermissions.toString(permissions) + "); only the account that runs Akapen may read "
                    + "it. Run: chmod 600 " + file);
        }
    }

    /** A new random key (demo mode, or the first set-up of an installation). */
    public static MasterKey generate(SecureRandom random) {
        byte[] key = new byte[Aes.KEY_BYTES];
        Objects.requireNonNull(random, "random").nextBytes(key);
        return new MasterKey(key);
    }

    /**
     * Writes this key to a new file that only its owner may read ({@code rw-------} on POSIX), refusing to
     * overwrite an existing one (that would orphan every data key wrapped under it).
     */
    public void writeNewFile(Path file) {
        Objects.requireNonNull(file, "file");
        byte[] content = (toBase64() + "\n").getBytes(StandardCharsets.US_ASCII);
        try {
            OwnerOnlyFiles.createNew(file, content);
        } catch (FileAlreadyExistsException e) {
            throw new VaultException("Master key file " + file + " already exists; it is never overwritten.");
        } catch (IOException e) {
            throw new VaultException("Master key file " + file + " cannot be written: " + e.getMessage(), e);
        } finally {
            Arrays.fill(content, (byte) 0);
        }
    }

    /**
     * The key in base64, <em>only</em> for writing a newly generated key file or handing it once to the operator
     * who stores it (prefer {@link #writeNewFile(Path)}). Never log it; log {@link #fingerprint()} instead.
     */
    public String toBase64() {
        byte[] copy = copy();
        try {
            return Base64.getEncoder().encodeToString(copy);
        } finally {
            Arrays.fill(copy, (byte) 0);
        }
    }

    /** The first 16 hex digits of the SHA-256 of the key: tells keys apart in logs, reveals nothing usable. */
    public String fingerprint() {
        return fingerprint;
    }

    /** A copy of the key bytes, for {@link DataKey} only; the caller zeroes it after use. */
    synchronized byte[] copy() {
        if (destroyed) {
            throw new IllegalStateException("This master key has been destroyed");
        }
        return key.clone();
    }

    /** Zeroes the key in memory (e.g. a retired key after rotation). Copies the JVM made cannot be reached. */
    @Override
    public synchronized void destroy() {
        Arrays.fill(key, (byte) 0);
        destroyed = true;
    }

    @Override
    public synchronized boolean isDestroyed() {
        return destroyed;
    }

    @Override
    public String toString() {
        return "MasterKey[fingerprint=" + fingerprint + (isDestroyed() ? ", destroyed" : "") + "]";
    }

    private static String fingerprintOf(byte[] key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key);
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available in this JDK", e);
        }
    }
}
