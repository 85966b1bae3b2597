package jp.akapen.mail.ui;

import static jp.akapen.db.Tables.AUDIT_EVENT;
import static jp.akapen.db.Tables.MAIL_MESSAGE;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Paragraph;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.stream.Collectors;
import jp.akapen.AkapenSpringTest;
import jp.akapen.TestSupport;
import jp.akapen.db.enums.MailMessageKind;
import jp.akapen.db.enums.MailMessageState;
import jp.akapen.mail.MailPreferences;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The composer, the approver's page, the ward's reading of all mail and my mail preference (E2, E4, W3; issue 12). */
@AkapenSpringTest
class MailViewsTest extends SpringBrowserlessTest {

    @Autowired
    UserDetailsService users;
    @Autowired
    DSLContext db;
    @Autowired
    MailPreferences preferences;
    @Autowired
    jp.akapen.mail.files.PortalFiles files;
    @Autowired
    org.springframework.mail.javamail.JavaMailSender mailSender;

    @AfterEach
    void nothingOfOursIsLeftDueForOtherTestsSenders() {
        db.update(MAIL_MESSAGE).set(MAIL_MESSAGE.NEXT_ATTEMPT_AT, (java.time.Instant) null)
                .set(MAIL_MESSAGE.STATE, MailMessageState.FAILED)
                .where(MAIL_MESSAGE.KIND.eq(MailMessageKind.COMPOSED), MAIL_MESSAGE.STATE.eq(MailMessageState.APPROVED),
                        MAIL_MESSAGE.SUBJECT.startsWith("画面"))
                .execute();
    }

    ComposeView openAs(String username, String path) {
        TestSupport.signIn(users, username);
        UI.getCurrent().setLocale(Locale.JAPANESE);
        return navigate(path, ComposeView.class);
    }

    String pageText() {
        return find(Paragraph.class).all().stream().map(p -> p.getElement().getTextRecursively())
                .collect(Collectors.joining("\n"));
    }

    long writeAndSubmit(String subject) {
        var view = openAs("handler1", "mail/compose");
        var form = view.form;
        form.recipients.setValue(new LinkedHashSet<>(form.cohort.getValue().residents().subList(0, 2)));
        form.subject.setValue(subject);
        form.body.setValue("第3号の座談会を開きます。\nご都合をお知らせください。");
        test(find(Button.class).withText("承認を依頼").single()).click();
        assertThat(view.message.getText()).startsWith("承認を依頼しました");
        return view.mailId;
    }

    @Test
    void a_handler_writes_to_residents_by_pen_name_and_is_told_in_place_what_is_missing() {
        var view = openAs("handler1", "mail/compose");
        assertThat(view.form.recipients.getListDataView().getItems().map(m -> m.penName()).toList())
                .contains("さくら", "若葉").noneMatch(name -> name.contains("@"));
        assertThat(pageText()).contains("CC（外せません）: 区の担当部署 ward-office@city.example.jp");

        view.form.subject.setValue("画面: 宛先なし");
        view.form.body.setValue("本文");
        test(find(Button.class).withText("下書きを保存").single()).click();

        assertThat(view.message.getText()).isEqualTo("宛先を1人以上選んでください。");
        assertThat(view.message.getClassNames()).contains("upload-refusal");
    }

    @Test
    void the_drafter_is_told_why_they_cannot_approve_and_a_second_handler_approves() {
        long mail = writeAndSubmit("画面: 座談会のご案内");

        openAs("handler1", "mail/compose");
        var own = navigate("mail/compose/" + mail, ComposeView.class);
        assertThat(find(Button.class).withText("承認して送信").all()).as("only someone else approves").isEmpty();
        assertThat(own.message.getText()).isEqualTo("自分が作成したメールは承認できません。別の取扱者か取扱責任者が承認します。");

        var second = openAs("handler2", "mail/compose/" + mail);
        assertThat(pageText()).contains("件名: 画面: 座談会のご案内").contains("宛先（BCC）: さくら、若葉");
        test(find(Button.class).withText("承認して送信").single()).click();

        assertThat(second.message.getText()).isEqualTo("承認しました。まもなく送信されます。");
        assertThat(db.select(MAIL_MESSAGE.STATE).from(MAIL_MESSAGE).where(MAIL_MESSAGE.ID.eq(mail))
                .fetchOne(MAIL_MESSAGE.STATE)).isEqualTo(MailMessageState.APPROVED);
    }

