package jp.akapen.mail.files;

import static jp.akapen.db.Tables.PORTAL_FILE;
import static jp.akapen.db.Tables.PORTAL_FILE_LINK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import jp.akapen.AkapenSpringTest;
import jp.akapen.TestSupport;
import jp.akapen.TestSupport.MovableClock;
import jp.akapen.privacy.VaultFixtures;
import jp.akapen.privacy.audit.AuditAction;
import jp.akapen.privacy.audit.AuditOutcome;
import jp.akapen.shared.Roles;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Files instead of mailed attachments (issue 12 item 5; seed E3, P1, P4) on the application's database: who may
 * download, what the audit log keeps, links that expire or are revoked, and what is stored (a token's hash only, the
 * content sealed).
 */
@AkapenSpringTest
class PortalFilesTest {

    static final byte[] ROSTER = "さくら 新宿区歌舞伎町1-1 sakura@example.jp（架空の名簿）".getBytes(StandardCharsets.UTF_8);

    @Autowired
    PortalFiles files;
    @Autowired
    FileLinks links;
    @Autowired
    UserDetailsService users;
    @Autowired
    DSLContext db;
    @Autowired
    MovableClock clock;
    @Autowired
    ApplicationContext context;

    VaultFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new VaultFixtures(context);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** handler1's roster, shared with resident1 only. */
    PortalFile roster() {
        TestSupport.signIn(users, "handler1");
        return files.upload("名簿 第3号.txt", "text/plain", ROSTER, Set.of(fixtures.id("resident1")), Set.of());
    }

    static String token(NewLink link) {
        return link.url().substring(link.url().lastIndexOf('/') + 1);
    }

