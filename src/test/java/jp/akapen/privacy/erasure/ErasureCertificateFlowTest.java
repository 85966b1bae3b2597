package jp.akapen.privacy.erasure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
                report.erased("vault_entry") + "件", "残存は0件", "公募区民編集委員")
                .doesNotContain(cohort.vault().getFirst().fullName());
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

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
