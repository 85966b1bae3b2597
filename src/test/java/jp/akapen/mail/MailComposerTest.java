package jp.akapen.mail;

import static jp.akapen.db.Tables.ACCOUNT;
import static jp.akapen.db.Tables.AUDIT_EVENT;
import static jp.akapen.db.Tables.MAIL_MESSAGE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import jp.akapen.AkapenSpringTest;
import jp.akapen.TestSupport;
import jp.akapen.account.AccountService;
import jp.akapen.account.NewAccount;
import jp.akapen.account.Role;
import jp.akapen.db.enums.MailMessageState;
import jp.akapen.mail.ComposedMail.Action;
import jp.akapen.mail.MailComposer.Draft;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Four eyes for mail to residents (seed E4, P4; issue 12 item 4), enforced by the service whatever a view shows. */
@AkapenSpringTest
class MailComposerTest {

    @Autowired
    MailComposer composer;
    @Autowired
    UserDetailsService users;
    @Autowired
    AccountService accounts;
    @Autowired
    DSLContext db;

    @AfterEach
    void nothingOfOursIsLeftDueForOtherTestsSenders() {
        db.update(MAIL_MESSAGE).set(MAIL_MESSAGE.NEXT_ATTEMPT_AT, (java.time.Instant) null)
                .set(MAIL_MESSAGE.STATE, MailMessageState.FAILED)
                .where(MAIL_MESSAGE.KIND.eq(jp.akapen.db.enums.MailMessageKind.COMPOSED))
                .and(MAIL_MESSAGE.STATE.eq(MailMessageState.APPROVED))
                .and(MAIL_MESSAGE.SUBJECT.startsWith("四つの目"))
                .execute();
    }

    long id(String username) {
        return db.select(ACCOUNT.ID).from(ACCOUNT).where(ACCOUNT.USERNAME.eq(username)).fetchOne(ACCOUNT.ID);
    }

    Draft invitation() {
        return new Draft(List.of(id("resident1"), id("resident2")), "四つの目: 講座のご案内",
                "次回の講座は区民センターで開きます。ご出席ください。");
    }

    long submittedBy(String drafter) {
        TestSupport.signIn(users, drafter);
        long mail = composer.save(null, invitation());
        composer.submit(mail);
        return mail;
    }

    ComposedMail readAs(String reader, long mail) {
        TestSupport.signIn(users, reader);
        return composer.mail(mail);
    }

    MailMessageState state(long mail) {
        return db.select(MAIL_MESSAGE.STATE).from(MAIL_MESSAGE).where(MAIL_MESSAGE.ID.eq(mail)).fetchOne(MAIL_MESSAGE.STATE);
    }

    @Test
    void a_second_handler_approves_what_they_read_and_the_mail_is_due_for_sending_at_once() {
        long mail = submittedBy("handler1");
        var read = readAs("handler2", mail);
        assertThat(read.actions()).containsExactly(Action.APPROVE);
        assertThat(read.recipients()).extracting(ComposedMail.Person::name).containsExactly("さくら", "若葉");

        composer.approve(mail, read.contentHash());

        var row = db.selectFrom(MAIL_MESSAGE).where(MAIL_MESSAGE.ID.eq(mail)).fetchOne();
        assertThat(row.getState()).isEqualTo(MailMessageState.APPROVED);
        assertThat(row.getApprovedBy()).isEqualTo(id("handler2"));
        assertThat(row.getDraftedBy()).isEqualTo(id("handler1"));
        assertThat(row.getApprovalHash()).isEqualTo(read.contentHash()).hasSize(64);
        assertThat(row.getNextAttemptAt()).isNotNull();
        assertThat(db.select(AUDIT_EVENT.ACTION, AUDIT_EVENT.ACTOR_ID).from(AUDIT_EVENT)
                .where(AUDIT_EVENT.OBJECT_TYPE.eq("mail"), AUDIT_EVENT.OBJECT_ID.eq(String.valueOf(mail)))
                .orderBy(AUDIT_EVENT.SEQ).fetch(r -> r.value1() + " " + r.value2()))
                .containsExactly("MAIL_DRAFTED " + id("handler1"), "MAIL_SUBMITTED " + id("handler1"),
                        "MAIL_APPROVED " + id("handler2"));
    }

    @Test
    void the_drafter_cannot_approve_their_own_mail_and_the_refusal_is_logged() {
        long mail = submittedBy("handler1");
        var read = readAs("handler1", mail);
        assertThat(read.actions()).doesNotContain(Action.APPROVE);
        assertThat(read.approvalBlocked()).isEqualTo("mail.compose.refused.own-draft");

        assertThatThrownBy(() -> composer.approve(mail, read.contentHash()))
                .isInstanceOf(ComposeException.class).hasMessage("mail.compose.refused.own-draft");

        assertThat(state(mail)).isEqualTo(MailMessageState.AWAITING_APPROVAL);
        assertThat(db.fetchCount(AUDIT_EVENT, AUDIT_EVENT.OBJECT_TYPE.eq("mail")
                .and(AUDIT_EVENT.OBJECT_ID.eq(String.valueOf(mail))).and(AUDIT_EVENT.OUTCOME.eq("DENIED"))))
                .isEqualTo(1);
    }

