package jp.akapen.shared.db;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import javax.sql.DataSource;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.callback.Callback;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.jooq.autoconfigure.DefaultConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * MariaDB only: the external server named by {@code akapen.db.url} ({@code AKAPEN_DB_URL}), or,
 * when none is configured, an embedded MariaDB server whose files live in
 * {@code akapen.db.embedded.data-dir} (default {@code ~/.akapen/db}). On the embedded server the
 * migrations run as the schema's owner and the portal as a user with only the grants of
 * {@code db/grants.sql}, as README asks of an external one.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    static final long GROUP_CONCAT_MAX_LEN = 64L * 1024 * 1024;
    /** jOOQ reads nested lists (MULTISET) through GROUP_CONCAT, whose default limit would cut them. */
    static final String CONNECTION_INIT_SQL = "SET SESSION group_concat_max_len = " + GROUP_CONCAT_MAX_LEN;

    /** The session limit is set once per connection, not around every query in one multi-statement. */
    @Bean
    DefaultConfigurationCustomizer noGroupConcatSessionVariable() {
        return configuration -> configuration.settings().setRenderGroupConcatMaxLenSessionVariable(false);
    }

    static HikariDataSource pool(String name, String url, String username, String password, Duration timeout) {
        var dataSource = new HikariDataSource();
        dataSource.setPoolName(name);
        dataSource.setJdbcUrl(url);
        dataSource.setUsername(username);
        dataSource.setPassword(password);
        dataSource.setConnectionInitSql(CONNECTION_INIT_SQL);
        dataSource.setConnectionTimeout(timeout.toMillis());
        return dataSource;
    }

    @Configuration(proxyBeanMethods = false)
    @Conditional(External.class)
    static class ExternalDatabase {

        @Bean
        DataSource dataSource(
                @Value("${akapen.db.url}") String url,
                @Value("${akapen.db.username:}") String username,
                @Value("${akapen.db.password:}") String password,
                @Value("${akapen.db.connection-timeout:30s}") Duration connectionTimeout) {
            return pool("akapen", url, username, password, connectionTimeout);
        }

        /**
         * With the owner's account ({@code SPRING_FLYWAY_USER}) the portal migrates at start, and gives
         * {@code AKAPEN_DB_GRANT_TO} the grants after; without it, it only checks that the schema is
         * current and otherwise stops, naming the command that migrates.
         */
        @Bean
        FlywayMigrationStrategy ownerMigratesOrSchemaIsCurrent(@Value("${spring.flyway.user:}") String owner) {
            return flyway -> {
                if (!owner.isBlank()) {
                    flyway.migrate();
                    return;
                }
                try {
                    flyway.validate();
                } catch (FlywayException e) {
                    throw new IllegalStateException("The database schema is not the one this version needs (" + e.getMessage()
                            .lines().findFirst().orElse("") + "): run `java -jar akapen.jar migrate` as the schema's"
                            + " owner first, or set SPRING_FLYWAY_USER and SPRING_FLYWAY_PASSWORD", e);
                }
            };
        }

        @Bean
        @Conditional(GrantTo.class)
        Callback appUserGrants(@Value("${akapen.db.grant-to}") String account) {
            return new AppUserGrants(account);
        }
    }

    @Configuration(proxyBeanMethods = false)
    @Conditional(Embedded.class)
    static class EmbeddedDatabase {

        /** Started early by {@link EarlyDatabaseStart}; stopped only after Spring has closed its contexts. */
        @Bean
        EmbeddedMariaDb embeddedMariaDb(@Value("${akapen.db.embedded.data-dir:}") String dataDir) {
            var server = EmbeddedMariaDb.start(dataDir);
            SpringApplication.getShutdownHandlers().add(server.handOverStop());
            return server;
        }

        @Bean
        @Primary
        DataSource dataSource(EmbeddedMariaDb server,
                @Value("${akapen.db.connection-timeout:30s}") Duration connectionTimeout) {
            var credentials = server.credentials();
            return pool("akapen", server.jdbcUrl(), credentials.appUser(), credentials.appPassword(), connectionTimeout);
        }

        /** The schema's owner: Flyway's connection, and tests that play a database administrator. */
        @Bean(defaultCandidate = false)
        @FlywayDataSource
        DataSource ownerDataSource(EmbeddedMariaDb server,
                @Value("${akapen.db.connection-timeout:30s}") Duration connectionTimeout) {
            var credentials = server.credentials();
            var owner = pool("akapen-owner", server.jdbcUrl(), credentials.ownerUser(), credentials.ownerPassword(),
                    connectionTimeout);
            owner.setMinimumIdle(0);
            owner.setMaximumPoolSize(2);
            return owner;
        }

        @Bean
        BackupSchedule backupSchedule(EmbeddedMariaDb server,
                @Value("${akapen.backup.dir:${user.home}/.akapen/backups}") String folder,
                @Value("${akapen.backup.keep:14}") int keep, java.time.Clock clock) {
            return new BackupSchedule(server, java.nio.file.Path.of(folder), keep, clock);
        }

        @Bean
        RedoLog redoLog(EmbeddedMariaDb server) {
            return new RedoLog(server);
        }

        @Bean
        RestoreMarker restoreMarker(EmbeddedMariaDb server, org.springframework.context.ApplicationEventPublisher events) {
            return new RestoreMarker(server, events);
        }

        @Bean
        Callback appUserGrants(EmbeddedMariaDb server) {
            return new AppUserGrants(server.appAccount());
        }
    }

    static final class Embedded implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return context.getEnvironment().getProperty("akapen.db.url", "").isBlank();
        }
    }

    static final class GrantTo implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !context.getEnvironment().getProperty("akapen.db.grant-to", "").isBlank();
        }
    }

    static final class External implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !context.getEnvironment().getProperty("akapen.db.url", "").isBlank();
        }
    }
}
