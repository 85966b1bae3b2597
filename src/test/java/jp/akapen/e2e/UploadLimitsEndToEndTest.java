package jp.akapen.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;
import jp.akapen.AkapenSpringTest;
import jp.akapen.TestSupport;
import jp.akapen.manuscript.ManuscriptService;
import jp.akapen.shared.PortalUser;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The upload limits as the server applies them to real HTTP requests (W1, issue 22): the portal
 * documents 2 MB and one file per upload, and says so in its own words whatever the request looks
 * like, not with the servlet container's bare error page. The requests are multipart bodies sent
 * from the signed-in page to the upload's own address, as a script or another client could.
 */
@AkapenSpringTest
class UploadLimitsEndToEndTest {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Autowired
    ManuscriptService manuscripts;

    @Autowired
    UserDetailsService users;

    long manuscriptId;

    @BeforeEach
    void assignAManuscript() {
        long resident2 = ((PortalUser) users.loadUserByUsername("resident2")).id();
        TestSupport.signIn(users, "ward1");
        manuscriptId = manuscripts.assign("大きな添付の原稿", resident2, null).id();
        TestSupport.signOut();
    }

    /** A Word document with one line of text and an incompressible picture that makes it about {@code size} bytes. */
    static byte[] docxOfAbout(int size) throws Exception {
        byte[] picture = new byte[size];
        new Random(22).nextBytes(picture);
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.createParagraph().createRun().setText("写真つきの原稿です。");
            document.addPictureData(picture, Document.PICTURE_TYPE_PNG);
            document.write(out);
            return out.toByteArray();
        }
    }

    /**
     * Posts the files in one multipart request to the page's upload address and makes the page
     * fetch what the server changed meanwhile; returns the status and the response's text.
     */
    @SuppressWarnings("unchecked")
    static Map<String, Object> postMultipart(Page page, List<String> names, byte[] content) {
        Object result = page.evaluate("""
                async ([names, base64]) => {
                  const bytes = Uint8Array.from(atob(base64), c => c.charCodeAt(0));
                  const form = new FormData();
                  for (const name of names) {
                    form.append('file', new Blob([bytes]), name);
                  }
                  const target = document.querySelector('vaadin-upload').target;
                  const response = await fetch(target, {method: 'POST', body: form, credentials: 'same-origin'});
                  const text = await response.text();
                  for (const client of Object.values(window.Vaadin.Flow.clients)) {
                    if (client.poll) client.poll();
                  }
                  return {status: response.status, text: text};
                }""", List.of(names, Base64.getEncoder().encodeToString(content)));
        return (Map<String, Object>) result;
    }

    private Page residentOnTheManuscript(BrowserContext person) {
        Page page = browser.signedIn(person, "manuscripts/" + manuscriptId, "resident2");
        assertThat(page.locator("vaadin-upload")).isVisible();
        return page;
    }

    @Test
    void a_word_file_of_one_and_a_half_megabytes_sent_as_multipart_is_read_not_refused_by_the_container()
            throws Exception {
        byte[] docx = docxOfAbout(1_500_000);
        assertThat(docx.length).isBetween(1_400_000, 2 * 1024 * 1024);

        try (BrowserContext person = browser.person("ja-JP")) {
            Page page = residentOnTheManuscript(person);

            Map<String, Object> response = postMultipart(page, List.of("写真つき.docx"), docx);

            assertThat(response.get("status")).isEqualTo(200);
            assertThat(page.locator("vaadin-text-area.manuscript-editor textarea")).hasValue("写真つきの原稿です。");
        }
    }

    @Test
    void files_the_browser_refuses_are_explained_in_japanese_next_to_the_upload_with_the_accepted_types() {
        try (BrowserContext person = browser.person("ja-JP")) {
            Page page = residentOnTheManuscript(person);
            var input = page.locator("vaadin-upload input[type=file]");

            input.setInputFiles(new FilePayload("写真.png", "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'}));

            assertThat(page.locator(".upload-refusal")).containsText("写真.png");
            assertThat(page.locator(".upload-refusal")).containsText(".md、.txt、.docx");
            assertThat(page.locator("vaadin-upload")).not().containsText("Incorrect File Type");

            input.setInputFiles(new FilePayload("長すぎる.txt", "text/plain", new byte[3 * 1024 * 1024]));

            assertThat(page.locator(".upload-refusal")).containsText("「長すぎる.txt」は大きすぎます（2 MB まで）");
            assertThat(page.locator("vaadin-upload")).not().containsText("File is Too Big");

            page.locator(".upload-refusal").getByText("閉じる").click();
            assertThat(page.locator(".upload-refusal")).isHidden();
        }
    }

    @Test
    void five_files_in_one_request_are_refused_by_the_server_in_the_portals_words() throws Exception {
        byte[] text = "一つ目の原稿です。".getBytes(java.nio.charset.StandardCharsets.UTF_8);

        try (BrowserContext person = browser.person("ja-JP")) {
            Page page = residentOnTheManuscript(person);

            Map<String, Object> response = postMultipart(page,
                    List.of("一.txt", "二.txt", "三.txt", "四.txt", "五.txt"), text);

            assertThat((Integer) response.get("status")).isEqualTo(400);
            assertThat((String) response.get("text")).contains("一度に読み込めるファイルは1つです");
            assertThat(page.locator(".upload-refusal")).containsText("一度に読み込めるファイルは1つです");
            assertThat(page.locator("vaadin-text-area.manuscript-editor textarea")).hasValue("");
        }
    }

    @Test
    void a_request_beyond_the_limit_gets_the_portals_message_not_the_containers_error_page() throws Exception {
        byte[] docx = docxOfAbout(3_500_000);

        try (BrowserContext person = browser.person("ja-JP")) {
            Page page = residentOnTheManuscript(person);

            Map<String, Object> response = postMultipart(page, List.of("大きすぎる.docx"), docx);

            assertThat((Integer) response.get("status")).isEqualTo(413);
            // refused before the body is read, so the page itself is not reached: the response says why
            assertThat((String) response.get("text")).contains("大きすぎます", "2 MB").doesNotContain("<html", "Tomcat");
            assertThat(page.locator("vaadin-text-area.manuscript-editor textarea")).hasValue("");
        }
    }
}
