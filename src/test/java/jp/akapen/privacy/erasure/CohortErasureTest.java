package jp.akapen.privacy.erasure;

import static jp.akapen.db.Tables.DATA_KEY;
import static jp.akapen.db.Tables.ERASURE;
import static jp.akapen.db.Tables.ERASURE_RECORD;
import static jp.akapen.db.Tables.ERASURE_STEP;
import static jp.akapen.db.Tables.HANDLER_DESIGNATION;
import static jp.akapen.db.Tables.LECTURE_INVITATION;
import static jp.akapen.db.Tables.MAIL_MESSAGE;
import static jp.akapen.db.Tables.VAULT_ENTRY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import jp.akapen.AkapenSpringTest;
import jp.akapen.TestSupport;
import jp.akapen.db.enums.DataKeyScope;
import jp.akapen.db.enums.MailMessageState;
import jp.akapen.privacy.VaultFixtures;
import jp.akapen.privacy.audit.chain.AuditEvent;
import jp.akapen.privacy.vault.PersonalDataService;
import jp.akapen.privacy.vault.VaultState;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Issue 14 items 3-5 (seed D1, D2): a cohort's erasure on the real database, with canary values planted in every table
 * that holds its personal data and a second cohort that must come through untouched.
 */
@AkapenSpringTest
class CohortErasureTest {

    @Autowired
    ErasureService erasures;

    @Autowired
    ErasureRun run;

    @Autowired
    ErasureRestoreCheck restoreCheck;

    @Autowired
    ErasureLedgerFile ledgerFile;

    @Autowired
    PersonalDataService personalData;

    @Autowired
    UserDetailsService users;

    @Autowired
    DSLContext db;

    @Autowired
    ApplicationContext context;

    ErasureFixture fixture;
    VaultFixtures vaultFixtures;
    long manager;
    long ward;

    @BeforeEach
    void fixtures() {
        fixture = new ErasureFixture(context);
        vaultFixtures = new VaultFixtures(context);
        manager = fixture.id("manager");
        ward = fixture.id("ward1");
        // erasures other test classes' approvals recorded (their own residents only) run first, apart from these counts
        erasures.runPending();
    }

    @Test
    void an_erased_cohort_leaves_no_canary_in_any_text_column_and_the_other_cohort_keeps_everything() throws Exception {
        var erased = fixture.plant();
        var kept = fixture.plant();
        assertThat(fixture.textColumnsHolding(erased.plaintext())).as("the scan finds what was planted")
                .hasSizeGreaterThanOrEqualTo(erased.plaintext().size());
        long seq = vaultFixtures.lastSeq();

        var recorded = erasures.start(erased.id(), manager, ward);
        assertThat(recorded.state()).isEqualTo(ErasureState.PENDING);
        assertThat(erasures.runPending()).isEqualTo(1);

        var report = erasures.report(erased.id()).orElseThrow();
        assertThat(report.state()).isEqualTo(ErasureState.DONE);
        assertThat(report.keyId()).isEqualTo("cohort:" + erased.id());
        assertThat(report.manifestSha256()).matches("[0-9a-f]{64}");
        assertThat(report.startedAt()).isNotNull();
        assertThat(report.finishedAt()).isAfterOrEqualTo(report.startedAt());
        assertThat(counts(report)).isEqualTo(erased.expected());
        assertThat(erasures.remaining(erased.id()).values()).allMatch(n -> n == 0);

        assertThat(fixture.textColumnsHolding(erased.plaintext())).as("text columns still holding the erased cohort's values")
                .isEmpty();
        assertThat(fixture.textColumnsHolding(kept.plaintext())).hasSizeGreaterThanOrEqualTo(kept.plaintext().size());
        System.out.printf("Erasure canary: %d text columns scanned for %d values: 0 hits%n",
                ErasureFixture.columnsScanned(db), erased.plaintext().size());

        TestSupport.signIn(users, "ward1");
        for (long resident : erased.residentIds()) {
            assertThat(personalData.readAll(resident).state()).isEqualTo(VaultState.ABSENT);
        }
        assertThat(personalData.readAll(kept.residentIds().get(0)).data().fullName())
                .isEqualTo(kept.vault().get(0).fullName());
        TestSupport.signOut();
        assertThat(db.fetchCount(VAULT_ENTRY, VAULT_ENTRY.ACCOUNT_ID.in(erased.residentIds()))).isZero();
        assertThat(db.select(DATA_KEY.WRAPPED).from(DATA_KEY).where(DATA_KEY.SCOPE.eq(DataKeyScope.COHORT))
                .and(DATA_KEY.SCOPE_ID.eq(erased.id())).fetchOne(DATA_KEY.WRAPPED)).isNull();
        var designation = db.selectFrom(HANDLER_DESIGNATION).where(HANDLER_DESIGNATION.ID.eq(erased.designationId())).fetchOne();
        assertThat(designation.getEndedBy()).isEqualTo(manager);
        assertThat(db.selectFrom(HANDLER_DESIGNATION).where(HANDLER_DESIGNATION.ID.eq(kept.designationId())).fetchOne()
                .getEndedAt()).isNull();
        var unsent = db.selectFrom(MAIL_MESSAGE).where(MAIL_MESSAGE.ID.eq(erased.unsentMailId())).fetchOne();
        assertThat(unsent.getState()).isEqualTo(MailMessageState.FAILED);
        assertThat(unsent.getNextAttemptAt()).as("a purged mail is never sent").isNull();

        var events = vaultFixtures.eventsAfter(seq);
        assertThat(events).extracting(AuditEvent::action).containsSubsequence("ERASURE_REQUESTED", "ERASURE_STARTED",
                "DATA_KEY_DESTROYED", "ERASURE_STEP_FINISHED", "ERASURE_FINISHED");
        assertThat(events).filteredOn(e -> e.action().startsWith("ERASURE_"))
                .allSatisfy(e -> assertThat(e.actorRole()).isEqualTo(ErasureService.ACTOR_ROLE))
                .filteredOn(e -> e.action().equals("ERASURE_STEP_FINISHED")).hasSize(erased.expected().size());
        assertThat(events).filteredOn(e -> e.action().equals("ERASURE_REQUESTED")).singleElement()
                .satisfies(e -> assertThat(e.fields()).containsExactly("operator_" + manager, "validator_" + ward));
        assertThat(events.toString()).as("the audit log names people by id only")
                .doesNotContain(erased.plaintext()).doesNotContain(erased.vault().get(0).fullName());
        String ledger = Files.readString(ledgerFile.path(), StandardCharsets.UTF_8);
        assertThat(ledger).contains("cohort=" + erased.id() + " key=cohort:" + erased.id())
                .contains("manifest=" + report.manifestSha256()).doesNotContain(erased.plaintext());

        // running again changes nothing
        long afterFirst = vaultFixtures.lastSeq();
        assertThat(erasures.start(erased.id(), manager, ward)).isEqualTo(report);
        assertThat(erasures.runPending()).isZero();
        assertThat(erasures.report(erased.id()).orElseThrow()).isEqualTo(report);
        assertThat(vaultFixtures.lastSeq()).isEqualTo(afterFirst);
    }

