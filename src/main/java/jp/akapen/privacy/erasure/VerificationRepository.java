package jp.akapen.privacy.erasure;

import static jp.akapen.db.Tables.ERASURE_VERIFICATION;
import static jp.akapen.db.Tables.ERASURE_VERIFICATION_HIT;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import jp.akapen.db.enums.ErasureVerificationDataDir;
import jp.akapen.db.enums.ErasureVerificationHitKind;
import jp.akapen.privacy.erasure.ErasureVerificationReport.DataDirectory;
import jp.akapen.privacy.erasure.ErasureVerificationReport.Hit;
import jp.akapen.privacy.erasure.ErasureVerificationReport.Kind;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/**
 * The verification scans of erasures (V028) and what they read: the schema's text columns (from information_schema)
 * and their contents, table by table; and the rebuild of the tables the erasers touched.
 */
@Repository
class VerificationRepository {

    /** The types whose columns hold text a person could have typed; ENUM and SET hold only the schema's own words. */
    static final List<String> TEXT_TYPES = List.of("char", "varchar", "tinytext", "text", "mediumtext", "longtext");

    private final DSLContext db;

    VerificationRepository(DSLContext db) {
        this.db = db;
    }

    /** The text columns of each base table of the schema, by table. */
    Map<String, List<String>> textColumns() {
        Map<String, List<String>> columns = new LinkedHashMap<>();
        db.fetch("SELECT c.TABLE_NAME, c.COLUMN_NAME FROM information_schema.COLUMNS c"
                + " JOIN information_schema.TABLES t ON t.TABLE_SCHEMA = c.TABLE_SCHEMA AND t.TABLE_NAME = c.TABLE_NAME"
                + " WHERE c.TABLE_SCHEMA = DATABASE() AND t.TABLE_TYPE = 'BASE TABLE' AND c.DATA_TYPE IN ("
                + String.join(", ", TEXT_TYPES.stream().map(t -> "'" + t + "'").toList()) + ")"
                + " ORDER BY c.TABLE_NAME, c.ORDINAL_POSITION").forEach(r -> columns.computeIfAbsent(
                        r.get(0, String.class), t -> new ArrayList<>()).add(r.get(1, String.class)));
        return columns;
    }

    /** Hands every row's values of the columns to {@code row}, streaming; run in a transaction. */
    void eachRow(String table, List<String> columns, Consumer<String[]> row) {
        String sql = "SELECT " + String.join(", ", columns.stream().map(VerificationRepository::quote).toList())
                + " FROM " + quote(table);
        try (var cursor = db.resultQuery(sql).fetchSize(1000).fetchLazy()) {
            for (var record : cursor) {
                String[] values = new String[columns.size()];
                for (int i = 0; i < values.length; i++) {
                    values[i] = record.get(i, String.class);
                }
                row.accept(values);
            }
        }
    }

    /**
     * Rebuilds the table ({@code OPTIMIZE TABLE}, which InnoDB runs as a recreate: the rows are copied into a new
     * file and the old one, with the pages rows were deleted from, is removed). Needs SELECT and INSERT on it.
     *
     * @return empty when rebuilt, else the server's reason
     */
    Optional<String> rebuild(String table) {
        return db.connectionResult(connection -> {
            try (var statement = connection.createStatement();
                    var rows = statement.executeQuery("OPTIMIZE TABLE " + quote(table))) {
                String error = null;
                while (rows.next()) {
                    if ("error".equalsIgnoreCase(rows.getString("Msg_type"))) {
                        error = rows.getString("Msg_text");
                    }
                }
                return Optional.ofNullable(error);
            } catch (SQLException e) {
                return Optional.of(e.getMessage());
            }
        });
    }

    String dataDirectory() {
        return String.valueOf(db.fetchValue("SELECT @@datadir"));
    }

    boolean exists(long erasureId, int reapplied) {
        return db.fetchExists(ERASURE_VERIFICATION, ERASURE_VERIFICATION.ERASURE_ID.eq(erasureId)
                .and(ERASURE_VERIFICATION.REAPPLIED.eq(reapplied)));
    }

