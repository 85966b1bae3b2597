package jp.akapen.privacy.erasure.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.IntStream;

import jp.akapen.privacy.erasure.ErasureVerificationReport;
import jp.akapen.shared.i18n.AkapenI18NProvider;
import jp.akapen.shared.pdf.JapaneseFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The certificate the ward receives (issue 14 item 6, D2): readable as Japanese, complete, stable, on the page. */
class ErasureCertificatePdfTest {

    private static final String MANIFEST = "3f6c1e0b9a7d4c2e8f1a0b3c5d7e9f1a2b4c6d8e0f1a3b5c7d9e1f3a5b7c9d1e";

    private final ErasureCertificatePdf pdf = new ErasureCertificatePdf(JapaneseFont.fromEnvironment());

    @Test
    void the_certificate_reads_as_japanese_and_states_every_item_the_ward_checks() throws IOException {
        String text = text(pdf.render(content(categories(3), "新宿区 男女共同参画課 区職員一")));

        assertThat(text).contains("個人情報消去証明書", "新宿区長　あて", "特記事項第12項",
                "令和9年度 情報誌「新宿区男女共同参画情報誌」編集業務委託", "令和9年度 公募区民編集委員（7名）",
                "区分1 氏名・住所・メールアドレス", "12件", "合計", "36件",
                "削除及び暗号消去（NIST SP 800-88 Rev. 1 の Purge", "Akapen 1.0（jp.akapen.privacy.erasure）",
                "令和10年4月30日 10:00:00 〜 令和10年4月30日 10:00:04（日本時間）", "取扱責任者　編集社 責任者", "新宿区 男女共同参画課 区職員一",
                MANIFEST, "以上");
        // the verification as the scan recorded it, whatever the line breaks
        assertThat(text.replaceAll("\\R", "")).contains("7区分すべての記録を改めて数え、残存は0件",
                "区民編集委員7名の保管庫の値", "33件", "58表の文字列の列190列",
                "mail_attempt、mail_message、mail_recipient", "2文字未満の値2件は照合していません", "表：0件",
                "データディレクトリ：redo log 3件（循環して上書きされる）", "212ファイル、180.0 MB", "13表を再構築",
                "ib_logfile0：3件", "照合日時：令和10年4月30日 10:00:03");
    }

