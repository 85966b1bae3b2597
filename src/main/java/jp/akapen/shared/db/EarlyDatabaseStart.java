package jp.akapen.shared.db;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;

/**
 * Starts the embedded MariaDB as soon as the settings are read, on a thread of its own, when no external database is
 * configured: the server then comes up while Spring reads the portal's classes and starts Tomcat, instead of after
 * them (issue 17: about a second on a data directory that exists, several on a fresh one). The
 * {@code embeddedMariaDb} bean waits for it and reports a failed start as before. Registered in
 * {@code META-INF/spring.factories}, ordered after Spring Boot's own listeners so that application.properties and
 * the command line are already read.
 */
public class EarlyDatabaseStart implements ApplicationListener<ApplicationEnvironmentPreparedEvent>, Ordered {

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        var settings = event.getEnvironment();
        if (settings.getProperty("akapen.db.url", "").isBlank()) {
            EmbeddedMariaDb.startInBackground(settings.getProperty("akapen.db.embedded.data-dir", ""));
        }
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
