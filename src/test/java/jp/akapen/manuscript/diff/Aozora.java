package jp.akapen.manuscript.diff;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The shared Aozora Bunko texts (real Japanese prose), from -Dakapen.aozora or ../shared/data/aozora. */
final class Aozora {

    private Aozora() {
    }

    static Path folder() {
        return Path.of(System.getProperty("akapen.aozora", "../shared/data/aozora"));
    }

    /** Every .txt file of the folder, by name; the calling test is skipped when the folder is missing. */
    static List<Path> files() {
        Path dir = folder();
        assumeTrue(Files.isDirectory(dir), "the Aozora texts are not at " + dir.toAbsolutePath());
        try (Stream<Path> list = Files.list(dir)) {
            return list.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
