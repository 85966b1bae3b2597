package jp.akapen.privacy.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import jp.akapen.privacy.audit.chain.AuditEvent;
import org.springframework.core.io.ClassPathResource;

/**
 * What someone with the database's owner rights could do to the audit log, for tests (seed P4):
 * lift a trigger, change, delete or insert rows, and put the trigger back from the migration's own
 * text. Every change keeps what it removed, and {@link #restore()} puts the log back as it was.
 */
public final class AuditTampering implements AutoCloseable {

    private static final String BACKUP = "audit_event_tamper_backup";

    private final Connection connection;

    public AuditTampering(DataSource dataSource) throws SQLException {
        this.connection = dataSource.getConnection();
        this.connection.setAutoCommit(true);
        execute("DROP TABLE IF EXISTS " + BACKUP);
        execute("CREATE TABLE " + BACKUP + " AS SELECT * FROM audit_event WHERE 1 = 0");
    }

    /** The CREATE TRIGGER statement of the V006 migration, as MariaDB runs it. */
    static String trigger(String name) {
        try {
            String migration = new ClassPathResource("db/migration/V006__audit_event.sql")
                    .getContentAsString(StandardCharsets.UTF_8);
            Matcher m = Pattern.compile("CREATE TRIGGER " + name + "\\b[^;]*;").matcher(migration);
            if (!m.find()) {
                throw new IllegalStateException("No trigger " + name + " in V006");
            }
            String statement = m.group();
            return statement.substring(0, statement.length() - 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void execute(String sql, Object... args) throws SQLException {
        try (var statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                statement.setObject(i + 1, args[i]);
            }
            statement.execute();
        }
    }

    private void withoutTrigger(String name, String sql, Object... args) throws SQLException {
        execute("DROP TRIGGER IF EXISTS " + name);
        try {
            execute(sql, args);
        } finally {
            execute(trigger(name));
        }
    }

    /** Sets one column of one row behind the update trigger's back. */
    public void change(long seq, String column, String value) throws SQLException {
        withoutTrigger("audit_event_no_update", "UPDATE audit_event SET " + column + " = ? WHERE seq = ?", value, seq);
    }

    /** Deletes the rows with seq from..to (inclusive) behind the delete trigger's back, keeping a copy. */
    public void delete(long from, long to) throws SQLException {
        execute("INSERT INTO " + BACKUP + " SELECT * FROM audit_event WHERE seq BETWEEN ? AND ?", from, to);
        withoutTrigger("audit_event_no_delete", "DELETE FROM audit_event WHERE seq BETWEEN ? AND ?", from, to);
    }

    /** Inserts an entry as given, hash and all; the application's user may insert. */
    public void insert(AuditEvent e) throws SQLException {
        execute("""
                INSERT INTO audit_event (seq, at, actor_id, actor_role, action, object_type, object_id, fields,
                    outcome, session_hash, client_address, previous_hash, hash)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", e.seq(), LocalDateTime.ofInstant(e.at(), ZoneOffset.UTC),
                e.actorId(), e.actorRole(), e.action(), e.objectType(), e.objectId(),
                e.fields() == null ? null : String.join(",", e.fields()), e.outcome(), e.sessionHash(), e.clientAddress(),
                e.previousHash(), e.hash());
    }

    /** Removes every row from seq on (entries written while the log was tampered with) and puts the kept ones back. */
    public void restore(long removeFrom) throws SQLException {
        withoutTrigger("audit_event_no_delete", "DELETE FROM audit_event WHERE seq >= ? OR seq IN (SELECT seq FROM "
                + BACKUP + ")", removeFrom);
        execute("INSERT INTO audit_event SELECT * FROM " + BACKUP);
        execute("DELETE FROM " + BACKUP);
    }

    public boolean triggersInPlace() throws SQLException {
        try (var statement = connection.createStatement();
                var rows = statement.executeQuery("SELECT COUNT(*) FROM information_schema.TRIGGERS "
                        + "WHERE EVENT_OBJECT_TABLE = 'audit_event' AND TRIGGER_SCHEMA = DATABASE()")) {
            rows.next();
            return rows.getInt(1) == 2;
        }
    }

    @Override
    public void close() throws SQLException {
        try {
            execute("DROP TABLE IF EXISTS " + BACKUP);
        } finally {
            connection.close();
        }
    }
}
