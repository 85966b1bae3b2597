package jp.akapen.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import jp.akapen.AkapenSpringTest;
import jp.akapen.RouteLocations;
import jp.akapen.TestSupport;
import jp.akapen.account.AccountService;
import jp.akapen.edition.EditionService;
import jp.akapen.manuscript.CorrectionService;
import jp.akapen.manuscript.ManuscriptService;
import jp.akapen.privacy.Canaries;
import jp.akapen.privacy.purpose.PurposeNoticeService;
import jp.akapen.privacy.vault.PersonalData;
import jp.akapen.privacy.vault.PersonalDataService;
import jp.akapen.shared.PortalUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Issue 5 as its users meet it, in real browsers (seed P2, P4, P9): a designated handler and a
 * contractor colleague who is not designated open the same resident side by side; the handler sees
 * the name, address and email, the colleague only the pen name; every response either browser of a
 * non-handler receives, on every page, holds none of the residents' values (the first opens each page by loading
 * it, the others as from the menu, where Vaadin's answer carries the page); the ward finds the
 * handler in the register and exactly those three reads in the audit log, verifies the chain and
 * exports the log.
 */
@AkapenSpringTest
class PersonalDataEndToEndTest {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Autowired
    UserDetailsService users;
    @Autowired
    AccountService accounts;
    @Autowired
    PersonalDataService personalData;
    @Autowired
    PurposeNoticeService purposeNotice;
    @Autowired
    EditionService editions;
    @Autowired
    org.springframework.context.ApplicationContext context;
    @Autowired
    ManuscriptService manuscripts;
    @Autowired
    CorrectionService corrections;

    Canaries canaries;

    @BeforeEach
    void plantCanaries() {
        canaries = Canaries.plant(users, accounts, personalData, purposeNotice, editions, id("handler1"));
    }

    long id(String username) {
        return ((PortalUser) users.loadUserByUsername(username)).id();
    }

    /**
     * Vaadin's production bundle: files built before the application starts, named by a hash of
     * their content, so one name is always the same bytes. Every page load fetches some twenty of
     * them (2 MB); reading each one's body once per run instead of at every page scans the same
     * bytes without carrying them from the browser again and again.
     */
    static final Pattern BUILT_FILE = Pattern.compile("/VAADIN/build/[^/?]+-[A-Za-z0-9_-]{8}\\.js$");
    static final Map<String, String> BUILT_FILES = new ConcurrentHashMap<>();

    /** Every text response the browser receives from now on (pages, Vaadin's JSON, scripts, styles). */
    static List<String> recordResponses(BrowserContext context) {
        var bodies = new CopyOnWriteArrayList<String>();
        context.onResponse(response -> {
            String type = response.headerValue("content-type");
            if (type == null || type.startsWith("image/") || type.startsWith("font/")) {
                return;
            }
            try {
                String url = response.url();
                bodies.add(BUILT_FILE.matcher(url).find()
                        ? BUILT_FILES.computeIfAbsent(url, u -> new String(response.body(), StandardCharsets.UTF_8))
                        : new String(response.body(), StandardCharsets.UTF_8));
            } catch (RuntimeException redirectOrGone) {
                // a redirect has no body to read
            }
        });
        return bodies;
    }

    static int occurrences(List<String> bodies, List<String> values) {
        int found = 0;
        for (String body : bodies) {
            for (String value : values) {
                for (int at = body.indexOf(value); at >= 0; at = body.indexOf(value, at + 1)) {
                    found++;
                }
            }
        }
        return found;
    }

