package jp.akapen.shared.db;

import java.nio.file.Path;

/** Where tests keep data directories: not under java.io.tmpdir (refused for kept data), even when the checkout is. */
final class KeptFolders {

    private KeptFolders() {
    }

    static Path outsideTmp() {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath();
        Path target = Path.of("target").toAbsolutePath();
        return target.startsWith(tmp) ? Path.of(System.getProperty("user.home"), ".akapen", "tests") : target;
    }
}
