package jp.akapen.privacy.erasure;

import static jp.akapen.db.Tables.COHORT;
import static jp.akapen.db.Tables.HANDLER_DESIGNATION;
import static jp.akapen.db.Tables.LECTURE_ATTENDANCE;
import static jp.akapen.db.Tables.LECTURE_CHECKIN_FAILURE;
import static jp.akapen.db.Tables.LECTURE_INVITATION;
import static jp.akapen.db.Tables.LECTURE_MATERIAL;
import static jp.akapen.db.Tables.LECTURE_SESSION;
import static jp.akapen.db.Tables.MAIL_ATTEMPT;
import static jp.akapen.db.Tables.MAIL_MESSAGE;
import static jp.akapen.db.Tables.MAIL_RECIPIENT;
import static jp.akapen.db.Tables.PORTAL_FILE;
import static jp.akapen.db.Tables.PORTAL_FILE_LINK;
import static jp.akapen.db.Tables.PORTAL_FILE_READER;
import static jp.akapen.db.Tables.SURVEY;
import static jp.akapen.db.Tables.SURVEY_ANSWER;
import static jp.akapen.db.Tables.SURVEY_COMPLETION;
import static jp.akapen.db.Tables.SURVEY_NOTICE;
import static jp.akapen.db.Tables.SURVEY_QUESTION;
import static jp.akapen.db.Tables.SURVEY_RESPONSE;

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
import jp.akapen.TestSupport;
import jp.akapen.account.Role;
import jp.akapen.db.enums.LectureAttendanceHow;
import jp.akapen.db.enums.LectureInvitationAnswer;
import jp.akapen.db.enums.LectureSessionKind;
import jp.akapen.db.enums.MailAttemptOutcome;
import jp.akapen.db.enums.MailMessageBodyCharset;
import jp.akapen.db.enums.MailMessageKind;
import jp.akapen.db.enums.MailMessageState;
import jp.akapen.db.enums.SurveyNoticeKind;
import jp.akapen.db.enums.SurveyQuestionKind;
import jp.akapen.db.enums.SurveyState;
import jp.akapen.privacy.VaultFixtures;
import jp.akapen.privacy.vault.PersonalData;
import jp.akapen.privacy.vault.PersonalDataService;
import org.jooq.DSLContext;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A cohort whose personal data is canary values found nowhere else, in every table that holds a cohort's personal
 * data (issue 14): two residents with vault entries, a lecture with RSVP notes, a material link, attendance and wrong
 * check-in codes, a named survey they answered, two mails to them (one sent, one failed, with delivery errors), a file
 * shared with them through a download link, and a handler designated for the cohort's fiscal year only. Written
 * straight into the tables where the areas' own services would need a whole scenario.
 */
final class ErasureFixture {

