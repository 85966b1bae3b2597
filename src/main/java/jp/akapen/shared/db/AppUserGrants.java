package jp.akapen.shared.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.List;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.springframework.core.io.ClassPathResource;

/**
 * Gives the application's user the grants of {@code db/grants.sql} after every migration, as the
 * schema's owner (on the embedded server, where the portal manages both accounts). Tables exist only
 * after their migration, so this cannot be done before.
 */
final class AppUserGrants implements Callback {

    static final String FILE = "db/grants.sql";

    private final String appUser;

    AppUserGrants(String appUser) {
        this.appUser = appUser;
    }

    /** The GRANT statements of the file, for the given account. */
    static List<String> statements(String appUser) {
        try {
            String text = new ClassPathResource(FILE).getContentAsString(StandardCharsets.UTF_8);
            return text.lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("--"))
                    .map(line -> line.replace("${app_user}", appUser).replaceFirst(";$", ""))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public boolean supports(Event event, Context context) {
        return event == Event.AFTER_MIGRATE;
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
        return true;
    }

    @Override
    public void handle(Event event, Context context) {
        try (var statement = context.getConnection().createStatement()) {
            for (String grant : statements(appUser)) {
                statement.execute(grant);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot give the application's user its grants (" + FILE + "): "
                    + e.getMessage(), e);
        }
    }

    @Override
    public String getCallbackName() {
        return "akapen-app-user-grants";
    }
}