    @Test
    void a_download_by_someone_it_is_shared_with_is_logged_with_the_files_sha_256() {
        var file = roster();
        var link = files.createLink(file.id(), null);
        TestSupport.signIn(users, "resident1");
        long before = fixtures.lastSeq();

        var download = files.download(token(link));

        assertThat(download).isInstanceOfSatisfying(Download.Granted.class, granted -> {
            assertThat(granted.content()).isEqualTo(ROSTER);
            assertThat(granted.name()).isEqualTo("名簿 第3号.txt");
        });
        assertThat(file.sha256()).isEqualTo(LinkTokens.sha256Hex(ROSTER));
        assertThat(fixtures.eventsAfter(before)).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo(AuditAction.FILE_DOWNLOADED.name());
            assertThat(e.objectType()).isEqualTo("file");
            assertThat(e.objectId()).isEqualTo(file.sha256());
            assertThat(e.actorId()).isEqualTo(fixtures.id("resident1"));
            assertThat(e.outcome()).isEqualTo(AuditOutcome.SUCCESS.name());
        });
    }

    @Test
    void someone_the_file_is_not_shared_with_is_refused_and_the_refusal_is_audited() {
        var file = roster();
        var link = files.createLink(file.id(), null);
        TestSupport.signIn(users, "resident2");
        long before = fixtures.lastSeq();

        assertThat(files.download(token(link))).isEqualTo(new Download.Refused(Download.Refusal.NOT_ALLOWED));

        assertThat(fixtures.eventsAfter(before)).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo(AuditAction.ACCESS_DENIED.name());
            assertThat(e.objectId()).isEqualTo(file.sha256());
            assertThat(e.outcome()).isEqualTo(AuditOutcome.DENIED.name());
        });
        assertThat(files.visible()).extracting(PortalFile::id).doesNotContain(file.id());
        assertThatThrownBy(() -> files.createLink(file.id(), null)).isInstanceOf(FileRefused.class);
    }

    @Test
    void the_lists_own_download_is_checked_and_logged_as_a_links_is() {
        var file = roster();
        TestSupport.signIn(users, "resident1");
        long before = fixtures.lastSeq();

        assertThat(files.open(file.id())).isInstanceOf(Download.Granted.class);
        TestSupport.signIn(users, "resident2");
        assertThat(files.open(file.id())).isEqualTo(new Download.Refused(Download.Refusal.NOT_ALLOWED));

        assertThat(fixtures.eventsAfter(before)).extracting(e -> e.action() + " " + e.objectId()).containsExactly(
                "FILE_DOWNLOADED " + file.sha256(), "ACCESS_DENIED " + file.sha256());
    }

    @Test
    void ward_staff_may_read_every_file_though_nobody_shared_it_with_them() {
        var file = roster();
        var link = files.createLink(file.id(), null);
        TestSupport.signIn(users, "ward1");

        assertThat(files.visible()).extracting(PortalFile::id).contains(file.id());
        assertThat(files.download(token(link))).isInstanceOf(Download.Granted.class);
    }

    @Test
    void an_expired_link_is_refused_even_to_the_uploader() {
        var file = roster();
        var link = files.createLink(file.id(), Duration.ofDays(1));
        assertThat(link.expiresAt()).isEqualTo(db.fetchValue(
                db.select(PORTAL_FILE_LINK.EXPIRES_AT).from(PORTAL_FILE_LINK).where(PORTAL_FILE_LINK.ID.eq(link.linkId()))));

        clock.advance(Duration.ofDays(1).plusSeconds(1));
        long before = fixtures.lastSeq();

        assertThat(files.download(token(link))).isEqualTo(new Download.Refused(Download.Refusal.EXPIRED));
        assertThat(fixtures.eventsAfter(before)).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo(AuditAction.FILE_LINK_REFUSED.name());
            assertThat(e.objectId()).isEqualTo(file.sha256());
            assertThat(e.fields()).containsExactly("expired");
            assertThat(e.outcome()).isEqualTo(AuditOutcome.DENIED.name());
        });
        assertThat(files.links(file.id())).singleElement()
                .satisfies(l -> assertThat(l.state(clock.instant())).isEqualTo(FileLink.State.EXPIRED));
    }

    @Test
    void links_last_fourteen_days_unless_their_maker_says_otherwise() {
        var file = roster();
        var link = files.createLink(file.id(), null);

        assertThat(Duration.between(clock.instant(), link.expiresAt())).isBetween(Duration.ofDays(14).minusMinutes(1),
                Duration.ofDays(14));
        assertThatThrownBy(() -> files.createLink(file.id(), Duration.ofDays(91)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_revoked_link_is_refused_at_once_and_the_others_still_work() {
        var file = roster();
        var revoked = files.createLink(file.id(), null);
        var kept = files.createLink(file.id(), null);

        files.revoke(revoked.linkId());

        TestSupport.signIn(users, "resident1");
        assertThat(files.download(token(revoked))).isEqualTo(new Download.Refused(Download.Refusal.REVOKED));
        assertThat(files.download(token(kept))).isInstanceOf(Download.Granted.class);
    }

    @Test
    void a_reader_who_neither_uploaded_nor_made_the_link_cannot_revoke_it() {
        var file = roster();
        var link = files.createLink(file.id(), null);
        TestSupport.signIn(users, "resident1");

        assertThatThrownBy(() -> files.revoke(link.linkId())).isInstanceOf(FileRefused.class);

        assertThat(files.download(token(link))).isInstanceOf(Download.Granted.class);
    }

    @Test
    void only_the_tokens_hash_is_stored_and_the_content_is_sealed() {
        var file = roster();
        var link = files.createLink(file.id(), null);
        String token = token(link);

        byte[] stored = db.select(PORTAL_FILE_LINK.TOKEN_HASH).from(PORTAL_FILE_LINK)
                .where(PORTAL_FILE_LINK.ID.eq(link.linkId())).fetchOne(PORTAL_FILE_LINK.TOKEN_HASH);
        assertThat(stored).isEqualTo(LinkTokens.hash(token));
        assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain(token);
        assertThat(token).hasSize(43);
        byte[] content = db.select(PORTAL_FILE.CONTENT).from(PORTAL_FILE).where(PORTAL_FILE.ID.eq(file.id()))
                .fetchOne(PORTAL_FILE.CONTENT);
        assertThat(new String(content, StandardCharsets.ISO_8859_1))
                .doesNotContain(new String("sakura@example.jp".getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1));
        assertThat(files.download("A".repeat(43))).isEqualTo(new Download.Refused(Download.Refusal.UNKNOWN));
    }

    @Test
    void a_download_with_a_token_that_never_existed_is_logged_without_the_token() {
        TestSupport.signIn(users, "handler1");
        String guessed = "B".repeat(43);
        long before = fixtures.lastSeq();

        assertThat(files.download(guessed)).isEqualTo(new Download.Refused(Download.Refusal.UNKNOWN));
        assertThat(files.download("not-a-token")).isEqualTo(new Download.Refused(Download.Refusal.UNKNOWN));

        assertThat(fixtures.eventsAfter(before)).hasSize(2).allSatisfy(e -> {
            assertThat(e.action()).isEqualTo(AuditAction.FILE_LINK_REFUSED.name());
            assertThat(e.objectType()).isEqualTo("file_link");
            assertThat(e.objectId()).hasSize(16).doesNotContain("BBBB").isNotEqualTo("not-a-token");
            assertThat(e.fields()).containsExactly("unknown");
            assertThat(e.actorId()).isEqualTo(fixtures.id("handler1"));
        });
    }

    @Test
    void mail_gets_an_absolute_link_from_the_portals_address() {
        var file = roster();

        String url = links.linkFor(file.id());

        assertThat(url).matches("https?://[^/]+/files/download/[A-Za-z0-9_-]{43}");
    }

    @Test
    void an_encrypted_zip_keeps_the_readers_and_its_password_is_shown_only_to_them() {
        var file = roster();
        var zip = files.encryptedZip(file.id());

        assertThat(zip.encryptedZip()).isTrue();
        assertThat(zip.name()).isEqualTo("名簿 第3号.txt.zip");
        assertThat(zip.readerAccounts()).containsExactly(fixtures.id("resident1"));
        long before = fixtures.lastSeq();
        assertThat(files.zipPassword(zip.id())).hasSizeGreaterThanOrEqualTo(16);
        assertThat(fixtures.eventsAfter(before)).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo(AuditAction.FILE_ZIP_PASSWORD_VIEWED.name());
            assertThat(e.objectId()).isEqualTo(zip.sha256());
        });
        TestSupport.signIn(users, "resident1");
        assertThat(files.zipPassword(zip.id())).hasSizeGreaterThanOrEqualTo(16);
        TestSupport.signIn(users, "resident2");
        assertThatThrownBy(() -> files.zipPassword(zip.id())).isInstanceOf(FileRefused.class);
    }

    @Test
    void residents_receive_files_but_do_not_add_them() {
        TestSupport.signIn(users, "resident1");

        assertThat(files.mayUpload()).isFalse();
        assertThatThrownBy(() -> files.upload("a.txt", "text/plain", ROSTER, Set.of(), Set.of(Roles.RESIDENT)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_file_shared_with_a_role_reaches_everyone_in_it() {
        TestSupport.signIn(users, "staff1");
        var file = files.upload("講座資料.pdf", "application/pdf", ROSTER, Set.of(), Set.of(Roles.RESIDENT));

        TestSupport.signIn(users, "resident7");
        assertThat(files.visible()).extracting(PortalFile::id).contains(file.id());
        TestSupport.signIn(users, "handler2");
        assertThat(files.visible()).extracting(PortalFile::id).doesNotContain(file.id());
    }
}