    /** What was planted; {@code plaintext} are the values stored as text (the vault's are sealed, {@code vault}). */
    record Cohort(long id, int fiscalYear, List<Long> residentIds, List<PersonalData> vault, List<String> plaintext,
            long designationId, long unsentMailId, Map<String, Long> expected) {
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private final VaultFixtures fixtures;
    private final UserDetailsService users;
    private final PersonalDataService personalData;
    private final DSLContext db;

    ErasureFixture(ApplicationContext context) {
        this.fixtures = new VaultFixtures(context);
        this.users = context.getBean(UserDetailsService.class);
        this.personalData = context.getBean(PersonalDataService.class);
        this.db = context.getBean(DSLContext.class);
    }

    long id(String username) {
        return fixtures.id(username);
    }

    Cohort plant() {
        List<Long> residents = new ArrayList<>();
        List<PersonalData> vault = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            String username = fixtures.newAcknowledgedResident();
            long id = fixtures.id(username);
            var data = new PersonalData("消去金糸雀" + hex(), "しょうきょかなりあ", "東京都新宿区消去町" + hex(),
                    "erasure-" + hex() + "@example.jp", "090" + (10_000_000 + RANDOM.nextInt(89_999_999)));
            TestSupport.signIn(users, username);
            personalData.save(id, data, 0);
            residents.add(id);
            vault.add(data);
        }
        long cohort = fixtures.newCohort(residents);
        TestSupport.signOut();
        int year = db.select(COHORT.FISCAL_YEAR).from(COHORT).where(COHORT.ID.eq(cohort)).fetchOne(COHORT.FISCAL_YEAR);
        long handler = id("handler1");
        long manager = id("manager");
        Instant now = Instant.now();
        List<String> plaintext = new ArrayList<>();

        long designation = db.insertInto(HANDLER_DESIGNATION)
                .set(HANDLER_DESIGNATION.ACCOUNT_ID, id(fixtures.newAccount(Role.CONTRACTOR_HANDLER)))
                .set(HANDLER_DESIGNATION.STARTS_ON, LocalDate.of(year, 4, 10))
                .set(HANDLER_DESIGNATION.ENDS_ON, LocalDate.of(year, 5, 10))
                .set(HANDLER_DESIGNATION.DESIGNATED_BY, manager)
                .set(HANDLER_DESIGNATION.DESIGNATED_AT, now)
                .returningResult(HANDLER_DESIGNATION.ID).fetchOne(r -> r.value1());

        long session = db.insertInto(LECTURE_SESSION)
                .set(LECTURE_SESSION.COHORT_ID, cohort)
                .set(LECTURE_SESSION.KIND, LectureSessionKind.LECTURE)
                .set(LECTURE_SESSION.TITLE, "消去テストの講座")
                .set(LECTURE_SESSION.STARTS_AT, now.minus(Duration.ofDays(40)))
                .set(LECTURE_SESSION.ENDS_AT, now.minus(Duration.ofDays(40)).plus(Duration.ofHours(2)))
                .set(LECTURE_SESSION.RSVP_DEADLINE, now.minus(Duration.ofDays(45)))
                .set(LECTURE_SESSION.CREATED_BY, handler)
                .set(LECTURE_SESSION.CREATED_AT, now.minus(Duration.ofDays(50)))
                .returning(LECTURE_SESSION.ID).fetchOne(LECTURE_SESSION.ID);
        String materialUrl = "https://portal.example/files/link/" + hex();
        plaintext.add(materialUrl);
        db.insertInto(LECTURE_MATERIAL).set(LECTURE_MATERIAL.SESSION_ID, session).set(LECTURE_MATERIAL.FILE_ID, 1L)
                .set(LECTURE_MATERIAL.NAME, "資料.pdf").set(LECTURE_MATERIAL.URL, materialUrl).execute();
        for (int i = 0; i < residents.size(); i++) {
            long resident = residents.get(i);
            // the resident's name and phone typed into the note, as residents do: the verification scan looks for them
            String note = "出欠メモ金糸雀" + hex() + " " + vault.get(i).fullName() + " " + vault.get(i).phone();
            plaintext.add(note);
            db.insertInto(LECTURE_INVITATION).set(LECTURE_INVITATION.SESSION_ID, session)
                    .set(LECTURE_INVITATION.RESIDENT_ID, resident).set(LECTURE_INVITATION.ANSWER, LectureInvitationAnswer.ATTEND)
                    .set(LECTURE_INVITATION.NOTE, note).set(LECTURE_INVITATION.ANSWERED_AT, now).execute();
            db.insertInto(LECTURE_ATTENDANCE).set(LECTURE_ATTENDANCE.SESSION_ID, session)
                    .set(LECTURE_ATTENDANCE.RESIDENT_ID, resident).set(LECTURE_ATTENDANCE.HOW, LectureAttendanceHow.TICKED)
                    .set(LECTURE_ATTENDANCE.RECORDED_BY, handler).set(LECTURE_ATTENDANCE.RECORDED_AT, now).execute();
            db.insertInto(LECTURE_CHECKIN_FAILURE).set(LECTURE_CHECKIN_FAILURE.RESIDENT_ID, resident)
                    .set(LECTURE_CHECKIN_FAILURE.FAILED_AT, now).execute();
        }

        long survey = db.insertInto(SURVEY).set(SURVEY.SESSION_ID, session).set(SURVEY.TITLE, "記名アンケート")
                .set(SURVEY.PURPOSE, "次回に活かすため").set(SURVEY.ANONYMOUS, false).set(SURVEY.CLOSES_ON, LocalDate.now())
                .set(SURVEY.STATE, SurveyState.OPEN).set(SURVEY.CREATED_BY, handler).set(SURVEY.CREATED_AT, now)
                .returning(SURVEY.ID).fetchOne(SURVEY.ID);
        long question = db.insertInto(SURVEY_QUESTION).set(SURVEY_QUESTION.SURVEY_ID, survey)
                .set(SURVEY_QUESTION.POSITION, 0).set(SURVEY_QUESTION.KIND, SurveyQuestionKind.TEXT)
                .set(SURVEY_QUESTION.TEXT, "ご意見は？").set(SURVEY_QUESTION.REQUIRED, false)
                .returning(SURVEY_QUESTION.ID).fetchOne(SURVEY_QUESTION.ID);
        for (long resident : residents) {
            byte[] response = new byte[16];
            RANDOM.nextBytes(response);
            db.insertInto(SURVEY_RESPONSE).set(SURVEY_RESPONSE.ID, response).set(SURVEY_RESPONSE.SURVEY_ID, survey)
                    .set(SURVEY_RESPONSE.ANSWERED_ON, LocalDate.now()).set(SURVEY_RESPONSE.RESIDENT_ID, resident).execute();
            db.insertInto(SURVEY_ANSWER).set(SURVEY_ANSWER.RESPONSE_ID, response).set(SURVEY_ANSWER.QUESTION_ID, question)
                    .set(SURVEY_ANSWER.SEQ, 0).set(SURVEY_ANSWER.TEXT_VALUE, "わかりやすかった").execute();
            db.insertInto(SURVEY_COMPLETION).set(SURVEY_COMPLETION.SURVEY_ID, survey)
                    .set(SURVEY_COMPLETION.RESIDENT_ID, resident).execute();
            db.insertInto(SURVEY_NOTICE).set(SURVEY_NOTICE.SURVEY_ID, survey).set(SURVEY_NOTICE.RESIDENT_ID, resident)
                    .set(SURVEY_NOTICE.KIND, SurveyNoticeKind.OPENED).execute();
        }

        long sent = mail(MailMessageState.SENT, residents, vault.get(0), handler, plaintext);
        long unsent = mail(MailMessageState.FAILED, residents, vault.get(1), handler, plaintext);

        long file = db.insertInto(PORTAL_FILE).set(PORTAL_FILE.NAME, "名簿.xlsx").set(PORTAL_FILE.MEDIA_TYPE, "application/zip")
                .set(PORTAL_FILE.SIZE_BYTES, 0L).set(PORTAL_FILE.SHA256, "0".repeat(64)).set(PORTAL_FILE.UPLOADED_BY, handler)
                .set(PORTAL_FILE.UPLOADED_AT, now).returning(PORTAL_FILE.ID).fetchOne(PORTAL_FILE.ID);
        for (long resident : residents) {
            db.insertInto(PORTAL_FILE_READER).set(PORTAL_FILE_READER.FILE_ID, file)
                    .set(PORTAL_FILE_READER.ACCOUNT_ID, resident).execute();
        }
        byte[] token = new byte[32];
        RANDOM.nextBytes(token);
        db.insertInto(PORTAL_FILE_LINK).set(PORTAL_FILE_LINK.FILE_ID, file).set(PORTAL_FILE_LINK.TOKEN_HASH, token)
                .set(PORTAL_FILE_LINK.CREATED_BY, handler).set(PORTAL_FILE_LINK.CREATED_AT, now)
                .set(PORTAL_FILE_LINK.EXPIRES_AT, now.plus(Duration.ofDays(14))).execute();

        Map<String, Long> expected = new LinkedHashMap<>();
        expected.put("data_key", 1L);
        expected.put("vault_entry", 2L);
        expected.put("lecture_roster", 5L); // two notes, one material link, two wrong check-in codes
        expected.put("survey_answer", 6L); // two named responses, two completions, two notices
        expected.put("mail", 2L);
        expected.put("file_link", 3L); // one link, two readers
        expected.put("account", 2L); // in no other cohort: closed
        expected.put("handler_designation", 1L);
        return new Cohort(cohort, year, List.copyOf(residents), List.copyOf(vault), List.copyOf(plaintext), designation,
                unsent, expected);
    }

