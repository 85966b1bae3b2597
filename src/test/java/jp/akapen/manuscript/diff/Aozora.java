package jp.akapen.manuscript.diff;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The shared Aozora Bunko texts (real Japanese prose), from -Dakapen.aozora or ../shared/data/aozora. */
public final class Aozora {

    private Aozora() {
    }

    /**
     * -Dakapen.aozora, else the nearest {@code shared/data/aozora} above the working folder (the
     * workplace and CI's clone sit at different depths), else the excerpt committed with the tests,
     * so these tests always run on real prose and are never skipped.
     */
    public static Path folder() {
        String configured = System.getProperty("akapen.aozora");
        if (configured != null) {
            return Path.of(configured);
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path shared = dir.resolve("shared/data/aozora");
            if (Files.isDirectory(shared)) {
                return shared;
            }
        }
        return Path.of("src/test/resources/texts");
    }

    /** Every .txt file of the folder, by name. */
    static List<Path> files() {
        Path dir = folder();
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
