package jp.akapen.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import jp.akapen.AkapenSpringTest;
import jp.akapen.TestSupport;
import jp.akapen.privacy.vault.PersonalData;
import jp.akapen.privacy.vault.PersonalDataService;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Seed P1, P5, P11 (encrypted at rest): unique canary values saved through the vault appear nowhere in the test
 * MariaDB's files (data, undo, redo, system tablespace; UTF-8 and UTF-16) nor in a {@code mariadb-dump} of the
 * database. The same scan finds a canary stored in plaintext, so it can fail.
 */
@AkapenSpringTest
class EncryptionAtRestCanaryTest {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Autowired
    DSLContext db;

    @Autowired
    PersonalDataService personalData;

    @Autowired
    UserDetailsService users;

    @Autowired
    jp.akapen.lecture.survey.SurveyService surveys;

    @Autowired
    ApplicationContext context;

    VaultFixtures fixtures;

    /** The schema's owner: a database administrator makes the scratch table and flushes pages to disk. */
    DSLContext owner;

    @BeforeEach
    void fixtures() {
        fixtures = new VaultFixtures(context);
        owner = DSL.using(TestSupport.owner(context), SQLDialect.MARIADB);
    }

    @Test
    void neither_the_database_files_nor_a_dump_hold_the_plaintext_of_personal_data() throws Exception {
        var canary = new PersonalData("金糸雀 " + hex(), kana(12), "東京都新宿区カナリア町 " + hex(),
                "canary-" + UUID.randomUUID() + "@example.jp", "0" + (1_000_000_000L + RANDOM.nextLong(8_999_999_999L)));
        String resident = fixtures.newAcknowledgedResident();
        long id = fixtures.id(resident);
        TestSupport.signIn(users, resident);
        personalData.save(id, canary, 0);
        // and once more, moved under a cohort key, so old and new row versions are on disk
        fixtures.newCohort(List.of(id));
        assertThat(personalData.readAll(id).data().email()).isEqualTo(canary.email());
        String freeText = answeredAnonymousSurvey(resident);
        flushToDisk("vault_entry", "data_key", "audit_event", "survey_completion", "survey_response", "survey_answer");

        var values = new ArrayList<String>();
        PersonalData.FIELDS.forEach(f -> values.add(canary.get(f)));
        var scan = new CanaryScan(values);
        scan.scanTree(dataDir());
        long fileBytes = scan.bytes;
        byte[] dump = dump();
        scan.scan("mariadb-dump", new ByteArrayInputStream(dump));

        System.out.printf("Encryption canary: %d files (%d bytes) of the data directory and a %d-byte dump scanned "
                + "for %d values in 3 encodings: %d hits%n", scan.files - 1, fileBytes, dump.length, values.size(),
                scan.hits.size());
        assertThat(dump.length).as("the dump holds the vault's table").isGreaterThan(1000);
        assertThat(new String(dump, java.nio.charset.StandardCharsets.UTF_8)).contains("CREATE TABLE `vault_entry`")
                .as("the survey tables, free-text answers included, are in what was scanned (issue 13)")
                .contains("CREATE TABLE `survey_answer`", freeText);
        assertThat(scan.files).as("files scanned").isGreaterThan(10);
        assertThat(scan.hits).isEmpty();
    }

    /**
     * The resident attends a lecture and answers its anonymous survey with a free text: the scan then covers the
     * survey tables with a row of theirs in them (issue 13 item 8).
     */
    private String answeredAnonymousSurvey(String resident) {
        var sessions = new jp.akapen.lecture.survey.SessionFixture(db);
        long session = sessions.session("カナリアの講座", java.time.Instant.now(), java.time.Duration.ofHours(1),
                List.of(resident));
        TestSupport.signIn(users, "handler1");
        long survey = surveys.create(jp.akapen.lecture.survey.SessionFixture.draft(session, true, "満足度は？"));
        surveys.submit(survey);
        TestSupport.signIn(users, resident);
        String freeText = "自由記述の回答 " + hex();
        surveys.answer(survey, jp.akapen.lecture.survey.SessionFixture.answers(surveys.survey(survey), 0, List.of(1), 3,
                freeText));
        return freeText;
    }

    /** The positive control: the same scan, same flushing, finds a value that was stored as plain text. */
    @Test
    void the_scan_finds_a_canary_stored_in_plain_text() throws Exception {
        String control = "canary-control-" + UUID.randomUUID() + "@example.jp";
        String japanese = "平文のカナリア" + kana(8);
        owner.execute("CREATE TABLE canary_scratch (v VARCHAR(200)) CHARACTER SET utf8mb4");
        try {
            owner.execute("INSERT INTO canary_scratch (v) VALUES (?), (?)", control, japanese);
            flushToDisk("canary_scratch");

            var files = new CanaryScan(List.of(control, japanese));
            files.scanTree(dataDir());
            var dumped = new CanaryScan(List.of(control, japanese));
            dumped.scan("mariadb-dump", new ByteArrayInputStream(dump()));

            assertThat(files.hits).anySatisfy(hit -> assertThat(hit).contains("canary_scratch.ibd", control));
            assertThat(files.hits).anySatisfy(hit -> assertThat(hit).contains(japanese + " (UTF-8)"));
            assertThat(dumped.hits).hasSize(2);
        } finally {
            owner.execute("DROP TABLE canary_scratch");
        }
    }

    /** Writes the tables' pages to their files (not only to the redo log, which is scanned as well). */
    private void flushToDisk(String... tables) {
        owner.connection(connection -> {
            try (var statement = connection.createStatement()) {
                statement.execute("FLUSH TABLES " + String.join(", ", tables) + " FOR EXPORT");
                statement.execute("UNLOCK TABLES");
            }
        });
    }

    /** The embedded server's data directory (tests against an external AKAPEN_DB_URL cannot read its files). */
    private Path dataDir() {
        Path dir = Path.of(db.fetchValue("SELECT @@datadir").toString());
        Assumptions.assumeTrue(Files.isDirectory(dir.resolve(db.fetchValue("SELECT DATABASE()").toString())),
                "the database's files are not on this machine (external AKAPEN_DB_URL)");
        return dir;
    }

    /** A dump of the application's database by the embedded distribution's own mariadb-dump. */
    private byte[] dump() throws Exception {
        return SchemaDump.of(db, context);
    }

    private static String hex() {
        return UUID.randomUUID().toString().replace("-", "");
    }

    private static String kana(int length) {
        var text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.appendCodePoint('ぁ' + RANDOM.nextInt('ゖ' - 'ぁ'));
        }
        return text.toString();
    }
}