    @Test
    void ward_staff_read_every_mail_by_name_with_themselves_in_cc_and_no_resident_address() {
        long mail = writeAndSubmit("画面: 区が読むメール");
        TestSupport.signIn(users, "ward1");
        UI.getCurrent().setLocale(Locale.JAPANESE);
        var view = navigate(CorrespondenceView.class);

        var chosen = view.mails.getGenericDataView().getItems().filter(m -> m.id() == mail).findFirst().orElseThrow();
        view.mails.select(chosen);

        assertThat(pageText()).contains("CC（外せません）: 区の担当部署 ward-office@city.example.jp")
                .contains("宛先（BCC）: さくら、若葉").contains("第3号の座談会を開きます。")
                .contains("状態: 承認待ち").doesNotContain("@example.jp");
    }

    @Test
    void a_resident_turns_notices_by_mail_off_and_on_on_my_account() {
        TestSupport.signIn(users, "resident6");
        UI.getCurrent().setLocale(Locale.JAPANESE);
        navigate("account", com.vaadin.flow.component.Component.class);
        var byMail = find(Checkbox.class).withClassName("notices-by-mail").single();
        assertThat(byMail.getValue()).as("residents get notices by mail unless they say no").isTrue();

        test(byMail).click();
        assertThat(preferences.mine()).isFalse();
        assertThat(pageText()).contains("保存しました。お知らせはポータル内だけに届きます。");

        test(byMail).click();
        assertThat(preferences.mine()).isTrue();
    }

    @Test
    void a_file_link_chosen_in_the_composer_goes_into_the_text_that_is_saved_and_approved() {
        TestSupport.signIn(users, "handler1");
        var file = files.upload("画面 講座資料.txt", "text/plain", "資料".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                java.util.Set.of(), java.util.Set.of(jp.akapen.shared.Roles.RESIDENT));
        var view = openAs("handler1", "mail/compose");
        test(find(Button.class).withText("リンクを本文に挿入").single()).click();
        assertThat(view.message.getText()).isEqualTo("挿入するファイルを選んでください。");

        var form = view.form;
        form.recipients.setValue(new LinkedHashSet<>(form.cohort.getValue().residents().subList(0, 1)));
        form.subject.setValue("画面: 資料のご案内");
        form.body.setValue("講座の資料です。");
        view.file.setValue(view.file.getListDataView().getItems().filter(f -> f.id() == file.id()).findFirst()
                .orElseThrow());
        test(find(Button.class).withText("リンクを本文に挿入").single()).click();

        assertThat(form.body.getValue()).matches("(?s)講座の資料です。\n\n画面 講座資料.txt\nhttps?://[^/]+/files/download/"
                + "[A-Za-z0-9_-]{43}\n");
        assertThat(view.message.getText()).startsWith("ファイルのリンクを本文の末尾に挿入しました。");
        test(find(Button.class).withText("下書きを保存").single()).click();
        assertThat(db.select(MAIL_MESSAGE.BODY).from(MAIL_MESSAGE).where(MAIL_MESSAGE.ID.eq(view.mailId))
                .fetchOne(MAIL_MESSAGE.BODY)).contains("/files/download/");
    }

