package jp.akapen.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import jp.akapen.TestSupport;
import org.jooq.DSLContext;
import org.springframework.context.ApplicationContext;

/**
 * A {@code mariadb-dump} of the application's schema as the schema's owner, by the running server's own binaries
 * ({@code @@basedir}: the folder {@code shared.db.MariaDbBinaries} unpacked, where {@code Backups} finds its
 * mariadb-dump too), one row per INSERT.
 */
public final class SchemaDump {

    private SchemaDump() {
    }

    public static byte[] of(DSLContext db, ApplicationContext context) throws Exception {
        var owner = TestSupport.owner(context);
        String user = owner instanceof HikariDataSource h ? h.getUsername()
                : ((org.springframework.jdbc.datasource.AbstractDriverBasedDataSource) owner).getUsername();
        String password = owner instanceof HikariDataSource h ? h.getPassword()
                : ((org.springframework.jdbc.datasource.AbstractDriverBasedDataSource) owner).getPassword();
        return of(db, user, password);
    }

    /** The same with the owner's account given (a throw-away server's). */
    public static byte[] of(DSLContext db, String user, String password) throws Exception {
        Path base = Path.of(db.fetchValue("SELECT @@basedir").toString());
        Path binary = Files.exists(base.resolve("bin/mariadb-dump")) ? base.resolve("bin/mariadb-dump")
                : base.resolve("bin/mysqldump");
        String port = db.fetchValue("SELECT @@port").toString();
        String database = db.fetchValue("SELECT DATABASE()").toString();
        var process = new ProcessBuilder(binary.toString(), "--no-defaults", "--protocol=TCP", "--host=127.0.0.1",
                "--port=" + port, "--user=" + user, "--skip-ssl-verify-server-cert", "--single-transaction",
                "--skip-extended-insert", "--default-character-set=utf8mb4", database);
        process.environment().put("LD_LIBRARY_PATH", base.resolve("libs").toString());
        process.environment().put("MYSQL_PWD", password); // not on the command line, where ps shows it
        process.redirectError(ProcessBuilder.Redirect.INHERIT);
        Process running = process.start();
        byte[] out = running.getInputStream().readAllBytes();
        assertThat(running.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(running.exitValue()).as("mariadb-dump exit code").isZero();
        return out;
    }

    /** Loads a dump into the schema with the server's own client, as restoring a backup does. */
    public static void load(DSLContext db, String user, String password, byte[] dump) throws Exception {
        Path base = Path.of(db.fetchValue("SELECT @@basedir").toString());
        Path binary = Files.exists(base.resolve("bin/mariadb")) ? base.resolve("bin/mariadb") : base.resolve("bin/mysql");
        String port = db.fetchValue("SELECT @@port").toString();
        String database = db.fetchValue("SELECT DATABASE()").toString();
        var process = new ProcessBuilder(binary.toString(), "--no-defaults", "--protocol=TCP", "--host=127.0.0.1",
                "--port=" + port, "--user=" + user, "--skip-ssl-verify-server-cert",
                "--default-character-set=utf8mb4", database);
        process.environment().put("LD_LIBRARY_PATH", base.resolve("libs").toString());
        process.environment().put("MYSQL_PWD", password);
        process.redirectError(ProcessBuilder.Redirect.INHERIT).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        Process running = process.start();
        try (var in = running.getOutputStream()) {
            in.write(dump);
        }
        assertThat(running.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(running.exitValue()).as("mariadb exit code").isZero();
    }
}
