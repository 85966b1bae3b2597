package jp.akapen.privacy.erasure.certificate;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;

import jp.akapen.shared.JapaneseDates;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Lays out an erasure certificate (消去証明書, D2) on A4 in the form of a Japanese official letter: number and date,
 * addressee (the ward), issuer (the contractor), the statement under 特記事項 12, then 記 and the numbered items.
 * The font is embedded as a subset, so the text shows and extracts as Japanese anywhere. Rendering the same content
 * twice gives the same bytes: the certificate's own hash is stable.
 */
public final class ErasureCertificatePdf {

    private static final Locale JA = Locale.JAPANESE;
    private static final float MARGIN = 56f;
    private static final float BODY = 10.5f;
    private static final float LEADING = 1.6f;
    private static final String MISSING_GLYPH = "〓";
    /** Characters Japanese typesetting never puts at the start of a line (行頭禁則). */
    private static final String NO_LINE_START = "、。，．・：；？！ー）」』】〕］｝〉》,.:;?!)]}ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ";

    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("H:mm:ss");

    private final Path fontFile;

    public ErasureCertificatePdf(JapaneseFont font) {
        this.fontFile = font.require();
    }

    public byte[] render(CertificateContent content) {
        try (PDDocument document = new PDDocument()) {
            PDType0Font font = PDType0Font.load(document, fontFile.toFile());
            describe(document, content);
            Layout layout = new Layout(document, font);
            write(layout, content);
            layout.finish(footer(content));
            identify(document, content);
            var bytes = new ByteArrayOutputStream();
            document.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("The erasure certificate could not be written", e);
        }
    }

    private static void describe(PDDocument document, CertificateContent content) {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle("個人情報消去証明書 " + content.number());
        info.setSubject(content.cohort());
        info.setAuthor(content.contractor());
        info.setCreator("Akapen");
        info.setProducer("Akapen");
        var created = GregorianCalendar.from(ZonedDateTime.ofInstant(content.finishedAt(), JapaneseDates.ZONE));
        created.setTimeZone(TimeZone.getTimeZone(JapaneseDates.ZONE));
        info.setCreationDate(created);
        info.setModificationDate(created);
    }

