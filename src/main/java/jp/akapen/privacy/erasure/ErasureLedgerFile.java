package jp.akapen.privacy.erasure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The copy of the erasure ledger kept outside the database (issue 14 item 5): a restored backup brings back the
 * database's own ledger as it was, possibly from before the erasure, but not this file, so the start-up check still
 * knows which cohorts were erased. One line per finished erasure, ids and hashes only, appended and synced; the file is
 * readable by its owner only. Keep it beside the vault's master key, outside the database's data and backup folders.
 */
@Component
class ErasureLedgerFile {

    /** One finished erasure as the file remembers it. */
    record Entry(long cohortId, String keyId, long operatorId, Long validatorId, String manifestSha256,
            Instant finishedAt) {

        String line() {
            return "v1 cohort=" + cohortId + " key=" + keyId + " operator=" + operatorId + " validator="
                    + (validatorId == null ? "-" : validatorId) + " manifest=" + manifestSha256 + " finished="
                    + finishedAt + "\n";
        }

        static Entry parse(String line) {
            Map<String, String> parts = new HashMap<>();
            for (String part : line.trim().split(" ")) {
                int eq = part.indexOf('=');
                if (eq > 0) {
                    parts.put(part.substring(0, eq), part.substring(eq + 1));
                }
            }
            String validator = parts.get("validator");
            return new Entry(Long.parseLong(parts.get("cohort")), parts.get("key"),
                    Long.parseLong(parts.get("operator")), validator == null || "-".equals(validator) ? null
                            : Long.valueOf(validator), parts.get("manifest"), Instant.parse(parts.get("finished")));
        }
    }

    private final Path file;

    ErasureLedgerFile(@Value("${akapen.erasure.ledger-file:${user.home}/.akapen/erasure-ledger}") String file) {
        this.file = Path.of(file);
    }

    Path path() {
        return file;
    }

    /** Every entry, oldest first; the latest line wins for a cohort erased again. */
    synchronized List<Entry> read() {
        if (!Files.exists(file)) {
            return List.of();
        }
        try {
            var entries = new ArrayList<Entry>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.startsWith("v1 ")) {
                    entries.add(Entry.parse(line));
                }
            }
            return entries;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the erasure ledger " + file, e);
        }
    }

    synchronized void append(Entry entry) {
        try {
            Path folder = file.toAbsolutePath().getParent();
            Files.createDirectories(folder);
            FileAttribute<?>[] ownerOnly = Files.getFileStore(folder)
                    .supportsFileAttributeView(PosixFileAttributeView.class)
                    ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(
                            PosixFilePermissions.fromString("rw-------"))}
                    : new FileAttribute<?>[0];
            try (var channel = FileChannel.open(file, Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.APPEND), ownerOnly)) {
                var buffer = ByteBuffer.wrap(entry.line().getBytes(StandardCharsets.UTF_8));
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the erasure ledger " + file, e);
        }
    }
}
