package jp.akapen;

import static jp.akapen.db.Tables.ACCOUNT;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.flywaydb.core.Flyway;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@AkapenSpringTest
class DatabaseTest {

    @Autowired
    Flyway flyway;

    @Autowired
    DSLContext db;

    @Test
    void every_migration_applies_to_an_empty_mariadb() {
        var applied = flyway.info().applied();
        var files = flyway.info().all();
        assertThat(applied).hasSize(files.length);
        assertThat(applied).allSatisfy(m -> assertThat(m.getState().isApplied()).isTrue());
        assertThat(flyway.info().pending()).isEmpty();
    }

    @Test
    void the_database_is_mariadb_and_stores_japanese_text_unchanged() {
        String version = db.fetchValue("SELECT VERSION()").toString();
        assertThat(version).containsIgnoringCase("mariadb");
        String text = "𠮷野家で「令和」の原稿を校正する🖋";
        assertThat(db.fetchValue(org.jooq.impl.DSL.val(text))).isEqualTo(text);
    }

    @Test
    void generated_jooq_code_reads_the_demo_accounts() {
        List<String> residents = db.select(ACCOUNT.USERNAME).from(ACCOUNT)
                .where(ACCOUNT.USERNAME.like("resident%"))
                .orderBy(ACCOUNT.USERNAME)
                .fetch(ACCOUNT.USERNAME);
        assertThat(residents).startsWith("resident1", "resident2").contains("resident7");
    }
}
