package jp.akapen.privacy.erasure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import static jp.akapen.db.Tables.ACCOUNT;

import java.security.MessageDigest;
import java.util.HexFormat;
import jp.akapen.AkapenSpringTest;
import jp.akapen.TestSupport;
import jp.akapen.privacy.erasure.certificate.CertificateException;
import jp.akapen.privacy.erasure.certificate.ErasureCertificates;
import jp.akapen.shared.LoggedRefusal;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The certificate of a finished erasure, its hash and the ward's receipt (issue 14 item 6, D2). */
@AkapenSpringTest
class ErasureCertificateFlowTest {

    @Autowired
    ErasureService erasures;
    @Autowired
    ErasureCertificates certificates;
    @Autowired
    UserDetailsService users;
    @Autowired
    ApplicationContext context;
    @Autowired
    org.jooq.DSLContext db;

    ErasureFixture fixture;

    @BeforeEach
    void fixture() {
        fixture = new ErasureFixture(context);
        erasures.runPending();
    }

    @AfterEach
    void signOut() {
        TestSupport.signOut();
    }

    @Test
    void a_finished_erasure_has_a_stable_certificate_the_ward_checks_by_hash_and_acknowledges_once() throws Exception {
        var cohort = fixture.plant();
        erasures.start(cohort.id(), fixture.id("manager"), fixture.id("ward1"));
        TestSupport.signIn(users, "ward1");
        assertThat(certificates.certificate(cohort.id())).hasValueSatisfying(c -> {
            assertThat(c.done()).isFalse();
            assertThat(c.certificateSha256()).isNull();
        });
        assertThatThrownBy(() -> certificates.pdf(cohort.id())).isInstanceOf(CertificateException.class)
                .hasMessage("erasure.certificate.error.not-done");

        erasures.runPending();

        var certificate = certificates.certificate(cohort.id()).orElseThrow();
        byte[] pdf = certificates.pdf(cohort.id());
        assertThat(certificate.certificateSha256()).isEqualTo(sha256(pdf)).isEqualTo(sha256(certificates.pdf(
                cohort.id())));
        String text;
        try (var document = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(document);
        }
        var report = erasures.report(cohort.id()).orElseThrow();
        assertThat(text).contains("個人情報消去証明書", "新宿区長", report.manifestSha256(), "保管庫の個人情報",
                report.erased("vault_entry") + "件", "公募区民編集委員")
                .doesNotContain(cohort.vault().getFirst().fullName());
        var verification = erasures.verification(cohort.id()).orElseThrow();
        assertThat(text.replaceAll("\\R", "")).as("the verification as the scan recorded it, in Japanese").contains(
                "残存は0件", "区民編集委員2名の保管庫の値（氏名・ふりがな・住所・メールアドレス・電話番号）10件",
                verification.tables() + "表の文字列の列" + verification.columns() + "列",
                "送信待ちメールの表 mail_attempt、mail_message を含む", "表：0件（うち送信待ちメール 0件）",
                "ディスク上に平文のファイルはない", "照合日時：");
        if (verification.dataDirectory() == jp.akapen.privacy.erasure.ErasureVerificationReport.DataDirectory.SCANNED) {
            assertThat(text.replaceAll("\\R", "")).contains("データディレクトリ：", verification.dataDirectoryFiles()
                    + "ファイル");
        } else {
            assertThat(text.replaceAll("\\R", "")).contains("データディレクトリ：照合していません");
        }
        assertThat(certificate.mayAcknowledge()).isTrue();

        TestSupport.signIn(users, "manager");
        assertThat(certificates.certificate(cohort.id()).orElseThrow().mayAcknowledge()).isFalse();
        assertThatThrownBy(() -> certificates.acknowledge(cohort.id(), certificate.certificateSha256()))
                .isInstanceOf(LoggedRefusal.class);

        TestSupport.signIn(users, "ward1");
        assertThatThrownBy(() -> certificates.acknowledge(cohort.id(), "0".repeat(64)))
                .isInstanceOf(CertificateException.class).hasMessage("erasure.certificate.error.hash");
        certificates.acknowledge(cohort.id(), " " + certificate.certificateSha256().toUpperCase() + " ");

        var acknowledged = certificates.certificate(cohort.id()).orElseThrow();
        assertThat(acknowledged.acknowledgedBy()).isNotBlank();
        assertThat(acknowledged.mayAcknowledge()).isFalse();
        assertThatThrownBy(() -> certificates.acknowledge(cohort.id(), certificate.certificateSha256()))
                .isInstanceOf(CertificateException.class).hasMessage("erasure.certificate.error.acknowledged");
    }

    /** The scan can fail: a resident's name typed where no eraser reaches is found, and the certificate says so. */
    @Test
    void a_value_left_where_no_eraser_reaches_is_found_by_the_verification_and_stated_on_the_certificate()
            throws Exception {
        var cohort = fixture.plant();
        var resident = cohort.vault().getFirst();
        // the resident's real name typed as their account's display name, in full-width capitals as an IME might:
        // found all the same, since the scan compares NFKC-normalised and ignoring case
        String typed = resident.fullName().toUpperCase().chars().mapToObj(c -> c >= '0' && c <= 'Z'
                ? String.valueOf((char) (c + 0xFEE0)) : String.valueOf((char) c)).collect(java.util.stream.Collectors.joining());
        db.update(ACCOUNT).set(ACCOUNT.DISPLAY_NAME, "担当 " + typed)
                .where(ACCOUNT.ID.eq(cohort.residentIds().getFirst())).execute();
        erasures.start(cohort.id(), fixture.id("manager"), fixture.id("ward1"));
        erasures.runPending();

        var verification = erasures.verification(cohort.id()).orElseThrow();
        assertThat(verification.tableHits()).isEqualTo(1);
        assertThat(verification.hits()).contains(new jp.akapen.privacy.erasure.ErasureVerificationReport.Hit(
                jp.akapen.privacy.erasure.ErasureVerificationReport.Kind.COLUMN, "account.display_name", 1));
        TestSupport.signIn(users, "ward1");
        String text;
        try (var document = Loader.loadPDF(certificates.pdf(cohort.id()))) {
            text = new PDFTextStripper().getText(document).replaceAll("\\R", "");
        }
        assertThat(text).contains("表：1件（うち送信待ちメール 0件）", "account.display_name：1件")
                .doesNotContain(resident.fullName());
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