    void insert(long erasureId, int reapplied, ErasureVerificationReport r) {
        db.insertInto(ERASURE_VERIFICATION)
                .set(ERASURE_VERIFICATION.ERASURE_ID, erasureId)
                .set(ERASURE_VERIFICATION.REAPPLIED, reapplied)
                .set(ERASURE_VERIFICATION.RESIDENTS, r.residents())
                .set(ERASURE_VERIFICATION.RESIDENTS_READ, r.residentsRead())
                .set(ERASURE_VERIFICATION.VALUES_SEARCHED, r.valuesSearched())
                .set(ERASURE_VERIFICATION.VALUES_SKIPPED, r.valuesSkipped())
                .set(ERASURE_VERIFICATION.TABLES_SCANNED, r.tables())
                .set(ERASURE_VERIFICATION.COLUMNS_SCANNED, r.columns())
                .set(ERASURE_VERIFICATION.TABLES_REFUSED, r.tablesRefused())
                .set(ERASURE_VERIFICATION.OUTBOX_TABLES, String.join(",", r.outboxTables()))
                .set(ERASURE_VERIFICATION.TABLES_REBUILT, r.tablesRebuilt())
                .set(ERASURE_VERIFICATION.REBUILD_REFUSED, r.rebuildRefused())
                .set(ERASURE_VERIFICATION.DATA_DIR, ErasureVerificationDataDir.valueOf(r.dataDirectory().name()))
                .set(ERASURE_VERIFICATION.DATA_DIR_FILES, r.dataDirectoryFiles())
                .set(ERASURE_VERIFICATION.DATA_DIR_BYTES, r.dataDirectoryBytes())
                .set(ERASURE_VERIFICATION.STARTED_AT, r.startedAt())
                .set(ERASURE_VERIFICATION.FINISHED_AT, r.finishedAt())
                .execute();
        for (Hit hit : r.hits()) {
            db.insertInto(ERASURE_VERIFICATION_HIT)
                    .set(ERASURE_VERIFICATION_HIT.ERASURE_ID, erasureId)
                    .set(ERASURE_VERIFICATION_HIT.REAPPLIED, reapplied)
                    .set(ERASURE_VERIFICATION_HIT.KIND, ErasureVerificationHitKind.valueOf(hit.kind().name()))
                    .set(ERASURE_VERIFICATION_HIT.PLACE, hit.place())
                    .set(ERASURE_VERIFICATION_HIT.HITS, hit.hits())
                    .execute();
        }
    }

    /** The latest scan of the erasure (of its last pass). */
    Optional<ErasureVerificationReport> latest(long erasureId) {
        return db.selectFrom(ERASURE_VERIFICATION).where(ERASURE_VERIFICATION.ERASURE_ID.eq(erasureId))
                .orderBy(ERASURE_VERIFICATION.REAPPLIED.desc()).limit(1).fetchOptional().map(v -> {
                    var hits = db.selectFrom(ERASURE_VERIFICATION_HIT)
                            .where(ERASURE_VERIFICATION_HIT.ERASURE_ID.eq(erasureId))
                            .and(ERASURE_VERIFICATION_HIT.REAPPLIED.eq(v.getReapplied()))
                            .orderBy(ERASURE_VERIFICATION_HIT.KIND, ERASURE_VERIFICATION_HIT.PLACE)
                            .fetch(h -> new Hit(Kind.valueOf(h.getKind().name()), h.getPlace(), h.getHits()));
                    return new ErasureVerificationReport(v.getResidents(), v.getResidentsRead(), v.getValuesSearched(),
                            v.getValuesSkipped(), v.getTablesScanned(), v.getColumnsScanned(), v.getTablesRefused(),
                            v.getOutboxTables().isEmpty() ? List.of() : List.of(v.getOutboxTables().split(",")),
                            v.getTablesRebuilt(), v.getRebuildRefused(), DataDirectory.valueOf(v.getDataDir().name()),
                            v.getDataDirFiles(), v.getDataDirBytes(), v.getStartedAt(), v.getFinishedAt(), hits);
                });
    }

    private static String quote(String name) {
        return "`" + name.replace("`", "``") + "`";
    }
}
