package jp.akapen.shared.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Issue 22: round notices written before V014 (the number only) read with the round's name afterwards. */
class NoticeRoundNamesMigrationTest {

    static EmbeddedMariaDb server;

    @BeforeAll
    static void start() {
        server = EmbeddedMariaDb.throwAway();
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    @Test
    void notices_from_before_the_round_names_get_the_name_their_number_stands_for() throws SQLException {
        flyway("13").migrate();
        Map<String, String> before = new LinkedHashMap<>();
        before.put("manuscript.notice.round-opened", "[\"春の記事\", \"1\"]");
        before.put("manuscript.notice.round-returned", "[\"春の記事\", \"2\", \"16\"]");
        before.put("manuscript.notice.round-rebased", "[\"春の記事\", \"3\", \"0\"]");
        before.put("manuscript.notice.reply", "[\"春の記事\", \"12\"]");
        before.put("manuscript.notice.review-finished", "[\"春の記事\", \"1\", \"5\", \"2\"]");
        before.put("manuscript.notice.assigned", "[\"春の記事\"]");
        try (var connection = server.ownerConnection();
                var insert = connection.prepareStatement("INSERT INTO notice (recipient_role, message_key, message_args,"
                        + " created_at) VALUES ('RESIDENT', ?, ?, NOW(6))")) {
            for (var notice : before.entrySet()) {
                insert.setString(1, notice.getKey());
                insert.setString(2, notice.getValue());
                insert.executeUpdate();
            }
        }

        flyway("latest").migrate();

        Map<String, String> after = new LinkedHashMap<>();
        try (var connection = server.ownerConnection();
                var rows = connection.createStatement().executeQuery(
                        "SELECT message_key, JSON_COMPACT(message_args) FROM notice ORDER BY id")) {
            while (rows.next()) {
                after.put(rows.getString(1), rows.getString(2));
            }
        }
        assertThat(after).containsExactly(
                Map.entry("manuscript.notice.round-opened", "[\"春の記事\",\"1\",\"初校\"]"),
                Map.entry("manuscript.notice.round-returned", "[\"春の記事\",\"2\",\"16\",\"再校\"]"),
                Map.entry("manuscript.notice.round-rebased", "[\"春の記事\",\"3\",\"0\",\"三校\"]"),
                Map.entry("manuscript.notice.reply", "[\"春の記事\",\"12\",\"12校\"]"),
                Map.entry("manuscript.notice.review-finished", "[\"春の記事\",\"1\",\"5\",\"2\",\"初校\"]"),
                Map.entry("manuscript.notice.assigned", "[\"春の記事\"]"));
    }

    private static Flyway flyway(String target) {
        var credentials = server.credentials();
        return Flyway.configure()
                .dataSource(server.jdbcUrl(), credentials.ownerUser(), credentials.ownerPassword())
                .locations("classpath:db/migration")
                .target(target)
                .load();
    }
}
