package jp.akapen.shared.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import jp.akapen.shared.JapaneseDates;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.apache.pdfbox.util.Matrix;

/**
 * Japanese text down A4 pages (the portal's PDFs: erasure certificates, take-out rosters). Text wraps by measured
 * width, since Japanese has no spaces to break at, with 行頭禁則 (no line starts with 、。）and the like); control
 * characters print as spaces and characters the font lacks as 〓, as Japanese print does. The font is embedded as a
 * subset. The same content gives the same bytes: the file identifier comes from the caller, not a random number.
 */
public final class PdfWriter implements AutoCloseable {

    public static final float MARGIN = 56f;
    private static final float LEADING = 1.6f;
    private static final String MISSING_GLYPH = "〓";
    /** Characters Japanese typesetting never puts at the start of a line (行頭禁則). */
    private static final String NO_LINE_START = "、。，．・：；？！ー）」』】〕］｝〉》,.:;?!)]}ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ";

    private final PDDocument document = new PDDocument();
    private final PDType0Font font;
    private final float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
    private PDPageContentStream stream;
    private float y;

    public PdfWriter(JapaneseFont japaneseFont) {
        try {
            this.font = PDType0Font.load(document, japaneseFont.require().toFile());
            newPage();
        } catch (IOException e) {
            close();
            throw new UncheckedIOException("The font " + japaneseFont.file() + " could not be read", e);
        }
    }

    /** Title, author and the creation time the reader's document properties show. */
    public PdfWriter describe(String title, String author, Instant created) {
        var info = document.getDocumentInformation();
        info.setTitle(title);
        info.setAuthor(author);
        info.setCreator("Akapen");
        info.setProducer("Akapen");
        var calendar = GregorianCalendar.from(ZonedDateTime.ofInstant(created, JapaneseDates.ZONE));
        calendar.setTimeZone(TimeZone.getTimeZone(JapaneseDates.ZONE));
        info.setCreationDate(calendar);
        info.setModificationDate(calendar);
        return this;
    }

    public float width() {
        return width;
    }

    public void gap(float height) {
        y -= height;
    }

    public void left(String text, float size) {
        paragraph(text, size, 0f);
    }

    public void right(String text, float size) {
        for (String line : wrap(printable(text), size, width)) {
            show(line, size, MARGIN + width - measure(line, size));
        }
    }

    public void centre(String text, float size) {
        for (String line : wrap(printable(text), size, width)) {
            show(line, size, MARGIN + (width - measure(line, size)) / 2);
        }
    }

    public void paragraph(String text, float size, float indent) {
        for (String line : wrap(printable(text), size, width - indent)) {
            show(line, size, MARGIN + indent);
        }
    }

    /**
     * One row of a table: each cell wraps within its column ({@code fractions} of the width after {@code indent});
     * a cell marked in {@code rightAligned} sits at its column's right edge (counts).
     */
    public void row(float size, float indent, float[] fractions, boolean[] rightAligned, String... cells) {
        float available = width - indent;
        List<List<String>> wrapped = new ArrayList<>();
        for (int c = 0; c < cells.length; c++) {
            wrapped.add(wrap(printable(cells[c]), size, available * fractions[c] - size));
        }
        int lines = wrapped.stream().mapToInt(List::size).max().orElse(0);
        for (int i = 0; i < lines; i++) {
            float baseline = advance(size);
            float x = MARGIN + indent;
            for (int c = 0; c < cells.length; c++) {
                float column = available * fractions[c];
                if (i < wrapped.get(c).size()) {
                    String line = wrapped.get(c).get(i);
                    text(line, size, rightAligned[c] ? x + column - measure(line, size) : x, baseline);
                }
                x += column;
            }
        }
    }

    /** Starts a new page unless {@code lines} lines of {@code size} still fit on this one (keeps a label with its text). */
    public void keepRoomFor(int lines, float size) {
        if (y - lines * size * LEADING < MARGIN) {
            nextPage();
        }
    }

    /**
     * Ends the pages: on each, a footer line (its text followed by "n / total") and, when given, a watermark drawn
     * large and light across the page, under nothing and over everything, so that no page can be shown without it.
     * Returns the file; {@code identity} seeds the file identifier.
     */
    public byte[] finish(String footer, String watermark, String identity) {
        try {
            stream.close();
            int pages = document.getNumberOfPages();
            for (int i = 0; i < pages; i++) {
                PDPage page = document.getPage(i);
                try (var decoration = new PDPageContentStream(document, page,
                        PDPageContentStream.AppendMode.APPEND, true, true)) {
                    text(decoration, printable(footer + "　" + (i + 1) + " / " + pages), 8f, MARGIN, MARGIN / 2);
                    if (watermark != null) {
                        watermark(decoration, printable(watermark));
                    }
                }
            }
            identify(identity);
            var bytes = new ByteArrayOutputStream();
            document.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("The PDF could not be written", e);
        }
    }

    @Override
    public void close() {
        try {
            document.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void watermark(PDPageContentStream decoration, String text) throws IOException {
        var light = new PDExtendedGraphicsState();
        light.setNonStrokingAlphaConstant(0.18f);
        decoration.saveGraphicsState();
        decoration.setGraphicsStateParameters(light);
        decoration.setNonStrokingColor(0.6f, 0.1f, 0.1f);
        float size = Math.min(40f, PDRectangle.A4.getHeight() * 0.9f / Math.max(1f, font.getStringWidth(text) / 1000f));
        float length = measure(text, size);
        double angle = Math.toRadians(55);
        float cx = PDRectangle.A4.getWidth() / 2;
        float cy = PDRectangle.A4.getHeight() / 2;
        decoration.beginText();
        decoration.setFont(font, size);
        decoration.setTextMatrix(Matrix.getRotateInstance(angle,
                cx - (float) (Math.cos(angle) * length / 2), cy - (float) (Math.sin(angle) * length / 2)));
        decoration.showText(text);
        decoration.endText();
        decoration.restoreGraphicsState();
    }

    private void identify(String identity) {
        byte[] id;
        try {
            id = MessageDigest.getInstance("SHA-256").digest(identity.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
        var identifier = new COSString(Arrays.copyOf(id, 16));
        var pair = new COSArray();
        pair.add(identifier);
        pair.add(identifier);
        document.getDocument().getTrailer().setItem(COSName.ID, pair);
    }

    private void show(String line, float size, float x) {
        text(line, size, x, advance(size));
    }

    private float advance(float size) {
        if (y - size * LEADING < MARGIN) {
            nextPage();
        }
        y -= size * LEADING;
        return y;
    }

    private void text(String line, float size, float x, float baseline) {
        try {
            text(stream, line, size, x, baseline);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void text(PDPageContentStream to, String line, float size, float x, float baseline) throws IOException {
        to.beginText();
        to.setFont(font, size);
        to.newLineAtOffset(x, baseline);
        to.showText(line);
        to.endText();
    }

    private void nextPage() {
        try {
            stream.close();
            newPage();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void newPage() throws IOException {
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        stream = new PDPageContentStream(document, page);
        y = PDRectangle.A4.getHeight() - MARGIN;
    }

    private List<String> wrap(String text, float size, float available) {
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

    private float measure(String text, float size) {
        try {
            return font.getStringWidth(text) / 1000f * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

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
