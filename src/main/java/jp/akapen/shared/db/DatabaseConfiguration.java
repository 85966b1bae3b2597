package jp.akapen.shared.db;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.jooq.autoconfigure.DefaultConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * MariaDB only: the external server named by {@code akapen.db.url} ({@code AKAPEN_DB_URL}), or,
 * when none is configured, an embedded MariaDB server whose files live in
 * {@code akapen.db.embedded.data-dir} (default {@code ~/.akapen/db}).
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    static final long GROUP_CONCAT_MAX_LEN = 64L * 1024 * 1024;

    @Bean
    DataSource dataSource(
            @Value("${akapen.db.url:}") String url,
            @Value("${akapen.db.username:}") String username,
            @Value("${akapen.db.password:}") String password,
            @Value("${akapen.db.embedded.data-dir:}") String embeddedDataDir,
            @Value("${akapen.db.connection-timeout:30s}") Duration connectionTimeout) {
        var dataSource = new HikariDataSource();
        if (url.isBlank()) {
            EmbeddedMariaDb embedded = EmbeddedMariaDb.start(embeddedDataDir);
            dataSource.setJdbcUrl(embedded.jdbcUrl());
            dataSource.setUsername("root");
        } else {
            dataSource.setJdbcUrl(url);
            dataSource.setUsername(username);
            dataSource.setPassword(password);
        }
        dataSource.setPoolName("akapen");
        // jOOQ reads nested lists (MULTISET) through GROUP_CONCAT, whose default limit would cut them
        dataSource.setConnectionInitSql("SET SESSION group_concat_max_len = " + GROUP_CONCAT_MAX_LEN);
        dataSource.setConnectionTimeout(connectionTimeout.toMillis());
        return dataSource;
    }

    /** The session limit is set once per connection above, not around every query in one multi-statement. */
    @Bean
    DefaultConfigurationCustomizer noGroupConcatSessionVariable() {
        return configuration -> configuration.settings().setRenderGroupConcatMaxLenSessionVariable(false);
    }
}
