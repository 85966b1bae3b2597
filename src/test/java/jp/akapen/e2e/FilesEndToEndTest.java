package jp.akapen.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import jp.akapen.AkapenSpringTest;
import jp.akapen.TestSupport;
import jp.akapen.mail.files.PortalFiles;
import jp.akapen.shared.Roles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Issue 12 item 5 (E3): a link from a mail, opened by a resident who is not signed in yet; then the list's download, and a handler's page with the upload at 1280 and 390 px. */
@AkapenSpringTest
class FilesEndToEndTest {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Autowired
    PortalFiles files;

    @Autowired
    UserDetailsService users;

    @Test
    void a_resident_opens_a_mailed_link_signs_in_and_receives_the_file_under_its_japanese_name() throws Exception {
        byte[] content = "第3号 講座資料（架空）".getBytes(StandardCharsets.UTF_8);
        TestSupport.signIn(users, "handler1");
        var file = files.upload("講座資料 第3号.pdf", "application/pdf", content, Set.of(), Set.of(Roles.RESIDENT));
        String url = files.createLink(file.id(), null).url();
        String path = url.substring(url.indexOf("/files/download/") + 1);
        TestSupport.signOut();

        try (BrowserContext resident = browser.person("ja-JP")) {
            Page page = browser.open(resident, path);
            assertThat(page.url()).isEqualTo(browser.url("login"));

            var download = page.waitForDownload(() -> Browser.logIn(page, "resident1", Browser.DEMO_PASSWORD));

            assertThat(download.suggestedFilename()).isEqualTo("講座資料 第3号.pdf");
            assertThat(Files.readAllBytes(download.path())).isEqualTo(content);
            for (int width : new int[] {1280, 390}) {
                page.setViewportSize(width, 844);
                page.navigate(browser.url("files"));
                page.getByText("講座資料 第3号.pdf").first().waitFor();
                page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                        .setPath(Path.of("target", "screens", "files-resident-" + width + ".png")));
                assertThat(Screens.layoutFaults(page)).as("/files at %d px", width).isEmpty();
            }
            var again = page.waitForDownload(() -> page.locator("vaadin-grid-cell-content")
                    .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("ダウンロード"))
                    .locator("a.file-download").first().click());
            assertThat(again.suggestedFilename()).as("the list's own download").endsWith(".pdf");
        }
        try (BrowserContext handler = browser.person("ja-JP")) {
            Page page = browser.signedIn(handler, "files", "handler1");
            for (int width : new int[] {1280, 390}) {
                page.setViewportSize(width, 844);
                page.navigate(browser.url("files"));
                page.getByText("講座資料 第3号.pdf").first().waitFor();
                page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                        .setPath(Path.of("target", "screens", "files-handler-" + width + ".png")));
                assertThat(Screens.layoutFaults(page)).as("/files of a handler at %d px", width).isEmpty();
            }
        }
    }
}