    @Test
    void an_erasure_cut_short_in_the_middle_resumes_and_counts_every_record_exactly_once() {
        var cohort = fixture.plant();
        erasures.start(cohort.id(), manager, null);
        var batches = new AtomicInteger();
        ErasureRun.Hook crash = (category, ids) -> {
            if (batches.incrementAndGet() == 4) {
                throw new IllegalStateException("killed in the middle of a batch");
            }
        };
        assertThatThrownBy(() -> run.runPending(crash, 1)).hasMessageContaining("killed");

        var cut = erasures.report(cohort.id()).orElseThrow();
        assertThat(cut.state()).isEqualTo(ErasureState.RUNNING);
        // batches of one: the key, an empty batch that finds the step done, one vault entry; the fourth batch, the
        // second entry, was rolled back with its count
        assertThat(cut.erased("data_key")).isEqualTo(1);
        assertThat(cut.erased("vault_entry")).isEqualTo(1);
        assertThat(erasures.remaining(cohort.id())).containsEntry("vault_entry", 1L).containsEntry("lecture_roster", 5L);

        assertThat(run.runPending(ErasureRun.Hook.NONE, 2)).isEqualTo(1);
        var done = erasures.report(cohort.id()).orElseThrow();
        assertThat(done.state()).isEqualTo(ErasureState.DONE);
        assertThat(counts(done)).isEqualTo(cohort.expected());
        long ledgerRows = db.fetchCount(ERASURE_RECORD, ERASURE_RECORD.ERASURE_ID.eq(erasureId(cohort.id())));
        assertThat(ledgerRows).isEqualTo(cohort.expected().values().stream().mapToLong(Long::longValue).sum());
        assertThat(fixture.textColumnsHolding(cohort.plaintext())).isEmpty();
    }

