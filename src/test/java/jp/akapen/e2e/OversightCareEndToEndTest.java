package jp.akapen.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;
import jp.akapen.AkapenSpringTest;
import jp.akapen.TestSupport;
import jp.akapen.account.Role;
import jp.akapen.privacy.TrainingFixture;
import jp.akapen.privacy.VaultFixtures;
import jp.akapen.privacy.oversight.incident.Incident;
import jp.akapen.privacy.oversight.incident.IncidentService;
import jp.akapen.shared.JapaneseDates;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The ward's supervision as people meet it in Chromium (issue 15 items 3 and 4; O3, O4): the manager cannot designate
 * an untrained colleague and is told why on the form; a handler's incident report reaches the ward and the manager at
 * once, shows its two deadlines, and is reminded to both when the first passes (the clock moved, the daily job run).
 */
@AkapenSpringTest
class OversightCareEndToEndTest {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Autowired
    ApplicationContext context;
    @Autowired
    IncidentService incidents;
    @Autowired
    UserDetailsService users;
    @Autowired
    TestSupport.MovableClock clock;

    @AfterEach
    void clockBack() {
        clock.reset();
    }

    @Test
    void an_untrained_colleague_cannot_be_designated_and_the_form_says_why_and_when_they_were_last_trained() {
        var fixtures = new VaultFixtures(context);
        String untrained = name(fixtures, fixtures.newAccount(Role.CONTRACTOR_HANDLER));
        String username = fixtures.newAccount(Role.CONTRACTOR_HANDLER);
        String lapsed = name(fixtures, username);
        clock.advance(Duration.ofDays(-400));
        TrainingFixture.train(context, fixtures.id(username));
        LocalDate trainedOn = JapaneseDates.today(clock).minusDays(1);
        clock.reset();
        try (BrowserContext person = browser.person("ja-JP")) {
            Page manager = browser.signedIn(person, "handlers", "manager");

            designate(manager, untrained);
            assertThat(manager.locator(".form-problems")).hasText(
                    "研修の記録がありません。12か月以内に研修を受けた人だけを取扱者に指定できます。研修を記録してから指定してください。");

            designate(manager, lapsed);
            assertThat(manager.locator(".form-problems")).hasText("最後の研修は"
                    + JapaneseDates.date(trainedOn, Locale.JAPANESE) + "です。12か月以内に研修を受けた人だけを取扱者に指定できます。");
            assertThat(manager.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions()
                    .setHasText(untrained))).hasCount(0);

            manager.navigate(browser.url("training"));
            assertThat(manager.locator(".training-people vaadin-grid-cell-content")
                    .filter(new Locator.FilterOptions().setHasText("未受講（期限切れ）")).first()).isVisible();
        }
    }

    @Test
    void a_handlers_incident_reaches_ward_and_manager_shows_two_deadlines_and_is_reminded_when_the_first_passes() {
        try (BrowserContext handlerPerson = browser.person("ja-JP"); BrowserContext wardPerson = browser.person("ja-JP");
                BrowserContext managerPerson = browser.person("ja-JP")) {
            Page handler = browser.signedIn(handlerPerson, "incidents", "handler1");
            handler.getByLabel("何が起きたか").fill("講座の出欠表を別の委員にメールで誤送信した（ブラウザテスト）");
            handler.getByLabel("だれの情報か").fill("第3号の区民編集委員2名の氏名");
            handler.getByLabel("人数").fill("2");
            handler.locator(".incident-submit").click();
            assertThat(handler.getByText("を報告しました。区と取扱責任者に知らせました")).isVisible();
            long id = newestOf("handler1");
            String card = "#incident-" + id;
            assertThat(handler.locator(card + "-state")).hasText("速報待ち");
            assertThat(handler.locator(card + "-preliminary")).containsText("速やかに（3〜5日以内）");
            assertThat(handler.locator(card + "-preliminary")).containsText("あと5日");
            assertThat(handler.locator(card + "-final")).containsText("30日以内");
            assertThat(handler.locator(card + "-final")).containsText("あと30日");

            String filed = "事故 No." + id + " が報告されました（報告：赤井 校子（取扱者））";
            Page ward = browser.signedIn(wardPerson, "notices", "ward1");
            assertThat(ward.getByText(filed, new Page.GetByTextOptions()).first()).isVisible();
            Page manager = browser.signedIn(managerPerson, "notices", "manager");
            assertThat(manager.getByText(filed, new Page.GetByTextOptions()).first()).isVisible();

            clock.advance(Duration.ofDays(6));
            incidents.remindOverdue();

            String reminder = "事故 No." + id + "：速報の期限（" + JapaneseDates.today(clock).minusDays(1)
                    + "）を過ぎましたが、速報が記録されていません";
            ward.reload();
            assertThat(ward.getByText(reminder)).isVisible();
            manager.reload();
            assertThat(manager.getByText(reminder)).isVisible();
            manager.navigate(browser.url("incidents/" + id));
            assertThat(manager.locator(card + "-preliminary")).containsText("期限を1日過ぎています");
            assertThat(manager.locator(card + "-final")).containsText("あと24日");
        }
    }

    private void designate(Page manager, String name) {
        var person = manager.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("氏名（表示名）"));
        person.fill(name);
        manager.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText(name)).click();
        manager.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("指定する").setExact(true)).click();
    }

    private long newestOf(String username) {
        TestSupport.signIn(users, username);
        try {
            return incidents.incidents().stream().mapToLong(Incident::id).max().orElseThrow();
        } finally {
            TestSupport.signOut();
        }
    }

    private String name(VaultFixtures fixtures, String username) {
        return ((jp.akapen.shared.PortalUser) users.loadUserByUsername(username)).displayName();
    }
}
