package jp.akapen.shared.db;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import javax.sql.DataSource;
import org.flywaydb.core.api.callback.Callback;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
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
        // jOOQ reads nested lists (MULTISET) through GROUP_CONCAT, whose default limit would cut them
        dataSource.setConnectionInitSql("SET SESSION group_concat_max_len = " + GROUP_CONCAT_MAX_LEN);
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
    }

    @Configuration(proxyBeanMethods = false)
    @Conditional(Embedded.class)
    static class EmbeddedDatabase {

        @Bean
        EmbeddedMariaDb embeddedMariaDb(@Value("${akapen.db.embedded.data-dir:}") String dataDir) {
            return EmbeddedMariaDb.start(dataDir);
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

    static final class External implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !context.getEnvironment().getProperty("akapen.db.url", "").isBlank();
        }
    }
}