    @Test
    void a_backup_restored_from_before_the_erasure_is_erased_again_at_start_up_and_audited() {
        var cohort = fixture.plant();
        DSLContext owner = DSL.using(TestSupport.owner(context), SQLDialect.MARIADB);
        var keyBefore = owner.selectFrom(DATA_KEY).where(DATA_KEY.SCOPE.eq(DataKeyScope.COHORT))
                .and(DATA_KEY.SCOPE_ID.eq(cohort.id())).fetchOne();
        var entriesBefore = owner.selectFrom(VAULT_ENTRY).where(VAULT_ENTRY.ACCOUNT_ID.in(cohort.residentIds())).fetch();
        var notesBefore = owner.selectFrom(LECTURE_INVITATION).where(LECTURE_INVITATION.RESIDENT_ID.in(cohort.residentIds()))
                .fetch();
        erasures.start(cohort.id(), manager, ward);
        erasures.runPending();
        var original = erasures.report(cohort.id()).orElseThrow();

        // the database as the backup had it: key live, entries and notes there, no record of the erasure
        owner.update(DATA_KEY).set(DATA_KEY.WRAPPED, keyBefore.getWrapped()).setNull(DATA_KEY.DESTROYED_AT)
                .where(DATA_KEY.ID.eq(keyBefore.getId())).execute();
        entriesBefore.forEach(r -> {
            r.changed(true);
            owner.insertInto(VAULT_ENTRY).set(r).execute();
        });
        notesBefore.forEach(r -> owner.update(LECTURE_INVITATION).set(LECTURE_INVITATION.NOTE, r.getNote())
                .where(LECTURE_INVITATION.SESSION_ID.eq(r.getSessionId()))
                .and(LECTURE_INVITATION.RESIDENT_ID.eq(r.getResidentId())).execute());
        long id = erasureId(cohort.id());
        owner.deleteFrom(ERASURE_RECORD).where(ERASURE_RECORD.ERASURE_ID.eq(id)).execute();
        owner.deleteFrom(ERASURE_STEP).where(ERASURE_STEP.ERASURE_ID.eq(id)).execute();
        owner.deleteFrom(ERASURE).where(ERASURE.ID.eq(id)).execute();
        TestSupport.signIn(users, "ward1");
        assertThat(personalData.readAll(cohort.residentIds().get(0)).data().email())
                .as("the restored backup makes the data readable again").isEqualTo(cohort.vault().get(0).email());
        TestSupport.signOut();
        long seq = vaultFixtures.lastSeq();

        assertThat(restoreCheck.check()).contains(cohort.id());
        run.runPending(ErasureRun.Hook.NONE);

        var again = erasures.report(cohort.id()).orElseThrow();
        assertThat(again.state()).isEqualTo(ErasureState.DONE);
        assertThat(again.reapplied()).isEqualTo(1);
        // the new run's ledger holds what the "backup" brought back: the key, both entries and the two notes
        assertThat(counts(again)).containsEntry("data_key", 1L).containsEntry("vault_entry", 2L)
                .containsEntry("lecture_roster", 2L).containsEntry("mail", 0L);
        assertThat(again.manifestSha256()).isNotEqualTo(original.manifestSha256());
        assertThat(db.fetchCount(VAULT_ENTRY, VAULT_ENTRY.ACCOUNT_ID.in(cohort.residentIds()))).isZero();
        assertThat(fixture.textColumnsHolding(cohort.plaintext())).isEmpty();
        assertThat(vaultFixtures.eventsAfter(seq)).filteredOn(e -> e.action().equals("ERASURE_REAPPLIED"))
                .singleElement().satisfies(e -> {
                    assertThat(e.objectId()).isEqualTo(String.valueOf(cohort.id()));
                    assertThat(e.fields()).containsExactly("backup_before_erasure");
                });

        // a table restored on its own: the database remembers the erasure, the notes are back
        notesBefore.forEach(r -> owner.update(LECTURE_INVITATION).set(LECTURE_INVITATION.NOTE, r.getNote())
                .where(LECTURE_INVITATION.SESSION_ID.eq(r.getSessionId()))
                .and(LECTURE_INVITATION.RESIDENT_ID.eq(r.getResidentId())).execute());
        long seq2 = vaultFixtures.lastSeq();
        assertThat(restoreCheck.check()).containsExactly(cohort.id());
        run.runPending(ErasureRun.Hook.NONE);
        var third = erasures.report(cohort.id()).orElseThrow();
        assertThat(third.state()).isEqualTo(ErasureState.DONE);
        assertThat(counts(third)).as("records erased again are not counted twice").isEqualTo(counts(again));
        assertThat(fixture.textColumnsHolding(cohort.plaintext())).isEmpty();
        assertThat(vaultFixtures.eventsAfter(seq2)).filteredOn(e -> e.action().equals("ERASURE_REAPPLIED"))
                .singleElement().satisfies(e -> assertThat(e.fields()).containsExactly("found_2"));
    }

    private long erasureId(long cohortId) {
        return db.select(ERASURE.ID).from(ERASURE).where(ERASURE.COHORT_ID.eq(cohortId)).fetchOne(ERASURE.ID);
    }

    private static Map<String, Long> counts(ErasureReport report) {
        var counts = new java.util.LinkedHashMap<String, Long>();
        report.steps().forEach(s -> counts.put(s.category(), s.erased()));
        return counts;
    }
}
