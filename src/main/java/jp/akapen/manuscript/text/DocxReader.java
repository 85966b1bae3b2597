package jp.akapen.manuscript.text;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import jp.akapen.manuscript.text.DraftFileResult.Notice;
import jp.akapen.manuscript.text.DraftFileResult.Reason;
import jp.akapen.manuscript.text.DraftFileResult.Refused;
import jp.akapen.manuscript.text.DraftFileResult.Text;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.IRunElement;
import org.apache.poi.xwpf.usermodel.XWPFComment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlCursor;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDecimalNumber;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPTab;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRuby;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRubyContent;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;
import org.w3c.dom.Node;

/**
 * Text of a .docx upload. The bytes are first unpacked by {@link ZipInputStream}, counting what
 * really inflates (declared sizes are not trusted): more than {@value #MAX_ENTRIES} entries, more
 * than {@link #MAX_UNCOMPRESSED_BYTES} bytes in all, or an entry past {@link #GRACE_BYTES} that
 * inflates more than {@value #MAX_INFLATE_RATIO} times is {@link Reason#DOCX_TOO_LARGE}. Only then
 * does Apache POI parse it, with its own zip-bomb limits set to the same figures as a second guard.
 * Not a zip, no {@code word/document.xml}, or anything POI fails on: {@link Reason#DOCX_UNREADABLE}.
 *
 * <p>What is kept: the body's paragraphs in order, separated by a blank line; a heading (style
 * "Heading N"/"heading N"/"見出し N", or an outline level, on the paragraph or its style chain)
 * becomes a Markdown heading ({@code #} to {@code ######}) on one line; each table cell's
 * paragraphs become plain paragraphs, row by row; content controls' text. Ruby (furigana) is kept
 * in Aozora Bunko's notation, ｜新宿《しんじゅく》, so that the reading travels with the text.
 *
 * <p>Tracked changes are read as if the writer had accepted them all: runs inside {@code w:ins}
 * and {@code w:moveTo} are kept like any other text; runs inside {@code w:del} or
 * {@code w:moveFrom} (their {@code w:delText}, tabs and breaks) are left out. A paragraph whose
 * mark alone was deleted is still read as a paragraph of its own. Such a document, or one with
 * comments, comes back with {@link Notice#TRACKED_CHANGES_ACCEPTED} or
 * {@link Notice#COMMENTS_LEFT_OUT} so the writer is told. Left out: empty paragraphs, footnotes and
 * endnotes (and their reference marks), headers, footers, comments, text boxes, pictures, list
 * numbering.
 */
final class DocxReader {

    static final int MAX_ENTRIES = 1_000;
    static final long MAX_UNCOMPRESSED_BYTES = 20L * 1024 * 1024;
    static final int MAX_INFLATE_RATIO = 100;
    /** An entry may inflate at any ratio up to this size (as POI's grace size, 100 KiB). */
    static final long GRACE_BYTES = 100 * 1024;
    /** Bytes {@link ZipInputStream} may have read ahead past an entry's start; counted in its favour. */
    private static final long READ_AHEAD_SLACK = 1024;

    private static final Pattern HEADING_NAME =
            Pattern.compile("(?:heading|見出し)\\s*([1-9１-９])", Pattern.CASE_INSENSITIVE);
    private static final int BODY_TEXT_OUTLINE_LEVEL = 9;
    private static final String WORDPROCESSING_ML = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    /** Changes tracked in the text; formatting changes (w:rPrChange, w:pPrChange) change no text. */
    private static final List<String> TRACKED_CHANGES = List.of("ins", "del", "moveFrom", "moveTo");

    /** Aozora Bunko's ruby notation: ｜ starts the base text, 《 》 hold its reading. */
    static final char RUBY_START = '｜';
    static final char READING_START = '《';
    static final char READING_END = '》';

    static {
        // The same limits inside POI (they are JVM-wide settings; nothing else here uses POI).
        ZipSecureFile.setMinInflateRatio(1.0 / MAX_INFLATE_RATIO);
        ZipSecureFile.setMaxEntrySize(MAX_UNCOMPRESSED_BYTES);
        ZipSecureFile.setMaxFileCount(MAX_ENTRIES);
    }

    private DocxReader() {}

