package jp.akapen.privacy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Looks for plaintext values in bytes, as UTF-8, UTF-16LE and UTF-16BE: files read in overlapping chunks, each chunk
 * searched as Latin-1 text (one char per byte, so {@link String#indexOf} finds byte sequences, fast).
 */
final class CanaryScan {

    private static final int CHUNK = 8 * 1024 * 1024;
    private static final List<Charset> ENCODINGS = List.of(StandardCharsets.UTF_8, StandardCharsets.UTF_16LE,
            StandardCharsets.UTF_16BE);

    private final Map<String, String> patterns = new TreeMap<>();
    private final int longest;
    long files;
    long bytes;
    /** "where: value (encoding)" for each hit. */
    final List<String> hits = new ArrayList<>();

    CanaryScan(List<String> canaries) {
        int max = 0;
        for (String canary : canaries) {
            for (Charset encoding : ENCODINGS) {
                String asBytes = new String(canary.getBytes(encoding), StandardCharsets.ISO_8859_1);
                patterns.put(asBytes, canary + " (" + encoding + ")");
                max = Math.max(max, asBytes.length());
            }
        }
        longest = max;
    }

    void scanTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path file : paths.filter(Files::isRegularFile).sorted().toList()) {
                try (InputStream in = Files.newInputStream(file)) {
                    scan(file.toString(), in);
                } catch (java.nio.file.NoSuchFileException vanished) {
                    // a temporary file the server removed while we walked
                }
            }
        }
    }

    void scan(String where, InputStream in) throws IOException {
        files++;
        byte[] buffer = new byte[CHUNK + longest];
        int carried = 0;
        while (true) {
            int read = in.readNBytes(buffer, carried, CHUNK);
            if (read <= 0) {
                break;
            }
            bytes += read;
            int length = carried + read;
            String text = new String(buffer, 0, length, StandardCharsets.ISO_8859_1);
            patterns.forEach((pattern, name) -> {
                if (text.contains(pattern)) {
                    hits.add(where + ": " + name);
                }
            });
            carried = Math.min(longest - 1, length);
            System.arraycopy(buffer, length - carried, buffer, 0, carried);
            Arrays.fill(buffer, carried, buffer.length, (byte) 0);
        }
    }
}
