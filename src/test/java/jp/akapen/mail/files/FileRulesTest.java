package jp.akapen.mail.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.HashSet;
import java.util.Set;
import jp.akapen.shared.Roles;
import jp.akapen.shared.files.EncryptedZip;
import net.lingala.zip4j.ZipFile;
import net.lingala.zip4j.exception.ZipException;
import net.lingala.zip4j.model.enums.AesKeyStrength;
import net.lingala.zip4j.model.enums.EncryptionMethod;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The files' plain rules (issue 12 item 5; E3, P1): who reads, tokens, the download header, the encrypted zip. */
class FileRulesTest {

    static final FileAccess.Reader WARD = new FileAccess.Reader(1, Roles.WARD_STAFF);
    static final FileAccess.Reader RESIDENT = new FileAccess.Reader(2, Roles.RESIDENT);
    static final FileAccess.Reader HANDLER = new FileAccess.Reader(3, Roles.CONTRACTOR_HANDLER);

    @Test
    void ward_staff_always_read_and_others_only_what_is_shared_with_them_or_their_role() {
        assertThat(FileAccess.mayRead(WARD, 9, Set.of(), Set.of())).isTrue();
        assertThat(FileAccess.mayRead(RESIDENT, 9, Set.of(), Set.of())).isFalse();
        assertThat(FileAccess.mayRead(RESIDENT, 9, Set.of(2L), Set.of())).isTrue();
        assertThat(FileAccess.mayRead(RESIDENT, 9, Set.of(), Set.of(Roles.RESIDENT))).isTrue();
        assertThat(FileAccess.mayRead(RESIDENT, 9, Set.of(3L), Set.of(Roles.CONTRACTOR_HANDLER))).isFalse();
        assertThat(FileAccess.mayRead(HANDLER, 3, Set.of(), Set.of())).as("the uploader").isTrue();
    }

    @Test
    void a_link_is_revoked_by_the_uploader_its_maker_the_manager_an_active_handler_or_the_ward_only() {
        assertThat(FileAccess.mayRevoke(RESIDENT, 9, 8, false)).isFalse();
        assertThat(FileAccess.mayRevoke(RESIDENT, 2, 8, false)).isTrue();
        assertThat(FileAccess.mayRevoke(HANDLER, 9, 8, false)).as("a handler whose designation ended").isFalse();
        assertThat(FileAccess.mayRevoke(HANDLER, 9, 8, true)).isTrue();
        assertThat(FileAccess.mayRevoke(new FileAccess.Reader(4, Roles.CONTRACTOR_STAFF), 9, 4, false)).isTrue();
        assertThat(FileAccess.mayRevoke(WARD, 9, 8, false)).isTrue();
    }

    @Test
    void tokens_carry_256_random_bits_and_only_their_sha_256_is_kept() {
        var seen = new HashSet<String>();
        for (int i = 0; i < 1000; i++) {
            String token = LinkTokens.newToken();
            assertThat(LinkTokens.wellFormed(token)).isTrue();
            assertThat(seen.add(token)).isTrue();
        }
        String token = seen.iterator().next();
        assertThat(token).hasSize(43);
        assertThat(LinkTokens.hash(token)).hasSize(32).isNotEqualTo(token.getBytes(StandardCharsets.US_ASCII));
        assertThat(LinkTokens.wellFormed("../../etc/passwd")).isFalse();
        assertThat(LinkTokens.wellFormed(token + "x")).isFalse();
    }

    @Test
    void a_japanese_file_name_arrives_whole_through_rfc_5987_with_an_ascii_stand_in_for_old_clients() {
        String header = DownloadHeaders.attachment("講座資料 第3号.pdf");

        assertThat(header).isEqualTo("attachment; filename=\"____ _3_.pdf\"; "
                + "filename*=UTF-8''%E8%AC%9B%E5%BA%A7%E8%B3%87%E6%96%99%20%E7%AC%AC3%E5%8F%B7.pdf");
    }

    @Test
    void a_file_name_cannot_smuggle_a_path_a_quote_or_a_header_line() {
        assertThat(DownloadHeaders.attachment("..\\x/\"a\"\r\nSet-Cookie: b.txt"))
                .doesNotContain("\r", "\n", "/", "\\")
                .startsWith("attachment; filename=\"_a_Set-Cookie: b.txt\"");
        assertThat(DownloadHeaders.safeName("")).isEqualTo("file");
    }

    @Test
    void the_encrypted_zip_is_aes_256_and_opens_with_its_password_only(@TempDir java.nio.file.Path dir) throws Exception {
        byte[] content = "区民編集委員の名簿（架空）".getBytes(StandardCharsets.UTF_8);

        var zipped = EncryptedZip.zip("名簿.txt", content);

        assertThat(zipped.password()).hasSizeGreaterThanOrEqualTo(16).matches("[A-Za-z2-9]+");
        assertThat(EncryptedZip.password()).isNotEqualTo(zipped.password());
        var file = dir.resolve("x.zip");
        Files.write(file, zipped.bytes());
        try (var zip = new ZipFile(file.toFile(), "wrong-password-123".toCharArray())) {
            var header = zip.getFileHeaders().getFirst();
            assertThat(header.getFileName()).isEqualTo("名簿.txt");
            assertThat(header.getEncryptionMethod()).isEqualTo(EncryptionMethod.AES);
            assertThat(header.getAesExtraDataRecord().getAesKeyStrength()).isEqualTo(AesKeyStrength.KEY_STRENGTH_256);
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> zip.getInputStream(header).readAllBytes())
                    .isInstanceOf(ZipException.class);
        }
        try (var zip = new ZipFile(file.toFile(), zipped.password().toCharArray());
                var in = zip.getInputStream(zip.getFileHeaders().getFirst())) {
            assertThat(in.readAllBytes()).isEqualTo(content);
        }
        assertThat(new String(zipped.bytes(), StandardCharsets.ISO_8859_1))
                .doesNotContain(new String(content, StandardCharsets.ISO_8859_1));
    }
}