    @Test
    void the_japanese_font_is_embedded_so_the_ward_sees_the_same_text_on_any_machine() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.render(content(categories(2), "区職員一")))) {
            PDPage page = document.getPage(0);
            var fonts = new ArrayList<Boolean>();
            for (COSName name : page.getResources().getFontNames()) {
                fonts.add(page.getResources().getFont(name).isEmbedded());
            }
            assertThat(fonts).isNotEmpty().containsOnly(true);
        }
    }

    @Test
    void the_same_erasure_gives_the_same_certificate_bytes_so_its_hash_can_be_checked() {
        var content = content(categories(4), "区職員一");

        assertThat(sha256(pdf.render(content))).isEqualTo(sha256(pdf.render(content)));
    }

    @Test
    void many_categories_flow_onto_further_pages_each_numbered_with_the_manifest_hash() throws IOException {
        byte[] bytes = pdf.render(content(categories(70), "区職員一"));

        try (PDDocument document = Loader.loadPDF(bytes)) {
            int pages = document.getNumberOfPages();
            assertThat(pages).isGreaterThan(1);
            String text = text(bytes);
            assertThat(text).contains("1 / " + pages, pages + " / " + pages, "SHA-256 " + MANIFEST.substring(0, 16),
                    "区分70 ", "以上");
        }
    }

    @Test
    void a_long_contract_name_wraps_inside_the_margins_and_loses_no_character() throws IOException {
        String contract = "令和9年度新宿区男女共同参画情報誌編集及び公募区民編集委員に対する編集講座運営業務委託".repeat(4);
        byte[] bytes = pdf.render(withContract(content(categories(2), "区職員一"), contract));

        assertThat(text(bytes).replace("\n", "").replace("\r", "")).contains(contract);
        assertThat(rightmostEdge(bytes)).isLessThanOrEqualTo(PDRectangle.A4.getWidth() - 56f + 0.5f);
    }

    @Test
    void characters_the_font_lacks_print_as_the_geta_mark_and_the_rest_stays() throws IOException {
        var content = content(categories(1), "区職員一");
        var odd = new CertificateContent(content.number(), content.issuedOn(), content.ward(), "編集社😀\tみらい",
                content.contract(), content.cohort(), content.categories(), content.method(), content.tool(),
                content.startedAt(), content.finishedAt(), content.operator(), content.validator(),
                content.verification(), content.manifestSha256());

        assertThat(text(pdf.render(odd))).contains("（受託者）編集社〓 みらい");
    }

    @Test
    void no_wrapped_line_starts_with_a_closing_bracket_or_a_comma() throws IOException {
        String contract = "公募区民編集委員（第一期、第二期）の編集講座、編集会議、原稿添削及び情報誌の制作、".repeat(6);
        String text = text(pdf.render(withContract(content(categories(2), "区職員一"), contract)));

        assertThat(text.lines().map(String::strip).filter(line -> !line.isEmpty()))
                .noneMatch(line -> "、）。".indexOf(line.charAt(0)) >= 0);
    }

    @Test
    void an_approval_by_the_grace_period_names_no_ward_validator_but_says_so() throws IOException {
        assertThat(text(pdf.render(content(categories(1), null)))).contains("区の異議なく承認期限を経過");
    }

    @Test
    void a_missing_font_stops_with_the_package_to_install() {
        assertThatThrownBy(() -> new ErasureCertificatePdf(new JapaneseFont(Path.of("/nowhere/ipaexg.ttf")))
                .render(content(categories(1), "区職員一")))
                .hasMessageContaining("fonts-ipaexfont-gothic").hasMessageContaining("AKAPEN_JAPANESE_FONT");
    }

    @Test
    void a_font_collection_is_refused_with_what_to_name_instead(@TempDir Path dir) throws IOException {
        Path collection = java.nio.file.Files.write(dir.resolve("NotoSansCJK-Regular.ttc"), new byte[] {1});

        assertThatThrownBy(() -> new JapaneseFont(collection).require())
                .hasMessageContaining("TrueType collection").hasMessageContaining("single .ttf");
    }

    private static List<CertificateContent.Category> categories(int count) {
        return IntStream.rangeClosed(1, count).mapToObj(i -> new CertificateContent.Category(
                "区分" + i + " 氏名・住所・メールアドレス", i == 1 ? "暗号消去及び削除" : "削除", 12L))
                .toList();
    }

    private static CertificateContent content(List<CertificateContent.Category> categories, String validator) {
        return new CertificateContent("ER-2028-0001", LocalDate.of(2028, 4, 30), "新宿区長", "株式会社編集社",
                "令和9年度 情報誌「新宿区男女共同参画情報誌」編集業務委託", "令和9年度 公募区民編集委員（7名）", categories,
                "削除及び暗号消去（NIST SP 800-88 Rev. 1 の Purge：データ鍵の破棄）", "Akapen 1.0（jp.akapen.privacy.erasure）",
                Instant.parse("2028-04-30T01:00:00Z"), Instant.parse("2028-04-30T01:00:04Z"), "編集社 責任者", validator,
                new CertificateContent.Verification(VerificationTexts.lines(7, 0, java.util.Optional.of(SCAN),
                        (key, args) -> I18N.getTranslation(key, AkapenI18NProvider.JAPANESE, args),
                        at -> "令和10年4月30日 10:00:03")), MANIFEST);
    }

    private static final AkapenI18NProvider I18N = new AkapenI18NProvider();

    /** A scan that found nothing in the tables and three times a value's bytes in the redo log. */
    private static final ErasureVerificationReport SCAN = new ErasureVerificationReport(7, 7, 33, 2, 58, 190, 0,
            List.of("mail_attempt", "mail_message", "mail_recipient"), 13, 0,
            ErasureVerificationReport.DataDirectory.SCANNED, 212, 180L * 1024 * 1024,
            Instant.parse("2028-04-30T01:00:01Z"), Instant.parse("2028-04-30T01:00:03Z"),
            List.of(new ErasureVerificationReport.Hit(ErasureVerificationReport.Kind.FILE, "ib_logfile0", 3)));

    private static CertificateContent withContract(CertificateContent c, String contract) {
        return new CertificateContent(c.number(), c.issuedOn(), c.ward(), c.contractor(), contract, c.cohort(),
                c.categories(), c.method(), c.tool(), c.startedAt(), c.finishedAt(), c.operator(), c.validator(),
                c.verification(), c.manifestSha256());
    }

    private static String text(byte[] bytes) throws IOException {
        try (PDDocument document = Loader.loadPDF(bytes)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static float rightmostEdge(byte[] bytes) throws IOException {
        try (PDDocument document = Loader.loadPDF(bytes)) {
            float[] edge = {0f};
            var stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    for (TextPosition p : positions) {
                        edge[0] = Math.max(edge[0], p.getXDirAdj() + p.getWidthDirAdj());
                    }
                }
            };
            stripper.getText(document);
            return edge[0];
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
