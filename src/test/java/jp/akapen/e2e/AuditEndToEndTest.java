package jp.akapen.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static jp.akapen.db.Tables.AUDIT_EVENT;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import jp.akapen.AkapenSpringTest;
import jp.akapen.db.tables.records.AuditEventRecord;
import jp.akapen.shared.PortalUser;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Logins, a denied page and a logout in a real browser, each leaving exactly one audit entry with
 * the account, role, the hash of the browser's session cookie and the client address (seed P3, P4).
 */
@AkapenSpringTest
class AuditEndToEndTest {

    static final Set<String> LOCALHOST = Set.of("127.0.0.1", "0:0:0:0:0:0:0:1");

    @RegisterExtension
    static final Browser browser = new Browser();

    @Autowired
    DSLContext db;

    @Autowired
    UserDetailsService users;

    long end() {
        Long last = db.select(org.jooq.impl.DSL.max(AUDIT_EVENT.SEQ)).from(AUDIT_EVENT).fetchOne().value1();
        return last == null ? 0 : last;
    }

    List<AuditEventRecord> since(long seq, String action) {
        return db.selectFrom(AUDIT_EVENT).where(AUDIT_EVENT.SEQ.gt(seq)).and(AUDIT_EVENT.ACTION.eq(action))
                .orderBy(AUDIT_EVENT.SEQ).fetch();
    }

    static String sessionHash(BrowserContext context) throws Exception {
        String id = context.cookies().stream().filter(c -> c.name.equals("JSESSIONID")).map(c -> c.value)
                .findFirst().orElseThrow();
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8)));
    }

    long id(String username) {
        return ((PortalUser) users.loadUserByUsername(username)).id();
    }

    @Test
    void a_login_a_denied_page_and_a_logout_each_leave_one_entry_with_the_session_and_address() throws Exception {
        try (BrowserContext resident = browser.person("ja-JP")) {
            Page page = browser.open(resident, "login");
            long start = end();

            Browser.logIn(page, "resident3", "akapen-demo");
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("ようこそ、青空さん"))).isVisible();
            String session = sessionHash(resident);

            assertThat(since(start, "LOGIN_SUCCEEDED")).singleElement().satisfies(e -> {
                assertThat(e.getActorId()).isEqualTo(id("resident3"));
                assertThat(e.getActorRole()).isEqualTo("RESIDENT");
                assertThat(e.getObjectType()).isEqualTo("account");
                assertThat(e.getObjectId()).isEqualTo(String.valueOf(id("resident3")));
                assertThat(e.getOutcome()).isEqualTo("SUCCESS");
                assertThat(e.getSessionHash()).as("the session after login, not the one before").isEqualTo(session);
                assertThat(e.getClientAddress()).isIn(LOCALHOST);
            });
            assertThat(since(start, "LOGIN_FAILED")).isEmpty();

            long beforeDenied = end();
            page.navigate(browser.url("audit"));
            assertThat(page.locator("h1").getByText("このページを開く権限がありません")).isVisible();
            assertThat(since(beforeDenied, "ACCESS_DENIED")).singleElement().satisfies(e -> {
                assertThat(e.getActorId()).isEqualTo(id("resident3"));
                assertThat(e.getActorRole()).isEqualTo("RESIDENT");
                assertThat(e.getObjectType()).isEqualTo("route");
                assertThat(e.getObjectId()).isEqualTo("audit");
                assertThat(e.getOutcome()).isEqualTo("DENIED");
                assertThat(e.getSessionHash()).isEqualTo(session);
                assertThat(e.getClientAddress()).isIn(LOCALHOST);
            });

            page.navigate(browser.url(""));
            long beforeLogout = end();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("ログアウト")).click();
            assertThat(page).hasURL(browser.url("login"));
            assertThat(since(beforeLogout, "LOGOUT")).singleElement().satisfies(e -> {
                assertThat(e.getActorId()).isEqualTo(id("resident3"));
                assertThat(e.getSessionHash()).as("the session that ended").isEqualTo(session);
                assertThat(e.getClientAddress()).isIn(LOCALHOST);
            });
        }
    }

    @Test
    void a_wrong_password_leaves_one_failed_entry_naming_the_account() throws Exception {
        try (BrowserContext visitor = browser.person("ja-JP")) {
            Page page = browser.open(visitor, "login");
            long start = end();

            Browser.logIn(page, "resident5", "not-the-password");
            assertThat(page).hasURL(browser.url("login?error"));

            assertThat(since(start, "LOGIN_FAILED")).singleElement().satisfies(e -> {
                assertThat(e.getActorId()).isEqualTo(id("resident5"));
                assertThat(e.getActorRole()).isEqualTo("RESIDENT");
                assertThat(e.getOutcome()).isEqualTo("FAILED");
                assertThat(e.getSessionHash()).isEqualTo(sessionHash(visitor));
                assertThat(e.getClientAddress()).isIn(LOCALHOST);
            });
            assertThat(since(start, "LOGIN_SUCCEEDED")).isEmpty();
        }
    }

    @Test
    void a_password_typed_as_the_username_is_never_stored() throws Exception {
        String typed = "Tr0ub4dor-" + System.nanoTime();
        try (BrowserContext visitor = browser.person("ja-JP")) {
            Page page = browser.open(visitor, "login");
            long start = end();

            Browser.logIn(page, typed, "resident6");
            assertThat(page).hasURL(browser.url("login?error"));

            assertThat(since(start, "LOGIN_FAILED")).singleElement().satisfies(e -> {
                assertThat(e.getActorId()).isNull();
                assertThat(e.getActorRole()).isNull();
                assertThat(e.getObjectId()).isNull();
                assertThat(e.intoList()).noneSatisfy(v -> assertThat(String.valueOf(v)).contains("Tr0ub4dor"));
            });
        }
    }

    @Test
    void the_ward_verifies_the_chain_and_downloads_the_log_as_csv_which_is_itself_logged() throws Exception {
        try (BrowserContext ward = browser.person("ja-JP")) {
            Page page = browser.open(ward, "login");
            Browser.logIn(page, "ward1", "akapen-demo");
            assertThat(page.locator(".user-role")).hasText("区職員");
            page.navigate(browser.url("audit"));

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("検証")).click();
            assertThat(page.locator("#audit-verdict")).containsText("改ざんは見つかりませんでした");

            long start = end();
            var download = page.waitForDownload(() -> page.locator("#audit-csv").click());
            byte[] csv = java.nio.file.Files.readAllBytes(download.path());

            assertThat(java.util.Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
            String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
            assertThat(text).startsWith("番号,日時（日本時間）").contains("\r\n").contains(",LOGIN_SUCCEEDED,")
                    .contains(",AUDIT_CHAIN_VERIFIED,");
            assertThat(since(start, "AUDIT_LOG_EXPORTED")).singleElement().satisfies(e -> {
                assertThat(e.getActorId()).isEqualTo(id("ward1"));
                assertThat(e.getSessionHash()).isEqualTo(sessionHash(ward));
                assertThat(e.getClientAddress()).isIn(LOCALHOST);
            });
        }
    }
}
