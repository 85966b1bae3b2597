package jp.akapen.privacy.erasure.certificate;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import jp.akapen.shared.JapaneseDates;
import jp.akapen.shared.pdf.JapaneseFont;
import jp.akapen.shared.pdf.PdfWriter;

/**
 * Lays out an erasure certificate (消去証明書, D2) on A4 in the form of a Japanese official letter: number and date,
 * addressee (the ward), issuer (the contractor), the statement under 特記事項 12, then 記 and the numbered items of
 * NIST SP 800-88 Rev. 1 App. G. Rendering the same content twice gives the same bytes: the certificate's own hash
 * is stable.
 */
public final class ErasureCertificatePdf {

    private static final Locale JA = Locale.JAPANESE;
    private static final float BODY = 10.5f;
    private static final float[] CATEGORY_COLUMNS = {0.45f, 0.33f, 0.22f};
    private static final boolean[] COUNT_RIGHT = {false, false, true};
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("H:mm:ss");

    private final JapaneseFont font;

    /** A missing font is found when a certificate is made, with what to install; the portal starts without it. */
    public ErasureCertificatePdf(JapaneseFont font) {
        this.font = font;
    }

    public byte[] render(CertificateContent c) {
        try (var out = new PdfWriter(font)) {
            out.describe("個人情報消去証明書 " + c.number(), c.contractor(), c.finishedAt());
            out.right("証明書番号　" + c.number(), BODY);
            out.right(JapaneseDates.date(c.issuedOn(), JA), BODY);
            out.gap(BODY);
            out.left(c.ward() + "　あて", 12f);
            out.gap(BODY / 2);
            out.right("（受託者）" + c.contractor(), BODY);
            out.right("取扱責任者　" + c.operator(), BODY);
            out.gap(BODY * 1.5f);
            out.centre("個人情報消去証明書", 18f);
            out.centre("Certificate of erasure of personal data", 9f);
            out.gap(BODY);
            out.paragraph("　個人情報の取扱いに関する特記事項第12項に基づき、下記の業務で収集し、又は作成した個人情報を"
                    + "下記のとおり消去したことを証明します。消去の記録は下記の消去記録（マニフェスト）として保存しています。",
                    BODY, 0f);
            out.gap(BODY / 2);
            out.centre("記", BODY);
            out.gap(BODY / 2);

            item(out, "1", "契約", c.contract());
            item(out, "2", "対象", c.cohort());
            item(out, "3", "消去した情報と件数", "");
            for (var category : c.categories()) {
                out.row(BODY, 2 * BODY, CATEGORY_COLUMNS, COUNT_RIGHT, category.name(), category.method(),
                        count(category.records()));
            }
            out.row(BODY, 2 * BODY, CATEGORY_COLUMNS, COUNT_RIGHT, "合計", "", count(c.totalRecords()));
            item(out, "4", "消去方法", c.method());
            item(out, "5", "使用したツール", c.tool());
            item(out, "6", "実施日時", moment(c.startedAt()) + " 〜 " + moment(c.finishedAt()) + "（日本時間）");
            item(out, "7", "実施者（取扱責任者）", c.operator());
            item(out, "8", "確認者（区）", c.validator() == null || c.validator().isBlank()
                    ? "（区の異議なく承認期限を経過）" : c.validator());
            item(out, "9", "検証", "");
            for (String line : c.verification().lines()) {
                out.paragraph(line, BODY, 2 * BODY);
            }
            item(out, "10", "消去記録（マニフェスト）の SHA-256", c.manifestSha256());
            out.gap(BODY);
            out.right("以上", BODY);
            String shortHash = c.manifestSha256().substring(0, Math.min(16, c.manifestSha256().length()));
            return out.finish("消去証明書 " + c.number() + "　SHA-256 " + shortHash + "…", null,
                    c.number() + "\n" + c.manifestSha256());
        }
    }

    private static void item(PdfWriter out, String number, String label, String value) {
        out.gap(BODY * 0.4f);
        out.keepRoomFor(2, BODY);
        out.left(number + "　" + label, BODY);
        if (!value.isEmpty()) {
            out.paragraph(value, BODY, 2 * BODY);
        }
    }

    private static String count(long records) {
        return String.format(Locale.ROOT, "%,d件", records);
    }

    /** To the second: an erasure of a cohort takes seconds, and the certificate should show it. */
    private static String moment(Instant instant) {
        var local = instant.atZone(JapaneseDates.ZONE);
        return JapaneseDates.date(local.toLocalDate(), JA) + " " + SECONDS.format(local);
    }
}
