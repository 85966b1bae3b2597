package jp.akapen.mail.ui;

import static jp.akapen.db.Tables.MAIL_MESSAGE;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.stream.Collectors;
import jp.akapen.AkapenSpringTest;
import jp.akapen.TestSupport;
import jp.akapen.db.enums.MailMessageKind;
import jp.akapen.db.enums.MailMessageState;
import jp.akapen.mail.MailComposer;
import jp.akapen.shared.correspondence.ThreadKey;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/** A handler files a mail under an article; the ward finds it in that article's thread (E2; issue 12 item 7). */
@AkapenSpringTest
class ThreadViewsTest extends SpringBrowserlessTest {

    @Autowired
    UserDetailsService users;
    @Autowired
    DSLContext db;
    @Autowired
    MailComposer composer;

    @AfterEach
    void nothingOfOursIsLeftDueForOtherTestsSenders() {
        db.update(MAIL_MESSAGE).set(MAIL_MESSAGE.NEXT_ATTEMPT_AT, (java.time.Instant) null)
                .set(MAIL_MESSAGE.STATE, MailMessageState.FAILED)
                .where(MAIL_MESSAGE.KIND.eq(MailMessageKind.COMPOSED), MAIL_MESSAGE.STATE.eq(MailMessageState.APPROVED),
                        MAIL_MESSAGE.SUBJECT.startsWith("やりとり"))
                .execute();
    }

    String pageText() {
        return find(Paragraph.class).all().stream().map(p -> p.getElement().getTextRecursively())
                .collect(Collectors.joining("\n"));
    }

    @Test
    void a_mail_filed_under_an_article_is_read_by_the_ward_in_that_articles_thread_with_the_ward_in_cc() {
        TestSupport.signIn(users, "handler1");
        UI.getCurrent().setLocale(Locale.JAPANESE);
        var compose = navigate("mail/compose", ComposeView.class);
        var form = compose.form;
        var article = form.thread.getListDataView().getItems().filter(t -> t.key().kind().equals(ThreadKey.ARTICLE))
                .findFirst().orElseThrow();
        form.thread.setValue(article);
        form.recipients.setValue(new LinkedHashSet<>(form.cohort.getValue().residents().subList(0, 1)));
        form.subject.setValue("やりとり: 原稿の締切について");
        form.body.setValue("締切は来週の金曜日です。");
        test(find(Button.class).withText("下書きを保存").single()).click();
        long mail = compose.mailId;
        assertThat(composer.mail(mail).thread()).isEqualTo(article.key());
        var reopened = navigate("mail/compose/" + mail, ComposeView.class);
        assertThat(reopened.form.thread.getValue().key()).as("the edit form keeps the thread").isEqualTo(article.key());

        TestSupport.signIn(users, "ward1");
        UI.getCurrent().setLocale(Locale.JAPANESE);
        var list = navigate("mail/threads", ThreadsView.class);
        assertThat(list.threads.getGenericDataView().getItems().map(s -> s.info().key()))
                .contains(article.key());
        assertThat(pageText()).contains("どのメールからも外されません").contains("CC（外せません）: 区の担当部署 ward-office@city.example.jp");

        var thread = navigate("mail/threads/" + article.key().text(), ThreadView.class);
        assertThat(thread.ward.getText()).startsWith("このやりとりのメール ")
                .endsWith("通のすべてで、区の担当部署 ward-office@city.example.jp がCCに入っています（外せません）。");
        assertThat(pageText()).contains("締切は来週の金曜日です。").contains("件名: やりとり: 原稿の締切について")
                .contains("状態: 下書き").doesNotContain("@example.jp");

        UI.getCurrent().setLocale(Locale.ENGLISH);
        navigate("mail/threads/" + article.key().text(), ThreadView.class);
        assertThat(pageText()).contains("is in Cc of all").contains("締切は来週の金曜日です。");
    }

    @Test
    void an_unknown_thread_says_so_in_place() {
        TestSupport.signIn(users, "ward1");
        UI.getCurrent().setLocale(Locale.JAPANESE);
        navigate("mail/threads/lecture-999999999", ThreadView.class);
        assertThat(pageText()).contains("このやりとりは見つかりません。");
    }
}
