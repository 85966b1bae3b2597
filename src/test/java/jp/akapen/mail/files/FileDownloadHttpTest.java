package jp.akapen.mail.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import jp.akapen.AkapenSpringTest;
import jp.akapen.TestSupport;
import jp.akapen.privacy.VaultFixtures;
import jp.akapen.privacy.audit.AuditAction;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** A download link over HTTP, through the portal's security filters (issue 12 item 5; E3, P4, P11). */
@AkapenSpringTest
class FileDownloadHttpTest {

    static final byte[] CONTENT = "講座の資料（架空）".getBytes(StandardCharsets.UTF_8);

    @Autowired
    WebApplicationContext web;
    @Autowired
    ApplicationContext context;
    @Autowired
    UserDetailsService users;
    @Autowired
    PortalFiles files;

    MockMvc mvc;
    VaultFixtures fixtures;

    @BeforeEach
    void mvc() {
        mvc = MockMvcBuilders.webAppContextSetup(web).apply(springSecurity()).build();
        fixtures = new VaultFixtures(context);
    }

    Authentication as(String username) {
        var user = users.loadUserByUsername(username);
        return UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
    }

    /** A link to a file handler1 shared with resident1, made as handler1; nobody is signed in afterwards. */
    String link() {
        TestSupport.signIn(users, "handler1");
        var file = files.upload("講座資料 第3号.pdf", "application/pdf", CONTENT, Set.of(fixtures.id("resident1")), Set.of());
        String url = files.createLink(file.id(), null).url();
        TestSupport.signOut();
        return url.substring(url.indexOf(FileDownloadController.PATH));
    }

    @Test
    void the_file_arrives_as_an_attachment_with_its_japanese_name_and_is_never_sniffed_or_cached() throws Exception {
        String path = link();
        long before = fixtures.lastSeq();

        var response = mvc.perform(get(path).with(authentication(as("resident1")))).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsByteArray()).isEqualTo(CONTENT);
        assertThat(response.getContentType()).isEqualTo("application/pdf");
        assertThat(response.getHeader("Content-Disposition")).isEqualTo("attachment; filename=\"____ _3_.pdf\"; "
                + "filename*=UTF-8''%E8%AC%9B%E5%BA%A7%E8%B3%87%E6%96%99%20%E7%AC%AC3%E5%8F%B7.pdf");
        assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.getHeader("Cache-Control")).isEqualTo("no-store");
        assertThat(fixtures.eventsAfter(before)).extracting(e -> e.action())
                .containsExactly(AuditAction.FILE_DOWNLOADED.name());
    }

    @Test
    void a_visitor_who_is_not_signed_in_is_sent_to_the_login_page_and_gets_nothing() throws Exception {
        String path = link();
        long before = fixtures.lastSeq();

        var response = mvc.perform(get(path)).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(302);
        assertThat(response.getRedirectedUrl()).endsWith("/login");
        assertThat(response.getContentAsByteArray()).isNotEqualTo(CONTENT);
        assertThat(fixtures.eventsAfter(before)).noneMatch(e -> e.action().equals(AuditAction.FILE_DOWNLOADED.name()));
    }

    @Test
    void a_revoked_link_answers_410_with_a_page_in_japanese_then_english() throws Exception {
        String path = link();
        TestSupport.signIn(users, "handler1");
        var linkId = files.links(files.visible().getFirst().id()).getFirst().id();
        files.revoke(linkId);
        TestSupport.signOut();

        var response = mvc.perform(get(path).with(authentication(as("resident1")))).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(410);
        assertThat(response.getContentType()).startsWith("text/html");
        String page = response.getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("このリンクは取り消されました", "This link was revoked");
        assertThat(page.indexOf("このリンクは取り消されました")).isLessThan(page.indexOf("This link was revoked"));
        assertThat(response.getHeader("Content-Disposition")).isNull();
    }

    @Test
    void an_unknown_link_answers_404_and_a_file_not_shared_with_the_reader_403() throws Exception {
        String path = link();

        var unknown = mvc.perform(get(FileDownloadController.PATH + "A".repeat(43)).with(authentication(as("resident1"))))
                .andReturn().getResponse();
        var notShared = mvc.perform(get(path).with(authentication(as("resident2")))).andReturn().getResponse();

        assertThat(unknown.getStatus()).isEqualTo(404);
        assertThat(unknown.getContentAsString(StandardCharsets.UTF_8)).contains("このリンクは存在しません");
        assertThat(notShared.getStatus()).isEqualTo(403);
        assertThat(notShared.getContentAsString(StandardCharsets.UTF_8)).contains("このファイルを開く権限がありません")
                .doesNotContain("講座の資料");
    }
}
