package jp.akapen.shared.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Issue 19: `java -jar akapen.jar migrate` runs the migrations alone as the owner, then grants, or says in one line why not. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MigrateCommandTest {

    EmbeddedMariaDb server;
    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeAll
    void anEmptySchema() {
        server = EmbeddedMariaDb.throwAway();
    }

    @AfterAll
    void stop() {
        server.stop();
    }

    int migrate(String... args) {
        out.reset();
        err.reset();
        return MigrateCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void the_owner_migrates_an_empty_schema_and_the_application_user_gets_exactly_its_grants() throws SQLException {
        var credentials = server.credentials();
        int code = migrate("--akapen.db.url=" + server.jdbcUrl(), "--spring.flyway.user=" + credentials.ownerUser(),
                "--spring.flyway.password=" + credentials.ownerPassword(), "--grant-to=" + server.appAccount());

        assertThat(code).as(err()).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("from version none to").contains("Granted");
        try (var app = server.appConnection(); var statement = app.createStatement()) {
            assertThat(statement.executeQuery("SELECT COUNT(*) FROM account").next()).isTrue();
            assertThatThrownBy(() -> statement.execute("UPDATE audit_event SET outcome = 'FAILED'"))
                    .hasMessageContaining("UPDATE command denied");
        }
        assertThat(migrate("--akapen.db.url=" + server.jdbcUrl(), "--spring.flyway.user=" + credentials.ownerUser(),
                "--spring.flyway.password=" + credentials.ownerPassword())).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("(0 migrations)");
    }

    @Test
    void without_a_database_url_it_says_the_embedded_database_migrates_itself() {
        assertThat(migrate()).isEqualTo(1);
        assertThat(err()).contains("no AKAPEN_DB_URL").hasLineCount(1);
    }

    @Test
    void without_the_owner_it_names_the_settings() {
        assertThat(migrate("--akapen.db.url=" + server.jdbcUrl())).isEqualTo(1);
        assertThat(err()).contains("SPRING_FLYWAY_USER").hasLineCount(1);
    }

    @Test
    void a_wrong_password_is_one_line_and_exit_code_1() {
        assertThat(migrate("--akapen.db.url=" + server.jdbcUrl(), "--spring.flyway.user=akapen_owner",
                "--spring.flyway.password=wrong")).isEqualTo(1);
        assertThat(err()).contains("Access denied").hasLineCount(1);
    }

    @Test
    void an_account_that_is_not_user_at_host_is_refused_before_anything_runs() {
        assertThat(migrate("--akapen.db.url=" + server.jdbcUrl(), "--spring.flyway.user=x", "--grant-to=akapen; DROP"))
                .isEqualTo(2);
        assertThat(err()).contains("'user'@'host'");
    }
}
