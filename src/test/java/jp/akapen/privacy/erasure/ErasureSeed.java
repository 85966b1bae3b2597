package jp.akapen.privacy.erasure;

import static jp.akapen.db.Tables.ACCOUNT;
import static jp.akapen.db.Tables.COHORT;
import static jp.akapen.db.Tables.COHORT_MEMBER;
import static jp.akapen.db.Tables.DATA_KEY;
import static jp.akapen.db.Tables.HANDLER_DESIGNATION;
import static jp.akapen.db.Tables.LECTURE_CHECKIN_FAILURE;
import static jp.akapen.db.Tables.LECTURE_INVITATION;
import static jp.akapen.db.Tables.LECTURE_MATERIAL;
import static jp.akapen.db.Tables.LECTURE_SESSION;
import static jp.akapen.db.Tables.MAIL_MESSAGE;
import static jp.akapen.db.Tables.MAIL_RECIPIENT;
import static jp.akapen.db.Tables.PORTAL_FILE;
import static jp.akapen.db.Tables.PORTAL_FILE_LINK;
import static jp.akapen.db.Tables.PORTAL_FILE_READER;
import static jp.akapen.db.Tables.PRIVACY_COHORT_MEMBER;
import static jp.akapen.db.Tables.SURVEY;
import static jp.akapen.db.Tables.SURVEY_ANSWER;
import static jp.akapen.db.Tables.SURVEY_COMPLETION;
import static jp.akapen.db.Tables.SURVEY_NOTICE;
import static jp.akapen.db.Tables.SURVEY_QUESTION;
import static jp.akapen.db.Tables.SURVEY_RESPONSE;
import static jp.akapen.db.Tables.VAULT_ENTRY;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.akapen.db.enums.AccountRole;
import jp.akapen.db.enums.DataKeyScope;
import jp.akapen.db.enums.LectureInvitationAnswer;
import jp.akapen.db.enums.LectureSessionKind;
import jp.akapen.db.enums.MailMessageBodyCharset;
import jp.akapen.db.enums.MailMessageKind;
import jp.akapen.db.enums.MailMessageState;
import jp.akapen.db.enums.SurveyNoticeKind;
import jp.akapen.db.enums.SurveyQuestionKind;
import jp.akapen.db.enums.SurveyState;
import jp.akapen.privacy.vault.crypto.DataKey;
import jp.akapen.privacy.vault.crypto.MasterKey;
import org.jooq.DSLContext;
import org.jooq.Query;

/**
 * A large cohort written straight into the tables of a database no portal is running on yet, for tests that hand the
 * database to a portal in another JVM (the kill -9 test): staff to answer for the erasure, the cohort and its members,
 * the cohort's data key wrapped under the given master key (the portal opens every key at start-up), and records of
 * every resident in every category a cohort's erasure covers, each holding a canary value found nowhere else.
 */
public final class ErasureSeed {

