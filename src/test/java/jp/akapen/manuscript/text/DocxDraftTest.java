package jp.akapen.manuscript.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import java.util.function.ObjIntConsumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import jp.akapen.manuscript.text.DraftFileResult.Notice;
import jp.akapen.manuscript.text.DraftFileResult.Reason;
import jp.akapen.manuscript.text.DraftFileResult.Refused;
import jp.akapen.manuscript.text.DraftFileResult.Text;
import org.apache.poi.xwpf.usermodel.XWPFComment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRuby;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRunTrackChange;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STRubyAlign;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/** Reading .docx uploads into draft text (W1), and refusing zip bombs and impostors. */
class DocxDraftTest {

    static DraftFileResult readDocx(byte[] bytes) {
        return DraftFileReader.read("原稿.docx", new ByteArrayInputStream(bytes));
    }

    static byte[] docx(Consumer<XWPFDocument> content) {
        try (XWPFDocument document = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            content.accept(document);
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void paragraph(XWPFDocument document, String style, String text) {
        XWPFParagraph paragraph = document.createParagraph();
        if (style != null) {
            paragraph.setStyle(style);
        }
        paragraph.createRun().setText(text);
    }

    static void style(XWPFStyles styles, String id, String name, String basedOn, Integer outlineLevel) {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId(id);
        style.setType(STStyleType.PARAGRAPH);
        style.addNewName().setVal(name);
        if (basedOn != null) {
            style.addNewBasedOn().setVal(basedOn);
        }
        if (outlineLevel != null) {
            style.addNewPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(outlineLevel));
        }
        styles.addStyle(new XWPFStyle(style, styles));
    }

    /** A zip with the given entries, each filled by {@code fill} (which gets the entry's index). */
    static byte[] zip(int entries, IntFunction<String> name,
            ObjIntConsumer<ZipOutputStream> fill) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (int i = 0; i < entries; i++) {
                zip.putNextEntry(new ZipEntry(name.apply(i)));
                fill.accept(zip, i);
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static void write(ZipOutputStream zip, byte[] data) {
        try {
            zip.write(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static final byte[] MINIMAL_DOCUMENT_XML = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">\
            <w:body><w:p><w:r><w:t>本文</w:t></w:r></w:p></w:body></w:document>"""
            .getBytes(StandardCharsets.UTF_8);

    // --- text ------------------------------------------------------------------------------------

    @Test
    void docx_paragraphs_headings_and_table_cells_come_out_in_order_as_markdown() {
        byte[] bytes = docx(document -> {
            paragraph(document, "Heading1", "「女らしさ」とは何か");
            paragraph(document, null, "　日本人は早く仏教に由って「無常迅速の世の中」と教えられ、");
            paragraph(document, null, "");
            paragraph(document, "Heading2", "一");
            paragraph(document, null, "　女らしさということは、");
            XWPFTable table = document.createTable(2, 2);
            table.getRow(0).getCell(0).setText("年");
            table.getRow(0).getCell(1).setText("出来事");
            table.getRow(1).getCell(0).setText("一九二一");
            table.getRow(1).getCell(1).setText("『婦人倶楽部』に掲載");
            paragraph(document, null, "（一九二一年一月）");
        });

        assertThat(readDocx(bytes)).isEqualTo(new Text("""
                # 「女らしさ」とは何か

                　日本人は早く仏教に由って「無常迅速の世の中」と教えられ、

                ## 一

                　女らしさということは、

                年

                出来事

                一九二一

                『婦人倶楽部』に掲載

                （一九二一年一月）""", "docx"));
    }

    @Test
    void docx_headings_are_found_by_style_name_japanese_name_based_on_style_and_outline_level() {
        byte[] bytes = docx(document -> {
            XWPFStyles styles = document.createStyles();
            style(styles, "1", "heading 1", null, null); // Japanese Word: id "1", name "heading 1"
            style(styles, "a1", "見出し 2", null, null);
            style(styles, "a2", "私の章題", "1", null); // based on heading 1
            style(styles, "a3", "節", null, 2); // outline level 2 is the third level
            style(styles, "a4", "本文", null, 9); // outline level 9 is body text
            paragraph(document, "1", "見出し一");
            paragraph(document, "a1", "見出し二");
            paragraph(document, "a2", "章題");
            paragraph(document, "a3", "節題");
            paragraph(document, "a4", "本文です。");
            XWPFParagraph outlined = document.createParagraph();
            outlined.getCTP().addNewPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(3));
            outlined.createRun().setText("段落に直接の見出し\nレベル");
        });

        assertThat(readDocx(bytes)).isEqualTo(new Text("""
                # 見出し一

                ## 見出し二

                # 章題

                ### 節題

                本文です。

                #### 段落に直接の見出し レベル""", "docx"));
    }

    @Test
    void docx_keeps_tabs_and_line_breaks_and_drops_footnotes() {
        byte[] bytes = docx(document -> {
            XWPFParagraph paragraph = document.createParagraph();
            paragraph.createRun().setText("前の");
            var run = paragraph.createRun();
            run.setText("後\tタブ");
            run.addBreak();
            run.setText("改行後");
            XWPFFootnote footnote = document.createFootnote();
            footnote.createParagraph().createRun().setText("注記");
            paragraph.addFootnoteReference(footnote);
        });

        assertThat(readDocx(bytes)).isEqualTo(new Text("前の後\tタブ\n改行後", "docx"));
    }

    /** A Word ruby run as Word writes it: the reading in w:rt, the base text in w:rubyBase. */
    static void ruby(XWPFParagraph paragraph, String base, String reading) {
        CTRuby ruby = paragraph.createRun().getCTR().addNewRuby();
        ruby.addNewRubyPr().addNewRubyAlign().setVal(STRubyAlign.DISTRIBUTE_SPACE);
        ruby.addNewRt().addNewR().addNewT().setStringValue(reading);
        ruby.addNewRubyBase().addNewR().addNewT().setStringValue(base);
    }

    @Test
    void docx_furigana_are_kept_in_the_aozora_bunko_notation() {
        byte[] bytes = docx(document -> {
            XWPFParagraph paragraph = document.createParagraph();
            paragraph.createRun().setText("会場は");
            ruby(paragraph, "新宿", "しんじゅく");
            paragraph.createRun().setText("の");
            ruby(paragraph, "区民会館", "くみんかいかん");
            paragraph.createRun().setText("です。");
        });

        assertThat(readDocx(bytes)).isEqualTo(
                new Text("会場は｜新宿《しんじゅく》の｜区民会館《くみんかいかん》です。", "docx"));
    }

    @Test
    void docx_tracked_changes_are_read_as_accepted_and_the_writer_is_told() {
        byte[] bytes = docx(document -> {
            XWPFParagraph paragraph = document.createParagraph();
            paragraph.createRun().setText("朝の");
            CTP p = paragraph.getCTP();
            CTRunTrackChange deleted = p.addNewDel();
            deleted.setId(BigInteger.ONE);
            deleted.setAuthor("さくら");
            CTR gone = deleted.addNewR();
            gone.addNewDelText().setStringValue("八時");
            CTR goneBreak = deleted.addNewR();
            goneBreak.addNewTab();
            goneBreak.addNewBr();
            CTRunTrackChange inserted = p.addNewIns();
            inserted.setId(BigInteger.TWO);
            inserted.setAuthor("さくら");
            inserted.addNewR().addNewT().setStringValue("七時半");
            p.addNewR().addNewT().setStringValue("に集まります。");
            CTRunTrackChange movedAway = p.addNewMoveFrom();
            movedAway.setId(BigInteger.valueOf(3));
            movedAway.setAuthor("さくら");
            movedAway.addNewR().addNewT().setStringValue("雨天中止。");
        });

        DraftFileResult result = readDocx(bytes);

        assertThat(result).isEqualTo(new Text("朝の七時半に集まります。", "docx",
                Set.of(Notice.TRACKED_CHANGES_ACCEPTED)));
    }

    @Test
    void docx_comments_are_left_out_and_the_writer_is_told() {
        byte[] bytes = docx(document -> {
            XWPFParagraph paragraph = document.createParagraph();
            paragraph.getCTP().addNewCommentRangeStart().setId(BigInteger.ZERO);
            paragraph.createRun().setText("本文です。");
            paragraph.getCTP().addNewCommentRangeEnd().setId(BigInteger.ZERO);
            paragraph.createRun().getCTR().addNewCommentReference().setId(BigInteger.ZERO);
            XWPFComment comment = document.createComments().createComment(BigInteger.ZERO);
            comment.setAuthor("編集");
            comment.createParagraph().createRun().setText("ここは要確認");
        });

        assertThat(readDocx(bytes)).isEqualTo(new Text("本文です。", "docx", Set.of(Notice.COMMENTS_LEFT_OUT)));
    }

    @Test
    void docx_without_tracked_changes_or_comments_has_no_notice() {
        assertThat(readDocx(docx(document -> paragraph(document, null, "本文")))).isInstanceOfSatisfying(Text.class,
                text -> assertThat(text.notices()).isEmpty());
    }

    @Test
    void docx_without_text_is_empty() {
        assertThat(readDocx(docx(document -> paragraph(document, null, "　"))))
                .isEqualTo(new Refused(Reason.EMPTY));
    }

    @Test
    void docx_text_goes_through_the_same_checks_as_text_files() {
        assertThat(readDocx(docx(document -> paragraph(document, null, "本文\u0085続き"))))
                .isEqualTo(new Refused(Reason.CONTROL_CHARACTERS));
        // Varied kanji: a long run of one character would compress past the zip-bomb ratio.
        Random random = new Random(1921);
        StringBuilder tooLong = new StringBuilder();
        random.ints(DraftFileReader.MAX_CHARS + 1, 0x4E00, 0x9FA0).forEach(tooLong::appendCodePoint);
        assertThat(readDocx(docx(document -> paragraph(document, null, tooLong.toString()))))
                .isEqualTo(new Refused(Reason.TOO_LONG));
    }

    @Test
    void docx_file_name_is_matched_case_insensitively() {
        byte[] bytes = docx(document -> paragraph(document, null, "本文"));
        assertThat(DraftFileReader.read("原稿.DOCX", new ByteArrayInputStream(bytes)))
                .isEqualTo(new Text("本文", "docx"));
    }

    // --- refusals --------------------------------------------------------------------------------

    @Test
    void zip_bomb_disguised_as_docx_is_too_large() {
        // One entry of 50 MB of zeros, streamed into a ~50 KB zip: never 50 MB on disk or in memory.
        byte[] chunk = new byte[64 * 1024];
        byte[] bomb = zip(2, i -> i == 0 ? "word/document.xml" : "word/media/image1.png", (zip, i) -> {
            if (i == 0) {
                write(zip, MINIMAL_DOCUMENT_XML);
            } else {
                for (int n = 0; n < 50 * 1024 * 1024 / chunk.length; n++) {
                    write(zip, chunk);
                }
            }
        });
        assertThat(bomb.length).isLessThan((int) DraftFileReader.MAX_BYTES);
        assertThat(DocxReader.checkZip(bomb)).as("our own guard, before POI").isEqualTo(Reason.DOCX_TOO_LARGE);
        assertThat(readDocx(bomb)).isEqualTo(new Refused(Reason.DOCX_TOO_LARGE));
    }

    @Test
    void docx_whose_entries_inflate_past_20_mb_in_all_is_too_large_even_at_a_modest_ratio() {
        // 21 entries of 1 MiB that compress about 30 : 1, under the per-entry ratio limit.
        Random random = new Random(7);
        byte[] data = new byte[1024 * 1024];
        byte[] zip = zip(22, i -> i == 0 ? "word/document.xml" : "word/media/part" + i + ".bin", (out, i) -> {
            if (i == 0) {
                write(out, MINIMAL_DOCUMENT_XML);
            } else {
                for (int b = 0; b < data.length; b++) {
                    data[b] = random.nextInt(50) == 0 ? (byte) 'b' : (byte) 'a';
                }
                write(out, data);
            }
        });
        assertThat(zip.length).isLessThan((int) DraftFileReader.MAX_BYTES);
        assertThat(DocxReader.checkZip(zip)).isEqualTo(Reason.DOCX_TOO_LARGE);
        assertThat(readDocx(zip)).isEqualTo(new Refused(Reason.DOCX_TOO_LARGE));
    }

    @Test
    void docx_with_2000_entries_is_too_large() {
        byte[] zip = zip(2000, i -> i == 0 ? "word/document.xml" : "customXml/item" + i + ".xml",
                (out, i) -> write(out, i == 0 ? MINIMAL_DOCUMENT_XML : new byte[] {'x'}));
        assertThat(DocxReader.checkZip(zip)).as("our own guard, before POI").isEqualTo(Reason.DOCX_TOO_LARGE);
        assertThat(readDocx(zip)).isEqualTo(new Refused(Reason.DOCX_TOO_LARGE));
    }

    @Test
    void text_file_named_docx_is_unreadable() {
        assertThat(readDocx(TestTexts.excerpt().getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(new Refused(Reason.DOCX_UNREADABLE));
    }

    @Test
    void zip_without_word_document_is_unreadable() {
        byte[] zip = zip(1, i -> "content.xml", (out, i) -> write(out, MINIMAL_DOCUMENT_XML));
        assertThat(readDocx(zip)).isEqualTo(new Refused(Reason.DOCX_UNREADABLE));
    }

    @Test
    void zip_with_a_word_document_but_no_package_structure_is_unreadable() {
        byte[] zip = zip(1, i -> "word/document.xml", (out, i) -> write(out, MINIMAL_DOCUMENT_XML));
        assertThat(readDocx(zip)).isEqualTo(new Refused(Reason.DOCX_UNREADABLE));
    }

    @Test
    void truncated_docx_is_unreadable() {
        byte[] bytes = docx(document -> paragraph(document, null, "本文"));
        byte[] truncated = Arrays.copyOf(bytes, bytes.length / 2);
        assertThat(readDocx(truncated)).isEqualTo(new Refused(Reason.DOCX_UNREADABLE));
    }

    @Test
    void docx_whose_document_expands_entities_is_unreadable_not_expanded() {
        // "Billion laughs": a DOCTYPE with nested entities. POI must refuse it rather than expand it.
        byte[] good = docx(document -> paragraph(document, null, "本文"));
        String laughs = """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE w:document [
                <!ENTITY a "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa">
                <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
                <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">
                <!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">
                <!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;">
                <!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;">
                ]>
                <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">\
                <w:body><w:p><w:r><w:t>&f;</w:t></w:r></w:p></w:body></w:document>""";
        byte[] bomb = replaceEntry(good, "word/document.xml", laughs.getBytes(StandardCharsets.UTF_8));
        assertThat(readDocx(bomb)).isEqualTo(new Refused(Reason.DOCX_UNREADABLE));
    }

    /** A copy of a zip with one entry's content replaced. */
    static byte[] replaceEntry(byte[] zip, String name, byte[] content) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip));
                ZipOutputStream out = new ZipOutputStream(bytes)) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(entry.getName().equals(name) ? content : in.readAllBytes());
                out.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