    /** PDF writers draw a random file identifier; ours comes from the certificate, so its bytes are reproducible. */
    private static void identify(PDDocument document, CertificateContent content) {
        byte[] id;
        try {
            id = MessageDigest.getInstance("SHA-256").digest((content.number() + "\n" + content.manifestSha256())
                    .getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
        var identifier = new COSString(Arrays.copyOf(id, 16));
        var pair = new COSArray();
        pair.add(identifier);
        pair.add(identifier);
        document.getDocument().getTrailer().setItem(COSName.ID, pair);
    }

    private static void write(Layout out, CertificateContent c) throws IOException {
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

        out.item("1", "契約", c.contract());
        out.item("2", "対象", c.cohort());
        out.item("3", "消去した情報と件数", "");
        for (var category : c.categories()) {
            out.row(category.name(), category.method(), String.format(Locale.ROOT, "%,d件", category.records()));
        }
        out.row("合計", "", String.format(Locale.ROOT, "%,d件", c.totalRecords()));
        out.item("4", "消去方法", c.method());
        out.item("5", "使用したツール", c.tool());
        out.item("6", "実施日時", moment(c.startedAt()) + " 〜 " + moment(c.finishedAt()) + "（日本時間）");
        out.item("7", "実施者（取扱責任者）", c.operator());
        out.item("8", "確認者（区）", c.validator() == null || c.validator().isBlank()
                ? "（区の異議なく承認期限を経過）" : c.validator());
        var v = c.verification();
        out.item("9", "検証", String.format(Locale.ROOT,
                "消去後、データベースの全%d表、送信記録%,d件、データディレクトリの%,d ファイルを消去した値で走査し、"
                        + "残存は%,d件でした。", v.tables(), v.outboxRows(), v.files(), v.hits()));
        out.item("10", "消去記録（マニフェスト）の SHA-256", c.manifestSha256());
        out.gap(BODY);
        out.right("以上", BODY);
    }

    /** To the second: an erasure of a cohort takes seconds, and the certificate should show it. */
    private static String moment(Instant instant) {
        var local = instant.atZone(JapaneseDates.ZONE);
        return JapaneseDates.date(local.toLocalDate(), JA) + " " + SECONDS.format(local);
    }

    private static String footer(CertificateContent c) {
        return "消去証明書 " + c.number() + "　SHA-256 " + c.manifestSha256().substring(0,
                Math.min(16, c.manifestSha256().length())) + "…";
    }

    /** A cursor down A4 pages that wraps Japanese text by measured width (Japanese has no spaces to break at). */
    private static final class Layout {
        private final PDDocument document;
        private final PDType0Font font;
        private final float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
        private PDPageContentStream stream;
        private float y;

        Layout(PDDocument document, PDType0Font font) throws IOException {
            this.document = document;
            this.font = font;
            newPage();
        }

        void gap(float height) {
            y -= height;
        }

        void left(String text, float size) throws IOException {
            paragraph(text, size, 0f);
        }

        void right(String text, float size) throws IOException {
            for (String line : wrap(printable(text), size, width)) {
                show(line, size, MARGIN + width - measure(line, size));
            }
        }

        void centre(String text, float size) throws IOException {
            for (String line : wrap(printable(text), size, width)) {
                show(line, size, MARGIN + (width - measure(line, size)) / 2);
            }
        }

        void paragraph(String text, float size, float indent) throws IOException {
            for (String line : wrap(printable(text), size, width - indent)) {
                show(line, size, MARGIN + indent);
            }
        }

        void item(String number, String label, String value) throws IOException {
            gap(BODY * 0.4f);
            keepRoomFor(2, BODY);
            show(number + "　" + label, BODY, MARGIN);
            if (!value.isEmpty()) {
                paragraph(value, BODY, 2 * BODY);
            }
        }

        void row(String name, String method, String count) throws IOException {
            float nameWidth = width * 0.45f;
            float methodWidth = width * 0.33f;
            List<String> names = wrap(printable(name), BODY, nameWidth - BODY);
            List<String> methods = wrap(printable(method), BODY, methodWidth - BODY);
            int lines = Math.max(names.size(), methods.size());
            for (int i = 0; i < lines; i++) {
                float baseline = advance(BODY);
                if (i < names.size()) {
                    text(names.get(i), BODY, MARGIN + 2 * BODY, baseline);
                }
                if (i < methods.size()) {
                    text(methods.get(i), BODY, MARGIN + 2 * BODY + nameWidth, baseline);
                }
                if (i == 0) {
                    text(count, BODY, MARGIN + width - measure(count, BODY), baseline);
                }
            }
        }

        void finish(String footer) throws IOException {
            stream.close();
            int pages = document.getNumberOfPages();
            for (int i = 0; i < pages; i++) {
                PDPage page = document.getPage(i);
                try (var footerStream = new PDPageContentStream(document, page,
                        PDPageContentStream.AppendMode.APPEND, true, true)) {
                    String text = printable(footer + "　" + (i + 1) + " / " + pages);
                    footerStream.beginText();
                    footerStream.setFont(font, 8f);
                    footerStream.newLineAtOffset(MARGIN, MARGIN / 2);
                    footerStream.showText(text);
                    footerStream.endText();
                }
            }
        }

        private void keepRoomFor(int lines, float size) throws IOException {
            if (y - lines * size * LEADING < MARGIN) {
                stream.close();
                newPage();
            }
        }

        private void show(String line, float size, float x) throws IOException {
            text(line, size, x, advance(size));
        }

        private float advance(float size) throws IOException {
            if (y - size * LEADING < MARGIN) {
                stream.close();
                newPage();
            }
            y -= size * LEADING;
            return y;
        }

        private void text(String line, float size, float x, float baseline) throws IOException {
            stream.beginText();
            stream.setFont(font, size);
            stream.newLineAtOffset(x, baseline);
            stream.showText(line);
            stream.endText();
        }

        private void newPage() throws IOException {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            stream = new PDPageContentStream(document, page);
            y = PDRectangle.A4.getHeight() - MARGIN;
        }

        private List<String> wrap(String text, float size, float available) throws IOException {
            List<String> lines = new ArrayList<>();
            for (String paragraph : text.split("\n", -1)) {
                var line = new StringBuilder();
                for (int i = 0; i < paragraph.length(); ) {
                    int cp = paragraph.codePointAt(i);
                    String ch = new String(Character.toChars(cp));
                    if (!line.isEmpty() && measure(line + ch, size) > available) {
                        String carried = "";
                        if (NO_LINE_START.indexOf(cp) >= 0 && line.codePointCount(0, line.length()) > 1) {
                            int last = line.offsetByCodePoints(line.length(), -1);
                            carried = line.substring(last);
                            line.setLength(last);
                        }
                        lines.add(line.toString());
                        line.setLength(0);
                        line.append(carried);
                    }
                    line.append(ch);
                    i += Character.charCount(cp);
                }
                lines.add(line.toString());
            }
            return lines;
        }

        private float measure(String text, float size) throws IOException {
            return font.getStringWidth(text) / 1000f * size;
        }

        /** Control characters become spaces and characters the font lacks the geta mark, as Japanese print does. */
        private String printable(String text) {
            var out = new StringBuilder();
            String normalised = text == null ? "" : text.replace("\r\n", "\n");
            normalised.codePoints().forEach(cp -> {
                if (cp == '\n') {
                    out.append('\n');
                } else if (Character.isISOControl(cp)) {
                    out.append(' ');
                } else if (hasGlyph(cp)) {
                    out.appendCodePoint(cp);
                } else {
                    out.append(MISSING_GLYPH);
                }
            });
            return out.toString();
        }

        private boolean hasGlyph(int codePoint) {
            try {
                font.encode(new String(Character.toChars(codePoint)));
                return true;
            } catch (IllegalArgumentException | IOException e) {
                return false;
            }
        }
    }
}
