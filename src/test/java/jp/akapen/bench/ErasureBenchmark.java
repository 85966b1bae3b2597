package jp.akapen.bench;

import static jp.akapen.db.Tables.ACCOUNT;
import static jp.akapen.db.Tables.COHORT;
import static jp.akapen.db.Tables.DATA_KEY;
import static jp.akapen.db.Tables.LECTURE_INVITATION;
import static jp.akapen.db.Tables.LECTURE_SESSION;
import static jp.akapen.db.Tables.MAIL_MESSAGE;
import static jp.akapen.db.Tables.MAIL_RECIPIENT;
import static jp.akapen.db.Tables.PRIVACY_COHORT_MEMBER;
import static jp.akapen.db.Tables.VAULT_ENTRY;
import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import jp.akapen.AkapenSpringTest;
import jp.akapen.db.enums.AccountRole;
import jp.akapen.db.enums.DataKeyScope;
import jp.akapen.db.enums.LectureInvitationAnswer;
import jp.akapen.db.enums.LectureSessionKind;
import jp.akapen.db.enums.MailMessageBodyCharset;
import jp.akapen.db.enums.MailMessageKind;
import jp.akapen.db.enums.MailMessageState;
import jp.akapen.privacy.erasure.ErasureService;
import jp.akapen.privacy.erasure.ErasureState;
import org.jooq.DSLContext;
import org.jooq.Query;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 14's figure: the erasure of a cohort of 10,000 residents (target ≤ 10 s). Seeded straight into the tables: the
 * residents' accounts and memberships, a vault entry each (random bytes under a cohort key: the erasure never opens
 * them), an RSVP note each, and 100 mails to 100 residents each. Timed from {@code start} until the run is done, with
 * the application's batch size. Not part of the normal test run (no "Test" suffix):
 * {@code .ci/mvn -o test -Dtest=ErasureBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@AkapenSpringTest
class ErasureBenchmark {

    private static final int RESIDENTS = 10_000;
    private static final SecureRandom RANDOM = new SecureRandom();

    @Autowired
    DSLContext db;
    @Autowired
    ErasureService erasures;

    @Test
    void a_cohort_of_ten_thousand_residents_is_erased() {
        Instant now = Instant.now();
        long ward = db.select(ACCOUNT.ID).from(ACCOUNT).where(ACCOUNT.USERNAME.eq("ward1")).fetchOne(ACCOUNT.ID);
        long manager = db.select(ACCOUNT.ID).from(ACCOUNT).where(ACCOUNT.USERNAME.eq("manager")).fetchOne(ACCOUNT.ID);
        int year = 5000 + RANDOM.nextInt(4000);
        long cohort = db.insertInto(COHORT).set(COHORT.FISCAL_YEAR, year).set(COHORT.TERM_START, LocalDate.of(year, 4, 1))
                .set(COHORT.TERM_END, LocalDate.of(year + 1, 3, 31)).set(COHORT.CONTRACTOR, "ベンチ編集室")
                .set(COHORT.CREATED_BY, ward).set(COHORT.CREATED_AT, now).returning(COHORT.ID).fetchOne(COHORT.ID);
        long key = db.insertInto(DATA_KEY).set(DATA_KEY.SCOPE, DataKeyScope.COHORT).set(DATA_KEY.SCOPE_ID, cohort)
                .set(DATA_KEY.WRAPPED, bytes(60)).set(DATA_KEY.CREATED_AT, now).returning(DATA_KEY.ID).fetchOne(DATA_KEY.ID);
        String stamp = UUID.randomUUID().toString().substring(0, 8);
        long seedStart = System.nanoTime();
        List<Query> accounts = new ArrayList<>();
        for (int i = 0; i < RESIDENTS; i++) {
            accounts.add(db.insertInto(ACCOUNT).set(ACCOUNT.USERNAME, "bench-" + stamp + "-" + i)
                    .set(ACCOUNT.DISPLAY_NAME, "筆名" + i).set(ACCOUNT.ROLE, AccountRole.RESIDENT)
                    .set(ACCOUNT.PASSWORD_HASH, "-").set(ACCOUNT.CREATED_AT, now).set(ACCOUNT.PASSWORD_CHANGED_AT, now));
        }
        batch(accounts);
        List<Long> residents = db.select(ACCOUNT.ID).from(ACCOUNT).where(ACCOUNT.USERNAME.like("bench-" + stamp + "-%"))
                .orderBy(ACCOUNT.ID).fetch(ACCOUNT.ID);
        long session = db.insertInto(LECTURE_SESSION).set(LECTURE_SESSION.COHORT_ID, cohort)
                .set(LECTURE_SESSION.KIND, LectureSessionKind.LECTURE).set(LECTURE_SESSION.TITLE, "ベンチ講座")
                .set(LECTURE_SESSION.STARTS_AT, now).set(LECTURE_SESSION.ENDS_AT, now.plus(Duration.ofHours(1)))
                .set(LECTURE_SESSION.RSVP_DEADLINE, now).set(LECTURE_SESSION.CREATED_BY, manager)
                .set(LECTURE_SESSION.CREATED_AT, now).returning(LECTURE_SESSION.ID).fetchOne(LECTURE_SESSION.ID);
        List<Query> rows = new ArrayList<>();
        for (long resident : residents) {
            rows.add(db.insertInto(PRIVACY_COHORT_MEMBER).set(PRIVACY_COHORT_MEMBER.COHORT_ID, cohort)
                    .set(PRIVACY_COHORT_MEMBER.RESIDENT_ID, resident).set(PRIVACY_COHORT_MEMBER.FISCAL_YEAR, year));
            rows.add(db.insertInto(VAULT_ENTRY).set(VAULT_ENTRY.ACCOUNT_ID, resident).set(VAULT_ENTRY.DATA_KEY_ID, key)
                    .set(VAULT_ENTRY.FULL_NAME, bytes(60)).set(VAULT_ENTRY.ADDRESS, bytes(120))
                    .set(VAULT_ENTRY.EMAIL, bytes(60)).set(VAULT_ENTRY.UPDATED_AT, now));
            rows.add(db.insertInto(LECTURE_INVITATION).set(LECTURE_INVITATION.SESSION_ID, session)
                    .set(LECTURE_INVITATION.RESIDENT_ID, resident).set(LECTURE_INVITATION.ANSWER, LectureInvitationAnswer.DECLINE)
                    .set(LECTURE_INVITATION.NOTE, "所用のため欠席します " + resident));
        }
        batch(rows);
        rows.clear();
        for (int m = 0; m < 100; m++) {
            long mail = db.insertInto(MAIL_MESSAGE).set(MAIL_MESSAGE.KIND, MailMessageKind.COMPOSED)
                    .set(MAIL_MESSAGE.STATE, MailMessageState.SENT).set(MAIL_MESSAGE.SUBJECT, "ご案内 " + m)
                    .set(MAIL_MESSAGE.BODY, "本文 " + m).set(MAIL_MESSAGE.BODY_CHARSET, MailMessageBodyCharset.UTF_8)
                    .set(MAIL_MESSAGE.MESSAGE_ID, "<" + UUID.randomUUID() + "@bench>").set(MAIL_MESSAGE.ATTEMPTS, 1)
                    .set(MAIL_MESSAGE.CREATED_AT, now).returning(MAIL_MESSAGE.ID).fetchOne(MAIL_MESSAGE.ID);
            for (int r = 0; r < 100; r++) {
                rows.add(db.insertInto(MAIL_RECIPIENT).set(MAIL_RECIPIENT.MAIL_ID, mail)
                        .set(MAIL_RECIPIENT.ACCOUNT_ID, residents.get(m * 100 + r)));
            }
        }
        batch(rows);
        double seeded = (System.nanoTime() - seedStart) / 1e9;

        long start = System.nanoTime();
        erasures.start(cohort, manager, ward);
        int done = erasures.runPending();
        double seconds = (System.nanoTime() - start) / 1e9;
        var report = erasures.report(cohort).orElseThrow();
        System.out.printf("ErasureBenchmark: %d cores; seeded %d residents in %.1f s; erased in %.1f s: %s; load average"
                + " %.2f%n", Runtime.getRuntime().availableProcessors(), residents.size(), seeded, seconds,
                report.steps(), java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        assertThat(done).isEqualTo(1);
        assertThat(report.state()).isEqualTo(ErasureState.DONE);
        assertThat(report.erased("vault_entry")).isEqualTo(RESIDENTS);
        assertThat(report.erased("lecture_roster")).isEqualTo(RESIDENTS);
        assertThat(report.erased("mail")).isEqualTo(100);
    }

    private void batch(List<Query> queries) {
        for (int i = 0; i < queries.size(); i += 1000) {
            db.batch(queries.subList(i, Math.min(queries.size(), i + 1000))).execute();
        }
    }

    private static byte[] bytes(int n) {
        byte[] bytes = new byte[n];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