    @Test
    void the_manager_resends_a_failed_mail_from_the_outbox_and_it_is_logged() {
        long mail = writeAndSubmit("画面: 失敗したメール");
        db.update(MAIL_MESSAGE).set(MAIL_MESSAGE.STATE, MailMessageState.FAILED)
                .set(MAIL_MESSAGE.NEXT_ATTEMPT_AT, (java.time.Instant) null)
                .set(MAIL_MESSAGE.LAST_ERROR, "mail.error.smtp-unreachable:gave-up")
                .where(MAIL_MESSAGE.ID.eq(mail)).execute();
        long before = db.select(org.jooq.impl.DSL.max(AUDIT_EVENT.SEQ)).from(AUDIT_EVENT).fetchOne().value1();
        try {
            TestSupport.signIn(users, "manager");
            UI.getCurrent().setLocale(Locale.JAPANESE);
            var view = navigate(OutboxView.class);
            var failed = view.grid.getGenericDataView().getItems().filter(e -> e.id() == mail).findFirst().orElseThrow();
            var resend = (Button) view.retryButton(failed);
            assertThat(resend.getText()).isEqualTo("再送する");
            assertThat(resend.getElement().getAttribute("aria-label")).isEqualTo("メール " + mail + " を再送する");

            resend.click(); // grid cells are not attached in browserless tests

            assertThat(pageText()).contains("メール " + mail + " を次の送信処理（数秒後）で再送します。");
            assertThat(db.select(MAIL_MESSAGE.NEXT_ATTEMPT_AT).from(MAIL_MESSAGE).where(MAIL_MESSAGE.ID.eq(mail))
                    .fetchOne(MAIL_MESSAGE.NEXT_ATTEMPT_AT)).isNotNull();
            assertThat(db.selectFrom(AUDIT_EVENT).where(AUDIT_EVENT.SEQ.gt(before)).fetch())
                    .anySatisfy(e -> {
                        assertThat(e.getAction()).isEqualTo("MAIL_RETRIED");
                        assertThat(e.getObjectId()).isEqualTo(String.valueOf(mail));
                    });
        } finally {
            db.update(MAIL_MESSAGE).set(MAIL_MESSAGE.NEXT_ATTEMPT_AT, (java.time.Instant) null)
                    .where(MAIL_MESSAGE.ID.eq(mail)).execute();
        }
    }

    @Test
    void ward_staff_see_in_the_demo_mailboxes_who_received_a_mail_as_bcc() throws Exception {
        var message = mailSender.createMimeMessage();
        message.setFrom("ward-office@city.example.jp");
        message.setHeader("To", "undisclosed-recipients:;");
        message.setRecipients(jakarta.mail.Message.RecipientType.CC, "ward-office@city.example.jp");
        message.setRecipients(jakarta.mail.Message.RecipientType.BCC, "resident3@example.jp");
        message.setSubject("画面: デモ受信箱", "UTF-8");
        message.setText("本文", "UTF-8");
        mailSender.send(message);
        TestSupport.signIn(users, "ward1");
        UI.getCurrent().setLocale(Locale.JAPANESE);
        navigate(OutboxView.class);
        test(find(com.vaadin.flow.router.RouterLink.class).withText("デモ用メールボックスで届いたメールを見る").single()).click();
        var view = find(DemoMailboxView.class).single();

        assertThat(view.mailbox.getValue().address()).as("the ward's box first").isEqualTo("ward-office@city.example.jp");
        assertThat(view.messages.getGenericDataView().getItems()).anySatisfy(r -> {
            assertThat(r.subject()).isEqualTo("画面: デモ受信箱");
            assertThat(r.asBcc()).isFalse();
        });
        view.mailbox.setValue(view.mailbox.getListDataView().getItems()
                .filter(b -> b.address().equals("resident3@example.jp")).findFirst().orElseThrow());
        assertThat(view.messages.getGenericDataView().getItems()).anySatisfy(r -> {
            assertThat(r.subject()).isEqualTo("画面: デモ受信箱");
            assertThat(r.cc()).isEqualTo("ward-office@city.example.jp");
            assertThat(r.asBcc()).isTrue();
        });
    }
}