    @Test
    void a_handler_sees_the_residents_contact_details_the_colleague_beside_them_only_the_pen_name_and_the_ward_audits_it() throws Exception {
        PersonalData resident = canaries.data().getFirst();
        long residentId = canaries.residentIds().getFirst();
        String penName = users.loadUserByUsername(canaries.residentUsernames().getFirst()) instanceof PortalUser p
                ? p.displayName() : null;

        try (BrowserContext handlerBrowser = browser.person("ja-JP");
                BrowserContext staffBrowser = browser.person("ja-JP");
                BrowserContext wardBrowser = browser.person("ja-JP")) {
            var staffResponses = recordResponses(staffBrowser);
            var handlerResponses = recordResponses(handlerBrowser);
            Page handler = browser.signIn(handlerBrowser, "handler1", "akapen-demo");
            Page staff = browser.signIn(staffBrowser, "staff1", "akapen-demo");

            handler.navigate(browser.url("people"));
            handler.getByText(penName).click();
            for (String label : List.of("氏名", "住所", "メールアドレス")) {
                handler.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(label + "を表示")).click();
            }
            assertThat(handler.getByText(resident.fullName())).isVisible();
            assertThat(handler.getByText(resident.address())).isVisible();
            assertThat(handler.getByText(resident.email())).isVisible();
            assertThat(occurrences(handlerResponses, List.of(resident.email())))
                    .as("the scan finds a value where it may be shown, so it can fail").isPositive();

            staff.navigate(browser.url("people"));
            assertThat(staff.locator("h1").getByText("このページを開く権限がありません")).isVisible();
            staff.navigate(browser.url("editions/" + canaries.editionId()));
            assertThat(staff.getByText(penName).first()).isVisible();
            staff.waitForLoadState(LoadState.NETWORKIDLE);
            assertThat(occurrences(staffResponses, canaries.values())).isZero();

            Page ward = browser.signIn(wardBrowser, "ward1", "akapen-demo");
            ward.navigate(browser.url("handlers"));
            assertThat(ward.locator("vaadin-grid-cell-content").filter(new com.microsoft.playwright.Locator.FilterOptions()
                    .setHasText(users.loadUserByUsername("handler1") instanceof PortalUser h ? h.displayName() : "?"))
                    .first()).isVisible();

            ward.navigate(browser.url("audit"));
            ward.getByLabel("対象").fill("person:" + residentId);
            ward.locator("#audit-apply").click();
            ward.locator("#audit-verify").click();
            assertThat(ward.locator("#audit-verdict")).hasClass(java.util.regex.Pattern.compile(".*\\bintact\\b.*"));
            var download = ward.waitForDownload(() -> ward.locator("#audit-csv").click());
            String csv = Files.readString(download.path(), StandardCharsets.UTF_8);
            assertThat(csv).startsWith("\uFEFF");
            var reads = csv.lines().filter(line -> line.contains("PERSONAL_DATA_READ") || line.contains("個人情報の閲覧"))
                    .filter(line -> line.contains(String.valueOf(id("handler1")))).toList();
            assertThat(reads).hasSize(3);
            assertThat(String.join("\n", reads)).contains("full_name").contains("address").contains("email")
                    .doesNotContain("furigana").doesNotContain("phone");
            assertThat(occurrences(List.of(csv), canaries.values())).as("the log holds no personal data").isZero();
        }
    }

    @Test
    void no_response_to_a_non_handler_on_any_page_holds_a_residents_personal_data() {
        TestSupport.signIn(users, "ward1");
        var locations = RouteLocations.of(context,
                manuscript -> canaries.residentIds().contains(manuscript.residentId()),
                edition -> edition.id() == canaries.editionId());
        SecurityContextHolder.clearContext();
        var viewers = List.of("staff1", "resident1", canaries.undesignatedHandler(), canaries.residentUsernames().get(1));
        int responses = 0;
        var leaks = new ArrayList<String>();
        for (String viewer : viewers) {
            String password = viewer.startsWith("canary") ? Canaries.PASSWORD : "akapen-demo";
            try (BrowserContext context = browser.person("ja-JP")) {
                var bodies = recordResponses(context);
                Page page = browser.signIn(context, viewer, password);
                if (page.url().contains("purpose-notice")) {
                    page.getByRole(AriaRole.BUTTON).first().click();
                }
                for (String location : locations) {
                    if (viewer.equals(viewers.getFirst())) {
                        page.navigate(browser.url(location));
                        Browser.settled(page);
                    } else {
                        Screens.follow(page, browser.url(location));
                    }
                }
                responses += bodies.size();
                if (occurrences(bodies, canaries.valuesExceptOf(viewer)) > 0) {
                    leaks.add(viewer);
                }
            }
        }
        System.out.printf("Canary (browser): %d locations as %d people, %d responses searched, leaks: %s%n",
                locations.size(), viewers.size(), responses, leaks);
        assertThat(leaks).isEmpty();
        assertThat(responses).isGreaterThan(locations.size() * viewers.size());
    }
}
