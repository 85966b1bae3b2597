package jp.akapen.manuscript.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Real Japanese texts for the tests: a shipped excerpt, and the shared Aozora Bunko set when present. */
final class TestTexts {

    private TestTexts() {}

    /** About 2,000 characters of Yosano Akiko's essay, with {@code \n} line endings (see texts/README.md). */
    static String excerpt() {
        try (InputStream in = TestTexts.class.getResourceAsStream("/texts/yosano-onnarashisa-excerpt.txt")) {
            return new String(Objects.requireNonNull(in, "texts/yosano-onnarashisa-excerpt.txt").readAllBytes(),
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The shared Aozora texts by file name, found by walking up from the working directory to a
     * folder that holds {@code shared/data/aozora} (the worktree and CI's clone sit at different
     * depths). Where there is none, the excerpt alone, so that tests run rather than skip.
     */
    static Map<String, String> aozora() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path aozora = dir.resolve("shared/data/aozora");
            if (Files.isDirectory(aozora)) {
                try (Stream<Path> files = Files.list(aozora)) {
                    List<Path> texts = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
                    if (!texts.isEmpty()) {
                        return texts.stream().collect(Collectors.toMap(
                                p -> p.getFileName().toString(), TestTexts::readUtf8, (a, b) -> a,
                                TreeMap::new));
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return Map.of("yosano-onnarashisa-excerpt.txt", excerpt());
    }

    private static String readUtf8(Path path) {
        try {
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
