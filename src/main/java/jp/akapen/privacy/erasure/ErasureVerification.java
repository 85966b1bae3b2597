package jp.akapen.privacy.erasure;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Stream;
import jp.akapen.privacy.erasure.ErasureVerificationReport.DataDirectory;
import jp.akapen.privacy.erasure.ErasureVerificationReport.Hit;
import jp.akapen.privacy.erasure.ErasureVerificationReport.Kind;
import jp.akapen.privacy.vault.ErasureVerificationValues;
import jp.akapen.shared.db.BackgroundWork;
import jp.akapen.shared.db.RedoLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The verification scan of an erasure (issue 14 item 6; seed D2), run by {@link ErasureRun} after every other area's
 * step and before the vault's: the cohort's residents' values, read through the vault's audited system path and held
 * only in memory, are searched for (see {@link ValueNeedles}) in every text column of every table of the schema (the
 * outbox's among them). Meanwhile the tables the erasers touched are rebuilt and, on the embedded database, its redo
 * log is written anew ({@link RedoLog}); then every file of its data directory is searched as bytes. The portal's
 * files are not searched on disk: they live in the database, sealed under a key of their own (AES-256-GCM), so no
 * file on disk holds their plaintext. What it found is counted per place; the caller records it.
 */
@Component
class ErasureVerification {

    private static final Logger log = LoggerFactory.getLogger(ErasureVerification.class);
    private static final int CHUNK = 8 * 1024 * 1024;

    private final VerificationRepository repository;
    private final ErasureVerificationValues values;
    private final Clock clock;
    private final TransactionTemplate readOnly;
    private final boolean externalDatabase;
    private final ObjectProvider<RedoLog> redoLog;
    private final BackgroundWork background;

    ErasureVerification(VerificationRepository repository, ErasureVerificationValues values, Clock clock,
            PlatformTransactionManager transactionManager, @Value("${akapen.db.url:}") String externalUrl,
            ObjectProvider<RedoLog> redoLog, BackgroundWork background) {
        this.repository = repository;
        this.redoLog = redoLog;
        this.background = background;
        this.values = values;
        this.clock = clock;
        this.readOnly = new TransactionTemplate(transactionManager);
        this.readOnly.setReadOnly(true);
        this.externalDatabase = !externalUrl.isBlank();
    }

    /**
     * Scans for the values of the cohort's residents.
     *
     * @param touched the tables the erasers so far deleted from or overwrote: rebuilt before the files are scanned
     * @param outbox the outbox's tables, named apart on the certificate
     */
    ErasureVerificationReport scan(ErasureScope scope, Collection<String> touched, List<String> outbox) {
        Instant started = clock.instant();
        long start = System.nanoTime();
        // the erasers are done with these tables: they are rebuilt, and the redo log written anew, on a thread beside
        // the reading of the values and the search of the tables, which need neither (issue 14's 10 s)
        var rebuilding = background.start("akapen-erasure-rebuild", () -> rebuild(touched));
        var byResident = values.valuesToVerify(scope.cohortId(), scope.residentIds());
        ValueNeedles needles = new ValueNeedles(byResident.values().stream().flatMap(List::stream).toList());
        long valuesRead = System.nanoTime();
        List<Hit> hits = new ArrayList<>();
        var columns = repository.textColumns();
        int columnCount = 0;
        int refused = 0;
        for (var table : columns.entrySet()) {
            columnCount += table.getValue().size();
            if (needles.isEmpty()) {
                continue;
            }
            try {
                hits.addAll(scanTable(table.getKey(), table.getValue(), needles));
            } catch (RuntimeException e) {
                refused++;
                log.warn("The erasure's verification could not read table {}: {}", table.getKey(), e.getMessage());
            }
        }
        long tablesScanned = System.nanoTime();
        Rebuilt rebuilt = finished(rebuilding);
        long rebuildAwaited = System.nanoTime();
        DataDirectory directory = DataDirectory.EXTERNAL;
        long[] files = new long[2];
        if (!externalDatabase) {
            Path dir = Path.of(repository.dataDirectory());
            directory = Files.isDirectory(dir) && Files.isReadable(dir) ? DataDirectory.SCANNED : DataDirectory.UNREADABLE;
            if (directory == DataDirectory.SCANNED && !needles.isEmpty()) {
                try {
                    hits.addAll(scanFiles(dir, needles, files));
                } catch (IOException e) {
                    directory = DataDirectory.UNREADABLE;
                    log.warn("The erasure's verification could not read the data directory {}: {}", dir, e.getMessage());
                }
            }
        }
        long filesScanned = System.nanoTime();
        log.info("The erasure's verification of cohort {}: {} values of {} residents read in {} ms, {} tables scanned in"
                + " {} ms; beside them {} rebuilt and the redo log written anew in {} ms ({} ms more waited for); {}"
                + " files ({} MB) scanned in {} ms", scope.cohortId(), needles.searched(), byResident.size(),
                (valuesRead - start) / 1_000_000, columns.size(), (tablesScanned - valuesRead) / 1_000_000,
                rebuilt.tables(), rebuilt.millis(), (rebuildAwaited - tablesScanned) / 1_000_000, files[0],
                files[1] >> 20, (filesScanned - rebuildAwaited) / 1_000_000);
        return new ErasureVerificationReport(scope.residentIds().size(), byResident.size(), needles.searched(), needles.skipped(),
                columns.size(), columnCount, refused, outbox.stream().filter(columns::containsKey).sorted().toList(),
                rebuilt.tables(), rebuilt.refused(), directory, (int) files[0], files[1], started, clock.instant(), hits);
    }

    private record Rebuilt(int tables, int refused, long millis) {
    }

    /** Rebuilds the tables and then, on the embedded database, writes the redo log anew. */
    private Rebuilt rebuild(Collection<String> tables) {
        long begun = System.nanoTime();
        int rebuilt = 0;
        int refused = 0;
        for (String table : tables.stream().sorted().distinct().toList()) {
            var refusal = repository.rebuild(table);
            if (refusal.isEmpty()) {
                rebuilt++;
            } else {
                refused++;
                log.warn("The erasure could not rebuild table {}: {}", table, refusal.get());
            }
        }
        rewriteRedoLog();
        return new Rebuilt(rebuilt, refused, (System.nanoTime() - begun) / 1_000_000);
    }

    private static Rebuilt finished(CompletableFuture<Rebuilt> rebuilding) {
        try {
            return rebuilding.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw e;
        }
    }

    /**
     * After the vault's steps: the destroyed keys' wrapped bytes and the deleted vault rows stay in their tables' free
     * page space and in the redo log until overwritten; the tables are rebuilt and the log written anew, as the scan
     * did for the other areas' tables, so that neither holds a copy of a destroyed key.
     */
    void clearAfterTheKeys(Collection<String> vaultTables) {
        rebuild(vaultTables);
    }

    /**
     * The redo log still holds every value the erasers deleted or overwrote (and the rebuilds copied): written anew
     * before the files are searched, it holds none. Refused, the scan finds them there and the certificate says so.
     */
    private void rewriteRedoLog() {
        var redo = redoLog.getIfAvailable();
        if (redo != null) {
            redo.rewrite().ifPresent(refusal -> log.warn("The erasure could not write the redo log anew: {}", refusal));
        }
    }

    private List<Hit> scanTable(String table, List<String> names, ValueNeedles needles) {
        long[] cells = new long[names.size()];
        readOnly.executeWithoutResult(status -> repository.eachRow(table, names, row -> {
            for (int i = 0; i < row.length; i++) {
                if (needles.foundIn(row[i])) {
                    cells[i]++;
                }
            }
        }));
        List<Hit> hits = new ArrayList<>();
        for (int i = 0; i < cells.length; i++) {
            if (cells[i] > 0) {
                hits.add(new Hit(Kind.COLUMN, table + "." + names.get(i), cells[i]));
            }
        }
        return hits;
    }

    /** Every regular file under the directory, as bytes; {@code counted}: files and bytes read. */
    static List<Hit> scanFiles(Path dir, ValueNeedles needles, long[] counted) throws IOException {
        Map<String, Long> found = new TreeMap<>();
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(dir)) {
            paths = walk.filter(Files::isRegularFile).sorted().toList();
        }
        int carry = needles.longestBytes() - 1;
        byte[] buffer = new byte[CHUNK + carry];
        for (Path file : paths) {
            long occurrences = 0;
            try (InputStream in = Files.newInputStream(file)) {
                counted[0]++;
                int kept = 0;
                while (true) {
                    int read = in.readNBytes(buffer, kept, CHUNK);
                    counted[1] += read;
                    int length = kept + read;
                    boolean last = read < CHUNK;
                    int next = last ? 0 : Math.min(carry, length);
                    occurrences += needles.occurrences(buffer, length - next, length);
                    if (last) {
                        break;
                    }
                    System.arraycopy(buffer, length - next, buffer, 0, next);
                    kept = next;
                }
            } catch (NoSuchFileException | java.nio.file.AccessDeniedException gone) {
                continue; // a temporary file the server removed while we walked, or one that is not ours to read
            }
            if (occurrences > 0) {
                found.put(dir.relativize(file).toString(), occurrences);
            }
        }
        return found.entrySet().stream().map(e -> new Hit(Kind.FILE, e.getKey(), e.getValue())).toList();
    }
}