    @Test
    void someone_who_is_neither_the_manager_nor_an_active_designated_handler_may_neither_draft_nor_approve() {
        long mail = submittedBy("manager");
        String hash = readAs("handler1", mail).contentHash();
        String undesignated = "nodesig-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.bootstrap(new NewAccount(undesignated, "未指定 " + undesignated, Role.CONTRACTOR_HANDLER,
                "a long enough password"), true);

        for (String who : List.of("staff1", undesignated)) {
            TestSupport.signIn(users, who);
            assertThat(composer.mayCompose()).isFalse();
            assertThatThrownBy(() -> composer.approve(mail, hash)).as(who)
                    .isInstanceOf(ComposeException.class).hasMessage("mail.compose.refused.not-eligible");
            assertThatThrownBy(() -> composer.save(null, invitation())).as(who)
                    .isInstanceOf(ComposeException.class).hasMessage("mail.compose.refused.not-eligible");
        }
        TestSupport.signIn(users, "resident1");
        assertThatThrownBy(() -> composer.approve(mail, hash)).isInstanceOf(AccessDeniedException.class);
        assertThat(state(mail)).isEqualTo(MailMessageState.AWAITING_APPROVAL);
    }

    @Test
    void an_edit_voids_the_approval_and_the_mail_waits_for_a_new_one() {
        long mail = submittedBy("handler1");
        var read = readAs("manager", mail);
        composer.approve(mail, read.contentHash());

        TestSupport.signIn(users, "handler1");
        composer.save(mail, new Draft(List.of(id("resident1")), "四つの目: 講座のご案内（訂正）", "会場が変わりました。"));

        var row = db.selectFrom(MAIL_MESSAGE).where(MAIL_MESSAGE.ID.eq(mail)).fetchOne();
        assertThat(row.getState()).isEqualTo(MailMessageState.DRAFT);
        assertThat(row.getApprovedBy()).isNull();
        assertThat(row.getApprovalHash()).isNull();
        assertThat(row.getNextAttemptAt()).as("not due for the sender").isNull();

        composer.submit(mail);
        TestSupport.signIn(users, "manager");
        assertThatThrownBy(() -> composer.approve(mail, read.contentHash()))
                .as("the old approval's content is not what the mail holds now")
                .isInstanceOf(ComposeException.class).hasMessage("mail.compose.refused.changed-since-read");
    }

    @Test
    void an_approval_of_content_other_than_the_mail_holds_is_refused() {
        long mail = submittedBy("handler2");
        var read = readAs("handler1", mail);
        TestSupport.signIn(users, "handler2");
        composer.save(mail, new Draft(read.recipientIds(), read.subject(), read.body() + "\n追記しました。"));
        composer.submit(mail);

        TestSupport.signIn(users, "handler1");
        assertThatThrownBy(() -> composer.approve(mail, read.contentHash()))
                .isInstanceOf(ComposeException.class).hasMessage("mail.compose.refused.changed-since-read");
        assertThat(state(mail)).isEqualTo(MailMessageState.AWAITING_APPROVAL);
        composer.approve(mail, composer.mail(mail).contentHash());
        assertThat(state(mail)).isEqualTo(MailMessageState.APPROVED);
    }

    @Test
    void only_the_drafter_edits_and_only_residents_of_a_cohort_are_recipients() {
        long mail = submittedBy("handler1");
        TestSupport.signIn(users, "handler2");
        assertThatThrownBy(() -> composer.save(mail, invitation()))
                .isInstanceOf(ComposeException.class).hasMessage("mail.compose.refused.not-yours");
        assertThatThrownBy(() -> composer.save(null, new Draft(List.of(id("ward1")), "四つの目: x", "y")))
                .isInstanceOf(ComposeException.class).hasMessage("mail.compose.refused.not-a-resident");
        assertThatThrownBy(() -> composer.save(null, new Draft(List.of(), "四つの目: x", "y")))
                .isInstanceOf(ComposeException.class).hasMessage("mail.compose.refused.no-recipient");
        assertThatThrownBy(() -> composer.save(null, new Draft(List.of(id("resident1")), " ", "y")))
                .isInstanceOf(ComposeException.class).hasMessage("mail.compose.refused.subject-empty");
    }

    @Test
    void ward_staff_read_every_mail_with_its_people_by_name_and_contractors_cannot_read_them_all() {
        long mail = submittedBy("handler1");
        TestSupport.signIn(users, "ward1");
        var all = composer.correspondence();
        assertThat(all).filteredOn(m -> m.id() == mail).singleElement().satisfies(m -> {
            assertThat(m.drafter().name()).isEqualTo(db.select(ACCOUNT.DISPLAY_NAME).from(ACCOUNT)
                    .where(ACCOUNT.USERNAME.eq("handler1")).fetchOne(ACCOUNT.DISPLAY_NAME));
            assertThat(m.recipients()).extracting(ComposedMail.Person::name).containsExactly("さくら", "若葉");
            assertThat(m.body()).contains("区民センター");
            assertThat(m.actions()).isEmpty();
        });
        assertThat(all).anyMatch(m -> m.kind() == OutboxKind.NOTICE);
        TestSupport.signIn(users, "handler1");
        assertThatThrownBy(() -> composer.correspondence()).isInstanceOf(AccessDeniedException.class);
    }
}
