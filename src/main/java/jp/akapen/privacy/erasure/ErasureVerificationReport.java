package jp.akapen.privacy.erasure;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * What the verification scan of an erasure did and found (issue 14 item 6; seed D2), for the certificate: how many
 * residents' values it searched for (and how many it skipped as too short), in how many text columns of how many
 * tables (the outbox's tables among them), how many tables it rebuilt first, whether it could scan the database's
 * data directory and how much of it, and the hits per place. Never a value.
 */
public record ErasureVerificationReport(int residents, int residentsRead, int valuesSearched, int valuesSkipped,
        int tables, int columns, int tablesRefused, List<String> outboxTables, int tablesRebuilt, int rebuildRefused,
        DataDirectory dataDirectory, int dataDirectoryFiles, long dataDirectoryBytes, Instant startedAt,
        Instant finishedAt, List<Hit> hits) {

    /** Whether the files of the database were searched, and if not, why. */
    public enum DataDirectory {
        SCANNED,
        /** The database runs elsewhere ({@code akapen.db.url}): its files are not on this machine. */
        EXTERNAL,
        /** The embedded database's directory cannot be read by the portal. */
        UNREADABLE
    }

    public enum Kind {
        COLUMN,
        FILE
    }

    /**
     * One place holding a value: {@code table.column} (cells holding a value) or a file's path under the data
     * directory (occurrences of a value's bytes).
     */
    public record Hit(Kind kind, String place, long hits) {

        /** What kind of file of the database, for the certificate: redo, undo, system, table, aria or other. */
        public String fileClass() {
            String name = place.substring(place.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
            if (name.startsWith("ib_logfile")) {
                return "redo";
            }
            if (name.startsWith("undo")) {
                return "undo";
            }
            if (name.startsWith("ibdata") || name.startsWith("ibtmp")) {
                return "system";
            }
            if (name.endsWith(".ibd")) {
                return "table";
            }
            if (name.startsWith("aria_log") || name.endsWith(".mai") || name.endsWith(".mad")) {
                return "aria";
            }
            return "other";
        }
    }

    public ErasureVerificationReport {
        outboxTables = List.copyOf(outboxTables);
        hits = List.copyOf(hits);
    }

    /** Cells of the schema's text columns holding one of the values. */
    public long tableHits() {
        return hits.stream().filter(h -> h.kind() == Kind.COLUMN).mapToLong(Hit::hits).sum();
    }

    /** Cells of the outbox's tables holding one of the values (part of {@link #tableHits}). */
    public long outboxHits() {
        return hits.stream().filter(h -> h.kind() == Kind.COLUMN
                && outboxTables.contains(h.place().substring(0, h.place().indexOf('.')))).mapToLong(Hit::hits).sum();
    }

    /** Occurrences in the data directory's files of one class ({@link Hit#fileClass}). */
    public long fileHits(String fileClass) {
        return hits.stream().filter(h -> h.kind() == Kind.FILE && h.fileClass().equals(fileClass))
                .mapToLong(Hit::hits).sum();
    }

    public long fileHits() {
        return hits.stream().filter(h -> h.kind() == Kind.FILE).mapToLong(Hit::hits).sum();
    }
}
