package jp.akapen.shared.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/** Folders and files that only the portal's own operating-system user may open (P11). */
final class PrivateFolders {

    static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rwx------");
    static final Set<PosixFilePermission> OWNER_READ_WRITE = PosixFilePermissions.fromString("rw-------");

    private PrivateFolders() {
    }

    /** Creates the folder (and missing parents) and takes group and others' rights from it. */
    static Path create(Path dir) throws IOException {
        Files.createDirectories(dir);
        Files.setPosixFilePermissions(dir, OWNER_ONLY);
        return dir;
    }

    /** Takes group and others' rights away from a folder that exists, e.g. a data directory from an older version. */
    static void requirePrivate(Path dir) throws IOException {
        if (!Files.getPosixFilePermissions(dir).equals(OWNER_ONLY)) {
            Files.setPosixFilePermissions(dir, OWNER_ONLY);
        }
    }

    /** Writes a file that group and others can never open, not even between creation and chmod. */
    static void writeSecret(Path file, String content) throws IOException {
        Files.deleteIfExists(file);
        Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_READ_WRITE));
        Files.writeString(file, content);
    }
}
