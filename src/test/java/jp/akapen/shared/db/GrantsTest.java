package jp.akapen.shared.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import jp.akapen.AkapenSpringTest;
import jp.akapen.TestSupport;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** Seed P4, P11: the portal runs as a user with exactly the grants of db/grants.sql, kept in step with the migrations. */
@AkapenSpringTest
class GrantsTest {

    private static final Pattern GRANT = Pattern.compile("GRANT ([A-Z, ]+) ON (\\w+) TO .*");

    @Autowired
    DataSource dataSource;

    @Autowired
    ApplicationContext context;

    @Test
    void every_table_the_migrations_create_has_a_grant_for_the_application_user() {
        List<String> tables = DSL.using(TestSupport.owner(context), SQLDialect.MARIADB)
                .fetchValues("SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE()")
                .stream().map(Object::toString).toList();
        List<String> granted = AppUserGrants.statements("x").stream()
                .map(GRANT::matcher).filter(java.util.regex.Matcher::matches).map(m -> m.group(2)).toList();

        assertThat(tables).isNotEmpty();
        assertThat(granted).as("tables in db/grants.sql").containsExactlyInAnyOrderElementsOf(tables);
    }

    @Test
    void the_portal_connects_as_the_application_user_who_may_only_append_to_the_audit_log() {
        var app = DSL.using(dataSource, SQLDialect.MARIADB);
        String user = app.fetchValue("SELECT CURRENT_USER()").toString();
        Assumptions.assumeFalse(System.getenv().containsKey("AKAPEN_DB_URL"), "an external database's own user");
        assertThat(user).startsWith(EmbeddedCredentials.APP + "@");
        assertThat(app.fetchValues("SELECT privilege_type FROM information_schema.table_privileges"
                + " WHERE table_schema = DATABASE() AND table_name = 'audit_event'").stream().map(Object::toString))
                .containsExactlyInAnyOrder("SELECT", "INSERT");
        assertThat(app.fetchValues("SELECT privilege_type FROM information_schema.schema_privileges"
                + " WHERE table_schema = DATABASE()")).isEmpty();
    }
}
