package jp.akapen.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.util.List;
import java.util.UUID;
import jp.akapen.AkapenSpringTest;
import jp.akapen.mail.OutboxSender;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Four eyes in real browsers (seed E1, E2, E4; issue 12): handler1 writes an invitation to two residents by pen name
 * and asks for approval, handler2 approves it, and the demo mail server holds it for the residents in Bcc and for
 * the ward in Cc. The shared test context sends nothing by itself; the test runs the sender once.
 */
@AkapenSpringTest
class MailFourEyesEndToEndTest {

    static final String WARD = "ward-office@city.example.jp";

    @RegisterExtension
    static final Browser browser = new Browser();

    @Autowired
    OutboxSender sender;
    @Autowired
    GreenMail demoGreenMail;
    @Autowired
    jp.akapen.edition.EditionService editions;
    @Autowired
    org.springframework.security.core.userdetails.UserDetailsService users;

    /** The demo cohort's year: other tests add cohorts of later years, which the composer offers first. */
    int demoYear() {
        jp.akapen.TestSupport.signIn(users, "ward1");
        try {
            return editions.cohorts().stream()
                    .filter(c -> c.residents().stream().map(m -> m.penName()).toList().containsAll(java.util.List.of("さくら", "青空")))
                    .mapToInt(c -> c.fiscalYear()).min().orElseThrow();
        } finally {
            jp.akapen.TestSupport.signOut();
        }
    }

    static Page.GetByRoleOptions named(String name) {
        return new Page.GetByRoleOptions().setName(name).setExact(true);
    }

    @Test
    void a_handler_drafts_an_invitation_a_second_approves_it_and_it_arrives_in_bcc_with_the_ward_in_cc()
            throws Exception {
        String subject = "座談会のご案内 " + UUID.randomUUID().toString().substring(0, 6);
        String mailPath;
        int year = demoYear();
        try (BrowserContext first = browser.person("ja-JP"); BrowserContext second = browser.person("ja-JP")) {
            Page drafter = browser.signedIn(first, "mail/compose", "handler1");
            assertThat(drafter.getByText("CC（外せません）: 区の担当部署 " + WARD)).isVisible();
            drafter.locator("vaadin-select").filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("年度")).click();
            drafter.getByRole(AriaRole.OPTION, named(year + "年度")).click();
            drafter.locator("vaadin-checkbox").filter(new com.microsoft.playwright.Locator.FilterOptions()
                    .setHasText("さくら")).click();
            drafter.locator("vaadin-checkbox").filter(new com.microsoft.playwright.Locator.FilterOptions()
                    .setHasText("青空")).click();
            drafter.getByLabel("件名").fill(subject);
            drafter.getByLabel("本文").fill("第3号の座談会を区民センターで開きます。\nご出欠をポータルでお知らせください。");
            drafter.getByRole(AriaRole.BUTTON, named("承認を依頼")).click();
            assertThat(drafter.getByText("承認を依頼しました。")).isVisible();
            assertThat(drafter).hasURL(java.util.regex.Pattern.compile(".*/mail/compose/[0-9]+$"));
            mailPath = drafter.url().substring(drafter.url().indexOf("mail/compose/"));

            Page approver = browser.signedIn(second, mailPath, "handler2");
            assertThat(approver.getByText("宛先（BCC）: さくら、青空")).isVisible();
            approver.getByRole(AriaRole.BUTTON, named("承認して送信")).click();
            assertThat(approver.getByText("承認しました。まもなく送信されます。")).isVisible();
        }

        sender.sendDue();

        MimeMessage atResident = only(inbox("resident1@example.jp", subject));
        assertThat(atResident.getHeader("To", ",")).isEqualTo("undisclosed-recipients:;");
        assertThat(atResident.getHeader("Cc", ",")).isEqualTo(WARD);
        assertThat(atResident.getHeader("Bcc")).isNull();
        assertThat(inbox("resident3@example.jp", subject)).hasSize(1);
        assertThat(inbox("resident2@example.jp", subject)).isEmpty();
        assertThat(only(inbox(WARD, subject)).getHeader("Cc", ",")).isEqualTo(WARD);
    }

    List<MimeMessage> inbox(String address, String subject) {
        return demoGreenMail.findReceivedMessages(u -> u.getEmail().equalsIgnoreCase(address), m -> true)
                .filter(m -> subject.equals(subjectOf(m))).toList();
    }

    static MimeMessage only(List<MimeMessage> messages) {
        assertThat(messages).hasSize(1);
        return messages.getFirst();
    }

    static String subjectOf(MimeMessage m) {
        try {
            return MimeUtility.decodeText(m.getSubject());
        } catch (MessagingException | java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