    private long mail(MailMessageState state, List<Long> residents, PersonalData to, long handler,
            List<String> plaintext) {
        String subject = "件名金糸雀" + hex();
        // a body that greets the resident by name and quotes their address, and a bounce that names their email
        String body = "本文金糸雀" + hex() + "\n" + to.fullName() + " 様\n講座のご案内です。" + to.address();
        String error = "550 mailbox unavailable: kanaria-" + hex() + "@example.jp " + to.email();
        plaintext.add(subject);
        plaintext.add(body);
        plaintext.add(error);
        Instant now = Instant.now();
        long mail = db.insertInto(MAIL_MESSAGE).set(MAIL_MESSAGE.KIND, MailMessageKind.COMPOSED).set(MAIL_MESSAGE.STATE, state)
                .set(MAIL_MESSAGE.SUBJECT, subject).set(MAIL_MESSAGE.BODY, body)
                .set(MAIL_MESSAGE.BODY_CHARSET, MailMessageBodyCharset.UTF_8)
                .set(MAIL_MESSAGE.MESSAGE_ID, "<" + UUID.randomUUID() + "@akapen.test>").set(MAIL_MESSAGE.DRAFTED_BY, handler)
                .set(MAIL_MESSAGE.ATTEMPTS, 1)
                .set(MAIL_MESSAGE.LAST_ERROR, state == MailMessageState.FAILED ? error : null)
                .set(MAIL_MESSAGE.NEXT_ATTEMPT_AT, state == MailMessageState.FAILED ? now.plus(Duration.ofDays(365)) : null)
                .set(MAIL_MESSAGE.CREATED_AT, now).set(MAIL_MESSAGE.SENT_AT, state == MailMessageState.SENT ? now : null)
                .returning(MAIL_MESSAGE.ID).fetchOne(MAIL_MESSAGE.ID);
        for (long resident : residents) {
            db.insertInto(MAIL_RECIPIENT).set(MAIL_RECIPIENT.MAIL_ID, mail).set(MAIL_RECIPIENT.ACCOUNT_ID, resident).execute();
        }
        db.insertInto(MAIL_ATTEMPT).set(MAIL_ATTEMPT.MAIL_ID, mail).set(MAIL_ATTEMPT.AT, now).set(MAIL_ATTEMPT.INSTANCE, "test")
                .set(MAIL_ATTEMPT.OUTCOME, state == MailMessageState.SENT ? MailAttemptOutcome.SENT : MailAttemptOutcome.RETRY)
                .set(MAIL_ATTEMPT.DETAIL, error).execute();
        return mail;
    }