    static DraftFileResult read(byte[] bytes) {
        Reason unsafe = checkZip(bytes);
        if (unsafe != null) {
            return new Refused(unsafe);
        }
        String text;
        Set<Notice> notices = EnumSet.noneOf(Notice.class);
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            List<String> blocks = new ArrayList<>();
            appendBody(document.getBodyElements(), document.getStyles(), blocks);
            text = String.join("\n\n", blocks);
            if (TRACKED_CHANGES.stream().anyMatch(element -> contains(document, element))) {
                notices.add(Notice.TRACKED_CHANGES_ACCEPTED);
            }
            XWPFComment[] comments = document.getComments(); // null without a comments part
            if (comments != null && comments.length > 0 || contains(document, "commentReference")) {
                notices.add(Notice.COMMENTS_LEFT_OUT);
            }
        } catch (IOException | RuntimeException e) {
            // POI reports damaged or foreign content with many exception types, checked and not.
            return new Refused(Reason.DOCX_UNREADABLE);
        }
        DraftFileResult result = DraftFileReader.finish(text, "docx");
        return result instanceof Text read ? new Text(read.text(), read.charsetName(), notices) : result;
    }

    /** Whether the main document has a WordprocessingML element of this name anywhere. */
    private static boolean contains(XWPFDocument document, String element) {
        try (XmlCursor cursor = document.getDocument().newCursor()) {
            cursor.selectPath("declare namespace w='" + WORDPROCESSING_ML + "' .//w:" + element);
            return cursor.toNextSelection();
        }
    }

    /** Null when the zip may be handed to POI, else why not. */
    static Reason checkZip(byte[] bytes) {
        CountingInputStream counting = new CountingInputStream(new ByteArrayInputStream(bytes));
        boolean hasDocument = false;
        int entries = 0;
        long total = 0;
        byte[] buffer = new byte[16 * 1024];
        try (ZipInputStream zip = new ZipInputStream(counting)) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (++entries > MAX_ENTRIES) {
                    return Reason.DOCX_TOO_LARGE;
                }
                hasDocument |= entry.getName().equals("word/document.xml");
                long start = counting.count();
                long inflated = 0;
                int n;
                while ((n = zip.read(buffer)) > 0) {
                    inflated += n;
                    total += n;
                    if (total > MAX_UNCOMPRESSED_BYTES) {
                        return Reason.DOCX_TOO_LARGE;
                    }
                    long compressed = counting.count() - start + READ_AHEAD_SLACK;
                    if (inflated > GRACE_BYTES && inflated > compressed * MAX_INFLATE_RATIO) {
                        return Reason.DOCX_TOO_LARGE;
                    }
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            // ZipException for damaged data; IllegalArgumentException for an entry name that is not UTF-8.
            return Reason.DOCX_UNREADABLE;
        }
        return hasDocument ? null : Reason.DOCX_UNREADABLE;
    }

    private static void appendBody(List<IBodyElement> elements, XWPFStyles styles, List<String> blocks) {
        for (IBodyElement element : elements) {
            switch (element) {
                case XWPFParagraph paragraph -> appendParagraph(paragraph, styles, blocks);
                case XWPFTable table -> {
                    for (XWPFTableRow row : table.getRows()) {
                        for (XWPFTableCell cell : row.getTableCells()) {
                            appendBody(cell.getBodyElements(), styles, blocks);
                        }
                    }
                }
                case XWPFSDT control -> appendIfNotBlank(control.getContent().getText(), blocks);
                default -> {}
            }
        }
    }

    private static void appendParagraph(XWPFParagraph paragraph, XWPFStyles styles, List<String> blocks) {
        String text = paragraphText(paragraph);
        if (text.isBlank()) {
            return;
        }
        int level = headingLevel(paragraph, styles);
        if (level > 0) {
            blocks.add("#".repeat(Math.min(level, 6)) + " " + text.replaceAll("[\\r\\n\\t]+", " ").strip());
        } else {
            blocks.add(text);
        }
    }

    /**
     * Like {@link XWPFParagraph#getText()}, with ruby as ｜base《reading》, and without deleted tracked
     * changes, footnote marks and footnotes.
     */
    private static String paragraphText(XWPFParagraph paragraph) {
        StringBuilder text = new StringBuilder();
        for (IRunElement element : paragraph.getIRuns()) {
            switch (element) {
                case XWPFRun run -> {
                    CTR r = run.getCTR();
                    boolean noteMark = r.sizeOfFootnoteReferenceArray() > 0 || r.sizeOfEndnoteReferenceArray() > 0;
                    if (!isDeleted(r) && !noteMark) {
                        text.append(r.sizeOfRubyArray() > 0 ? textWithRuby(r) : run.text());
                    }
                }
                case XWPFSDT control -> text.append(control.getContent().getText());
                default -> {}
            }
        }
        return text.toString();
    }

    /**
     * A run inside {@code w:del} or {@code w:moveFrom} (text the writer deleted or moved away with
     * changes tracked), at any depth below the paragraph, or one holding {@code w:delText}.
     */
    private static boolean isDeleted(CTR r) {
        if (r.sizeOfDelTextArray() > 0 || r.sizeOfDelInstrTextArray() > 0) {
            return true;
        }
        for (Node node = r.getDomNode().getParentNode(); node != null; node = node.getParentNode()) {
            String name = node.getLocalName();
            if (!WORDPROCESSING_ML.equals(node.getNamespaceURI()) || name == null) {
                continue;
            }
            if (name.equals("del") || name.equals("moveFrom")) {
                return true;
            }
            if (name.equals("p") || name.equals("body")) {
                return false;
            }
        }
        return false;
    }

    /**
     * A run's text in document order, with each {@code w:ruby} as {@link #RUBY_START}base《reading》,
     * the notation of Aozora Bunko that Japanese writers know; the explicit start mark keeps the
     * reading on exactly the base text whatever precedes it. Tabs and breaks as in {@link XWPFRun#text()}.
     */
    private static String textWithRuby(CTR r) {
        StringBuilder text = new StringBuilder();
        try (XmlCursor cursor = r.newCursor()) {
            for (boolean more = cursor.toFirstChild(); more; more = cursor.toNextSibling()) {
                switch (cursor.getObject()) {
                    case CTRuby ruby -> text.append(RUBY_START).append(rubyPart(ruby.getRubyBase()))
                            .append(READING_START).append(rubyPart(ruby.getRt())).append(READING_END);
                    case CTText t when "t".equals(cursor.getName().getLocalPart()) -> text.append(t.getStringValue());
                    case CTPTab tab -> text.append('\t');
                    default -> {
                        String name = cursor.getName().getLocalPart();
                        if (name.equals("tab")) {
                            text.append('\t');
                        } else if (name.equals("br") || name.equals("cr")) {
                            text.append('\n');
                        }
                    }
                }
            }
        }
        return text.toString();
    }

    private static String rubyPart(CTRubyContent content) {
        if (content == null) {
            return "";
        }
        StringBuilder text = new StringBuilder();
        for (CTR r : content.getRArray()) {
            if (!isDeleted(r)) {
                for (CTText t : r.getTArray()) {
                    text.append(t.getStringValue());
                }
            }
        }
        return text.toString();
    }

    private static void appendIfNotBlank(String text, List<String> blocks) {
        if (text != null && !text.isBlank()) {
            blocks.add(text);
        }
    }

    /** 1 for a top-level heading, 2 for the next, …; 0 for body text. */
    static int headingLevel(XWPFParagraph paragraph, XWPFStyles styles) {
        if (paragraph.getCTP().isSetPPr()) {
            int level = outlineLevel(paragraph.getCTP().getPPr().getOutlineLvl());
            if (level >= 0) {
                return level;
            }
        }
        String styleId = paragraph.getStyleID();
        // Follow the style and what it is based on; a few steps are enough and stop any loop.
        for (int step = 0; styleId != null && step < 10; step++) {
            XWPFStyle style = styles == null ? null : styles.getStyle(styleId);
            int fromName = Math.max(headingFromName(styleId), style == null ? 0 : headingFromName(style.getName()));
            if (fromName > 0 || style == null) {
                return fromName;
            }
            CTPPrGeneral pPr = style.getCTStyle().getPPr();
            if (pPr != null) {
                int level = outlineLevel(pPr.getOutlineLvl());
                if (level >= 0) {
                    return level;
                }
            }
            styleId = style.getBasisStyleID();
        }
        return 0;
    }

    /** 1… for a heading's outline level, 0 for "body text", −1 when none is set. */
    private static int outlineLevel(CTDecimalNumber outline) {
        if (outline == null || outline.getVal() == null) {
            return -1;
        }
        int value = outline.getVal().intValue();
        return value >= 0 && value < BODY_TEXT_OUTLINE_LEVEL ? value + 1 : 0;
    }

    /** "Heading1", "heading 2", "見出し 3", "見出し４" → the number; anything else 0. */
    private static int headingFromName(String name) {
        if (name == null) {
            return 0;
        }
        Matcher matcher = HEADING_NAME.matcher(name.strip());
        return matcher.matches() ? Character.getNumericValue(matcher.group(1).charAt(0)) : 0;
    }

    /** Counts the bytes its reader has taken from the stream below. */
    private static final class CountingInputStream extends FilterInputStream {
        private long count;

        CountingInputStream(InputStream in) {
            super(in);
        }

        long count() {
            return count;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count += skipped;
            return skipped;
        }
    }
}