    /** What was planted: {@code expected} is each category's record count, {@code canaries} the values stored as text. */
    public record Seeded(long cohortId, long managerId, long wardId, List<Long> residentIds, Map<String, Long> expected,
            List<String> canaries) {
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private ErasureSeed() {
    }

    public static Seeded cohort(DSLContext db, MasterKey master, int residents, int mails) {
        Instant now = Instant.now();
        String stamp = hex();
        long ward = account(db, "ward-" + stamp, AccountRole.WARD_STAFF, now);
        long manager = account(db, "manager-" + stamp, AccountRole.CONTRACTOR_MANAGER, now);
        long handler = account(db, "handler-" + stamp, AccountRole.CONTRACTOR_HANDLER, now);
        int year = 2400 + RANDOM.nextInt(500);
        long cohort = db.insertInto(COHORT).set(COHORT.FISCAL_YEAR, year).set(COHORT.TERM_START, LocalDate.of(year, 4, 1))
                .set(COHORT.TERM_END, LocalDate.of(year + 1, 3, 31)).set(COHORT.CONTRACTOR, "消去試験編集室")
                .set(COHORT.CREATED_BY, ward).set(COHORT.CREATED_AT, now).returning(COHORT.ID).fetchOne(COHORT.ID);
        DataKey key = DataKey.generate(RANDOM);
        long keyId = db.insertInto(DATA_KEY).set(DATA_KEY.SCOPE, DataKeyScope.COHORT).set(DATA_KEY.SCOPE_ID, cohort)
                .set(DATA_KEY.WRAPPED, key.wrap(master, "cohort:" + cohort).toBytes())
                .set(DATA_KEY.MASTER_KEY, master.fingerprint()).set(DATA_KEY.CREATED_AT, now)
                .returning(DATA_KEY.ID).fetchOne(DATA_KEY.ID);
        // the entries are sealed for real: the erasure's verification opens them before the key goes
        var cipher = new jp.akapen.privacy.vault.crypto.FieldCipher(RANDOM);

        List<Query> rows = new ArrayList<>();
        for (int i = 0; i < residents; i++) {
            rows.add(db.insertInto(ACCOUNT).set(ACCOUNT.USERNAME, "erase-" + stamp + "-" + i)
                    .set(ACCOUNT.DISPLAY_NAME, "筆名" + i).set(ACCOUNT.ROLE, AccountRole.RESIDENT)
                    .set(ACCOUNT.PASSWORD_HASH, "-").set(ACCOUNT.CREATED_AT, now).set(ACCOUNT.PASSWORD_CHANGED_AT, now));
        }
        batch(db, rows);
        List<Long> ids = db.select(ACCOUNT.ID).from(ACCOUNT).where(ACCOUNT.USERNAME.like("erase-" + stamp + "-%"))
                .orderBy(ACCOUNT.ID).fetch(ACCOUNT.ID);
        List<String> canaries = new ArrayList<>();

        long session = db.insertInto(LECTURE_SESSION).set(LECTURE_SESSION.COHORT_ID, cohort)
                .set(LECTURE_SESSION.KIND, LectureSessionKind.LECTURE).set(LECTURE_SESSION.TITLE, "消去試験の講座")
                .set(LECTURE_SESSION.STARTS_AT, now.minus(Duration.ofDays(40)))
                .set(LECTURE_SESSION.ENDS_AT, now.minus(Duration.ofDays(40)).plus(Duration.ofHours(2)))
                .set(LECTURE_SESSION.RSVP_DEADLINE, now.minus(Duration.ofDays(45))).set(LECTURE_SESSION.CREATED_BY, handler)
                .set(LECTURE_SESSION.CREATED_AT, now.minus(Duration.ofDays(50)))
                .returning(LECTURE_SESSION.ID).fetchOne(LECTURE_SESSION.ID);
        String materialUrl = "https://portal.example/files/link/" + hex();
        canaries.add(materialUrl);
        db.insertInto(LECTURE_MATERIAL).set(LECTURE_MATERIAL.SESSION_ID, session).set(LECTURE_MATERIAL.FILE_ID, 1L)
                .set(LECTURE_MATERIAL.NAME, "資料.pdf").set(LECTURE_MATERIAL.URL, materialUrl).execute();
        long survey = db.insertInto(SURVEY).set(SURVEY.SESSION_ID, session).set(SURVEY.TITLE, "記名アンケート")
                .set(SURVEY.PURPOSE, "次回に活かすため").set(SURVEY.ANONYMOUS, false).set(SURVEY.CLOSES_ON, LocalDate.now())
                .set(SURVEY.STATE, SurveyState.OPEN).set(SURVEY.CREATED_BY, handler).set(SURVEY.CREATED_AT, now)
                .returning(SURVEY.ID).fetchOne(SURVEY.ID);
        long question = db.insertInto(SURVEY_QUESTION).set(SURVEY_QUESTION.SURVEY_ID, survey)
                .set(SURVEY_QUESTION.POSITION, 0).set(SURVEY_QUESTION.KIND, SurveyQuestionKind.TEXT)
                .set(SURVEY_QUESTION.TEXT, "ご意見は？").set(SURVEY_QUESTION.REQUIRED, false)
                .returning(SURVEY_QUESTION.ID).fetchOne(SURVEY_QUESTION.ID);
        long file = db.insertInto(PORTAL_FILE).set(PORTAL_FILE.NAME, "名簿.xlsx").set(PORTAL_FILE.MEDIA_TYPE, "application/zip")
                .set(PORTAL_FILE.SIZE_BYTES, 0L).set(PORTAL_FILE.SHA256, "0".repeat(64)).set(PORTAL_FILE.UPLOADED_BY, handler)
                .set(PORTAL_FILE.UPLOADED_AT, now).returning(PORTAL_FILE.ID).fetchOne(PORTAL_FILE.ID);

        rows.clear();
        int position = 0;
        for (long resident : ids) {
            int i = position++;
            String note = "出欠メモ金糸雀" + hex();
            canaries.add(note);
            byte[] response = new byte[16];
            RANDOM.nextBytes(response);
            rows.add(db.insertInto(COHORT_MEMBER).set(COHORT_MEMBER.COHORT_ID, cohort)
                    .set(COHORT_MEMBER.RESIDENT_ID, resident));
            rows.add(db.insertInto(PRIVACY_COHORT_MEMBER).set(PRIVACY_COHORT_MEMBER.COHORT_ID, cohort)
                    .set(PRIVACY_COHORT_MEMBER.RESIDENT_ID, resident).set(PRIVACY_COHORT_MEMBER.FISCAL_YEAR, year));
            rows.add(db.insertInto(VAULT_ENTRY).set(VAULT_ENTRY.ACCOUNT_ID, resident).set(VAULT_ENTRY.DATA_KEY_ID, keyId)
                    .set(VAULT_ENTRY.FULL_NAME, cipher.encrypt(key, "消去 試験" + i + stamp, aad(resident, "full_name")))
                    .set(VAULT_ENTRY.ADDRESS, cipher.encrypt(key, "東京都新宿区試験町" + i + "-" + stamp, aad(resident, "address")))
                    .set(VAULT_ENTRY.EMAIL, cipher.encrypt(key, "erase" + i + "-" + stamp + "@example.jp", aad(resident, "email")))
                    .set(VAULT_ENTRY.UPDATED_AT, now));
            rows.add(db.insertInto(LECTURE_INVITATION).set(LECTURE_INVITATION.SESSION_ID, session)
                    .set(LECTURE_INVITATION.RESIDENT_ID, resident).set(LECTURE_INVITATION.ANSWER, LectureInvitationAnswer.ATTEND)
                    .set(LECTURE_INVITATION.NOTE, note).set(LECTURE_INVITATION.ANSWERED_AT, now));
            rows.add(db.insertInto(LECTURE_CHECKIN_FAILURE).set(LECTURE_CHECKIN_FAILURE.RESIDENT_ID, resident)
                    .set(LECTURE_CHECKIN_FAILURE.FAILED_AT, now));
            rows.add(db.insertInto(SURVEY_RESPONSE).set(SURVEY_RESPONSE.ID, response).set(SURVEY_RESPONSE.SURVEY_ID, survey)
                    .set(SURVEY_RESPONSE.ANSWERED_ON, LocalDate.now()).set(SURVEY_RESPONSE.RESIDENT_ID, resident));
            rows.add(db.insertInto(SURVEY_ANSWER).set(SURVEY_ANSWER.RESPONSE_ID, response)
                    .set(SURVEY_ANSWER.QUESTION_ID, question).set(SURVEY_ANSWER.SEQ, 0)
                    .set(SURVEY_ANSWER.TEXT_VALUE, "わかりやすかった"));
            rows.add(db.insertInto(SURVEY_COMPLETION).set(SURVEY_COMPLETION.SURVEY_ID, survey)
                    .set(SURVEY_COMPLETION.RESIDENT_ID, resident));
            rows.add(db.insertInto(SURVEY_NOTICE).set(SURVEY_NOTICE.SURVEY_ID, survey)
                    .set(SURVEY_NOTICE.RESIDENT_ID, resident).set(SURVEY_NOTICE.KIND, SurveyNoticeKind.OPENED));
            rows.add(db.insertInto(PORTAL_FILE_READER).set(PORTAL_FILE_READER.FILE_ID, file)
                    .set(PORTAL_FILE_READER.ACCOUNT_ID, resident));
        }
        byte[] token = new byte[32];
        RANDOM.nextBytes(token);
        rows.add(db.insertInto(PORTAL_FILE_LINK).set(PORTAL_FILE_LINK.FILE_ID, file).set(PORTAL_FILE_LINK.TOKEN_HASH, token)
                .set(PORTAL_FILE_LINK.CREATED_BY, handler).set(PORTAL_FILE_LINK.CREATED_AT, now)
                .set(PORTAL_FILE_LINK.EXPIRES_AT, now.plus(Duration.ofDays(14))));
        rows.add(db.insertInto(HANDLER_DESIGNATION).set(HANDLER_DESIGNATION.ACCOUNT_ID, handler)
                .set(HANDLER_DESIGNATION.STARTS_ON, LocalDate.of(year, 4, 10))
                .set(HANDLER_DESIGNATION.ENDS_ON, LocalDate.of(year, 5, 10)).set(HANDLER_DESIGNATION.DESIGNATED_BY, manager)
                .set(HANDLER_DESIGNATION.DESIGNATED_AT, now));
        batch(db, rows);

        rows.clear();
        int perMail = Math.max(1, ids.size() / mails);
        for (int m = 0; m < mails; m++) {
            String body = "本文金糸雀" + hex();
            canaries.add(body);
            long mail = db.insertInto(MAIL_MESSAGE).set(MAIL_MESSAGE.KIND, MailMessageKind.COMPOSED)
                    .set(MAIL_MESSAGE.STATE, MailMessageState.SENT).set(MAIL_MESSAGE.SUBJECT, "ご案内 " + m)
                    .set(MAIL_MESSAGE.BODY, body).set(MAIL_MESSAGE.BODY_CHARSET, MailMessageBodyCharset.UTF_8)
                    .set(MAIL_MESSAGE.MESSAGE_ID, "<" + UUID.randomUUID() + "@erasure.test>").set(MAIL_MESSAGE.ATTEMPTS, 1)
                    .set(MAIL_MESSAGE.CREATED_AT, now).set(MAIL_MESSAGE.SENT_AT, now)
                    .returning(MAIL_MESSAGE.ID).fetchOne(MAIL_MESSAGE.ID);
            for (int r = m * perMail; r < Math.min(ids.size(), (m + 1) * perMail); r++) {
                rows.add(db.insertInto(MAIL_RECIPIENT).set(MAIL_RECIPIENT.MAIL_ID, mail)
                        .set(MAIL_RECIPIENT.ACCOUNT_ID, ids.get(r)));
            }
        }
        batch(db, rows);

        Map<String, Long> expected = new LinkedHashMap<>();
        long n = ids.size();
        expected.put("data_key", 1L);
        expected.put("vault_entry", n);
        expected.put("lecture_roster", 2 * n + 1); // a note and a wrong check-in code each, one material link
        expected.put("survey_answer", 3 * n); // a named response, a completion and a notice each
        expected.put("mail", (long) mails);
        expected.put("file_link", n + 1); // a reader each, one link
        expected.put("account", n); // in no other cohort: closed
        expected.put("handler_designation", 1L);
        key.destroy();
        return new Seeded(cohort, manager, ward, ids, expected, canaries);
    }

    private static long account(DSLContext db, String username, AccountRole role, Instant now) {
        return db.insertInto(ACCOUNT).set(ACCOUNT.USERNAME, username).set(ACCOUNT.DISPLAY_NAME, username)
                .set(ACCOUNT.ROLE, role).set(ACCOUNT.PASSWORD_HASH, "-").set(ACCOUNT.CREATED_AT, now)
                .set(ACCOUNT.PASSWORD_CHANGED_AT, now).returning(ACCOUNT.ID).fetchOne(ACCOUNT.ID);
    }

    private static void batch(DSLContext db, List<Query> queries) {
        for (int i = 0; i < queries.size(); i += 1000) {
            db.batch(queries.subList(i, Math.min(queries.size(), i + 1000))).execute();
        }
    }

    private static String aad(long resident, String column) {
        return "person:" + resident + "/field:" + column;
    }

    private static byte[] bytes(int n) {
        byte[] bytes = new byte[n];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    private static String hex() {
        byte[] bytes = new byte[6];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
