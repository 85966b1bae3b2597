package jp.akapen.shared.db;

import java.io.PrintStream;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.callback.Callback;
import org.springframework.core.env.SimpleCommandLinePropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * {@code java -jar akapen.jar migrate [--grant-to="'akapen'@'10.0.0.%'"]}: the migrations alone, as
 * the schema's owner, on the external database the portal is configured for; with {@code --grant-to},
 * the application's account then gets the grants of {@code db/grants.sql}. Nothing else of the portal
 * starts. Settings as for the portal: {@code AKAPEN_DB_URL}, {@code SPRING_FLYWAY_USER},
 * {@code SPRING_FLYWAY_PASSWORD} (or the same as {@code --name=value} options).
 */
public final class MigrateCommand {

    private MigrateCommand() {
    }

    /** The exit code: 0 migrated, 1 refused or failed (one line on {@code err} says why), 2 wrong usage. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        var environment = new StandardEnvironment();
        var options = new SimpleCommandLinePropertySource(args);
        environment.getPropertySources().addFirst(options);
        List<String> nonOptionArgs = java.util.Arrays.stream(args).filter(a -> !a.startsWith("--")).toList();
        if (!nonOptionArgs.isEmpty()) {
            err.println("usage: java -jar akapen.jar migrate [--grant-to=\"'user'@'host'\"]");
            return 2;
        }
        String url = environment.getProperty("akapen.db.url", "");
        String user = environment.getProperty("spring.flyway.user", environment.getProperty("akapen.db.username", ""));
        String password = environment.getProperty("spring.flyway.password",
                environment.getProperty("akapen.db.password", ""));
        String grantTo = environment.getProperty("grant-to", "");
        if (url.isBlank()) {
            err.println("migrate: no AKAPEN_DB_URL; the embedded database migrates itself at every start");
            return 1;
        }
        if (user.isBlank()) {
            err.println("migrate: set SPRING_FLYWAY_USER and SPRING_FLYWAY_PASSWORD to the schema owner's account");
            return 1;
        }
        if (!grantTo.isBlank() && !grantTo.matches("'[A-Za-z0-9_.$-]{1,80}'@'[A-Za-z0-9_.:%-]{1,255}'")) {
            err.println("migrate: --grant-to takes an account as 'user'@'host', e.g. 'akapen'@'10.0.0.%'");
            return 2;
        }
        try {
            var configuration = Flyway.configure().dataSource(url, user, password).locations("classpath:db/migration");
            if (!grantTo.isBlank()) {
                configuration.callbacks(new Callback[] {new AppUserGrants(grantTo)});
            }
            var result = configuration.load().migrate();
            out.printf("Migrated %s from version %s to %s (%d migrations)%n", url,
                    result.initialSchemaVersion == null ? "none" : result.initialSchemaVersion,
                    result.targetSchemaVersion == null ? result.initialSchemaVersion : result.targetSchemaVersion,
                    result.migrationsExecuted);
            if (!grantTo.isBlank()) {
                List<String> grants = AppUserGrants.statements(grantTo);
                out.printf("Granted %s what db/grants.sql lists (%d tables)%n", grantTo, grants.size());
            }
            return 0;
        } catch (RuntimeException e) {
            err.println("migrate: " + firstLine(e));
            return 1;
        }
    }

    private static String firstLine(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.lines().findFirst().orElse(message);
    }
}