    /**
     * "table.column" of every text column of the schema holding one of the values, with the value: the scan of
     * information_schema that the erasure must leave empty for the erased cohort.
     */
    List<String> textColumnsHolding(List<String> values) {
        return textColumnsHolding(db, values);
    }

    static List<String> textColumnsHolding(DSLContext db, List<String> values) {
        var columns = db.fetch("SELECT TABLE_NAME, COLUMN_NAME FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE()"
                + " AND DATA_TYPE IN ('char', 'varchar', 'tinytext', 'text', 'mediumtext', 'longtext', 'json')"
                + " AND TABLE_NAME IN (SELECT TABLE_NAME FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE()"
                + " AND TABLE_TYPE = 'BASE TABLE')");
        List<String> hits = new ArrayList<>();
        for (var column : columns) {
            String table = column.get(0, String.class);
            String name = column.get(1, String.class);
            String any = String.join(" OR ", values.stream().map(v -> "LOCATE(?, `" + name + "`) > 0").toList());
            var found = db.fetch("SELECT CAST(`" + name + "` AS CHAR) FROM `" + table + "` WHERE " + any, values.toArray());
            for (var row : found) {
                String text = row.get(0, String.class);
                values.stream().filter(text::contains).forEach(v -> hits.add(table + "." + name + ": " + v));
            }
        }
        return hits;
    }

    static int columnsScanned(DSLContext db) {
        return db.fetchOne("SELECT COUNT(*) FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE()"
                + " AND DATA_TYPE IN ('char', 'varchar', 'tinytext', 'text', 'mediumtext', 'longtext', 'json')")
                .get(0, Integer.class);
    }

    private static String hex() {
        byte[] bytes = new byte[6];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
