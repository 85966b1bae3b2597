package jp.akapen.privacy.audit.chain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import jp.akapen.shared.db.EmbeddedMariaDb;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The audit_event migration on a real MariaDB (its own throw-away server, run as the portal runs it): the chain survives the
 * round trip, and rows cannot be changed or deleted (seed P4).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuditEventTableTest {

    EmbeddedMariaDb server;
    Connection root;
    final List<AuditEvent> chain = Events.chain(6);

    /** Its own throw-away server, under the same rules as the portal's: migrated by the owner, used by the app user. */
    @BeforeAll
    void migrateAFreshDatabaseAndWriteAChain() throws Exception {
        server = EmbeddedMariaDb.throwAway();
        server.migrate();
        root = server.ownerConnection();
        for (AuditEvent event : chain) {
            insert(root, event);
        }
    }

    @AfterAll
    void stop() throws Exception {
        if (root != null) {
            root.close();
        }
        if (server != null) {
            server.stop();
        }
    }

    /** For this test only: names joined with commas (none here holds a comma; the repository must do better). */
    static void insert(Connection connection, AuditEvent e) throws SQLException {
        try (var insert = connection.prepareStatement("""
                INSERT INTO audit_event (seq, at, actor_id, actor_role, action, object_type, object_id, fields,
                    outcome, session_hash, client_address, previous_hash, hash)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            insert.setLong(1, e.seq());
            insert.setObject(2, LocalDateTime.ofInstant(e.at(), ZoneOffset.UTC));
            if (e.actorId() == null) {
                insert.setNull(3, Types.BIGINT);
            } else {
                insert.setLong(3, e.actorId());
            }
            insert.setString(4, e.actorRole());
            insert.setString(5, e.action());
            insert.setString(6, e.objectType());
            insert.setString(7, e.objectId());
            insert.setString(8, e.fields() == null ? null : String.join(",", e.fields()));
            insert.setString(9, e.outcome());
            insert.setString(10, e.sessionHash());
            insert.setString(11, e.clientAddress());
            insert.setString(12, e.previousHash());
            insert.setString(13, e.hash());
            insert.executeUpdate();
        }
    }

    List<AuditEvent> readBack() throws SQLException {
        var events = new ArrayList<AuditEvent>();
        try (var select = root.createStatement(); ResultSet r = select.executeQuery("SELECT * FROM audit_event ORDER BY seq")) {
            while (r.next()) {
                String fields = r.getString("fields");
                events.add(new AuditEvent(r.getLong("seq"), r.getObject("at", LocalDateTime.class).toInstant(ZoneOffset.UTC),
                        r.getObject("actor_id", Long.class), r.getString("actor_role"), r.getString("action"),
                        r.getString("object_type"), r.getString("object_id"),
                        fields == null ? null : fields.isEmpty() ? List.of() : Arrays.asList(fields.split(",", -1)),
                        r.getString("outcome"), r.getString("session_hash"), r.getString("client_address"),
                        r.getString("previous_hash"), r.getString("hash")));
            }
        }
        return events;
    }

    /** The six entries written first read back unchanged (to the microsecond), and the whole table verifies. */
    void assertChainUntouched() throws SQLException {
        var rows = readBack();
        assertThat(rows.subList(0, chain.size())).isEqualTo(chain);
        assertThat(ChainVerifier.verify(rows).intact()).isTrue();
    }

    @Test
    void a_chain_written_to_the_table_reads_back_to_the_microsecond_and_verifies() throws SQLException {
        assertChainUntouched();
    }

    @Test
    void no_row_can_be_changed() throws SQLException {
        try (var update = root.createStatement()) {
            assertThatThrownBy(() -> update.executeUpdate("UPDATE audit_event SET outcome = 'SUCCESS' WHERE seq = 4"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("audit_event is append-only")
                    .extracting(e -> ((SQLException) e).getSQLState()).isEqualTo("45000");
        }
        try (var upsert = root.prepareStatement("""
                INSERT INTO audit_event (seq, at, action, outcome, previous_hash, hash)
                VALUES (4, NOW(6), 'EXPORT', 'SUCCESS', ?, ?) ON DUPLICATE KEY UPDATE outcome = 'SUCCESS'""")) {
            upsert.setString(1, "e".repeat(64));
            upsert.setString(2, "f".repeat(64));
            assertThatThrownBy(upsert::executeUpdate).hasMessageContaining("audit_event is append-only");
        }
        assertChainUntouched();
    }

    @Test
    void no_row_can_be_deleted_or_replaced() throws SQLException {
        try (var delete = root.createStatement()) {
            assertThatThrownBy(() -> delete.executeUpdate("DELETE FROM audit_event WHERE seq = 2"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("audit_event is append-only");
            assertThatThrownBy(() -> delete.executeUpdate("DELETE FROM audit_event"))
                    .hasMessageContaining("audit_event is append-only");
        }
        try (var replace = root.prepareStatement("""
                REPLACE INTO audit_event (seq, at, action, outcome, previous_hash, hash)
                VALUES (2, NOW(6), 'EXPORT', 'SUCCESS', ?, ?)""")) {
            replace.setString(1, "e".repeat(64));
            replace.setString(2, "f".repeat(64));
            assertThatThrownBy(replace::executeUpdate).hasMessageContaining("audit_event is append-only");
        }
        assertChainUntouched();
    }

    @Test
    void a_second_entry_claiming_the_same_predecessor_is_refused() throws SQLException {
        var fork = AuditChain.seal(Events.unsealed(100), chain.get(4).hash());
        assertThatThrownBy(() -> insert(root, fork)).isInstanceOf(SQLException.class)
                .hasMessageContaining("ux_audit_event_previous_hash");
        assertChainUntouched();
    }

    @Test
    void the_application_user_appends_and_reads_but_cannot_change_delete_truncate_or_drop_the_triggers()
            throws SQLException {
        try (var app = server.appConnection(); var statement = app.createStatement()) {
            var last = readBack().getLast();
            insert(app, AuditChain.seal(Events.unsealed(last.seq() + 1), last.hash()));
            try (var count = statement.executeQuery("SELECT COUNT(*) FROM audit_event")) {
                assertThat(count.next()).isTrue();
                assertThat(count.getLong(1)).isEqualTo(last.seq() + 1);
            }
            assertThatThrownBy(() -> statement.execute("TRUNCATE TABLE audit_event"))
                    .hasMessageContaining("DROP command denied");
            assertThatThrownBy(() -> statement.execute("DROP TRIGGER audit_event_no_delete"))
                    .hasMessageContaining("TRIGGER command denied");
            assertThatThrownBy(() -> statement.executeUpdate("UPDATE audit_event SET outcome = 'FAILED'"))
                    .hasMessageContaining("UPDATE command denied");
            assertThatThrownBy(() -> statement.executeUpdate("DELETE FROM audit_event"))
                    .hasMessageContaining("DELETE command denied");
        }
        assertChainUntouched();
    }
}
