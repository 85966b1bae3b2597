package jp.akapen.manuscript.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;
import java.util.Random;
import jp.akapen.manuscript.text.DraftFileResult.Candidate;
import jp.akapen.manuscript.text.DraftFileResult.Reason;
import jp.akapen.manuscript.text.DraftFileResult.Refused;
import jp.akapen.manuscript.text.DraftFileResult.Text;
import jp.akapen.manuscript.text.DraftFileResult.Uncertain;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Reading .txt and .md uploads into draft text (W1): encodings, limits and refusals. */
class DraftFileReaderTest {

    static final Charset WINDOWS_31J = Charset.forName("windows-31j");
    static final Charset EUC_JP = Charset.forName("EUC-JP");
    static final String EXCERPT = TestTexts.excerpt();

    static DraftFileResult readTxt(byte[] bytes) {
        return DraftFileReader.read("原稿.txt", new ByteArrayInputStream(bytes));
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }

    static byte[] bytes(int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }

    // --- encodings -------------------------------------------------------------------------------

    @Test
    void utf8_file_without_bom_is_read_as_utf8() {
        assertThat(readTxt(EXCERPT.getBytes(StandardCharsets.UTF_8))).isEqualTo(new Text(EXCERPT, "UTF-8"));
    }

    @Test
    void utf8_file_with_bom_is_read_as_utf8_without_the_bom() {
        byte[] bytes = concat(bytes(0xEF, 0xBB, 0xBF), EXCERPT.getBytes(StandardCharsets.UTF_8));
        assertThat(readTxt(bytes)).isEqualTo(new Text(EXCERPT, "UTF-8"));
    }

    @Test
    void utf16le_file_with_bom_is_read_as_utf16le() {
        byte[] bytes = concat(bytes(0xFF, 0xFE), EXCERPT.getBytes(StandardCharsets.UTF_16LE));
        assertThat(readTxt(bytes)).isEqualTo(new Text(EXCERPT, "UTF-16LE"));
    }

    @Test
    void utf16be_file_with_bom_is_read_as_utf16be() {
        byte[] bytes = concat(bytes(0xFE, 0xFF), EXCERPT.getBytes(StandardCharsets.UTF_16BE));
        assertThat(readTxt(bytes)).isEqualTo(new Text(EXCERPT, "UTF-16BE"));
    }

    @Test
    void utf16le_file_without_bom_is_recognised_by_its_nul_bytes() {
        assertThat(readTxt(EXCERPT.getBytes(StandardCharsets.UTF_16LE))).isEqualTo(new Text(EXCERPT, "UTF-16LE"));
    }

    @Test
    void utf16be_file_without_bom_is_recognised_by_its_nul_bytes() {
        assertThat(readTxt(EXCERPT.getBytes(StandardCharsets.UTF_16BE))).isEqualTo(new Text(EXCERPT, "UTF-16BE"));
    }

    @Test
    void shift_jis_file_is_detected_and_decoded() {
        assertThat(readTxt(EXCERPT.getBytes(WINDOWS_31J))).isEqualTo(new Text(EXCERPT, "windows-31j"));
    }

    @Test
    void shift_jis_file_with_characters_only_windows_has_is_decoded_as_windows_31j() {
        // ① (NEC special), ～ (0x8160 is FULLWIDTH TILDE in windows-31j), 髙 (IBM extension):
        // plain Shift_JIS cannot encode them, which is why the reader uses windows-31j.
        String text = EXCERPT + "①　～　髙橋さんの原稿\n";
        assertThat(Charset.forName("Shift_JIS").newEncoder().canEncode("①～髙")).isFalse();
        assertThat(readTxt(text.getBytes(WINDOWS_31J))).isEqualTo(new Text(text, "windows-31j"));
    }

    @Test
    void iso_2022_jp_file_as_older_mail_programs_save_it_is_detected_and_decoded() {
        Charset jis = Charset.forName("ISO-2022-JP");
        String text = "わたしの住む町では、朝の八時になると、小学校の前に黄色い旗を持った人たちが立ちます。\n"
                + "第1回はA町、第2回はB町で開きます。\n";
        assertThat(readTxt(text.getBytes(jis))).isEqualTo(new Text(text, "ISO-2022-JP"));
        String shortOne = "町A村B市C";
        assertThat(readTxt(shortOne.getBytes(jis))).isEqualTo(new Text(shortOne, "ISO-2022-JP"));
    }

    @Test
    void ascii_with_an_escape_byte_is_still_refused_for_its_control_character() {
        assertThat(readTxt("This line has one escape \u001b[1m in the middle of it, nothing else.\n".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo(new Refused(Reason.CONTROL_CHARACTERS));
    }

    @Test
    void euc_jp_file_is_detected_and_decoded() {
        assertThat(readTxt(EXCERPT.getBytes(EUC_JP))).isEqualTo(new Text(EXCERPT, "EUC-JP"));
    }

    @Test
    void every_shared_aozora_text_is_read_back_exactly_in_every_encoding_it_fits() {
        Map<String, String> texts = TestTexts.aozora();
        assertThat(texts).isNotEmpty();
        Map<Charset, byte[]> boms = Map.of(StandardCharsets.UTF_8, bytes(0xEF, 0xBB, 0xBF),
                StandardCharsets.UTF_16LE, bytes(0xFF, 0xFE), StandardCharsets.UTF_16BE, bytes(0xFE, 0xFF));
        texts.forEach((name, text) -> {
            for (Charset charset : new Charset[] {StandardCharsets.UTF_8, StandardCharsets.UTF_16LE,
                    StandardCharsets.UTF_16BE, WINDOWS_31J, EUC_JP}) {
                if (!charset.newEncoder().canEncode(text)) {
                    continue; // gaiji such as 扭 or ヷ are in neither JIS encoding
                }
                byte[] encoded = text.getBytes(charset);
                assertThat(readTxt(encoded)).as("%s in %s", name, charset)
                        .isEqualTo(new Text(text, charset.name()));
                if (boms.containsKey(charset)) {
                    assertThat(readTxt(concat(boms.get(charset), encoded))).as("%s in %s with BOM", name, charset)
                            .isEqualTo(new Text(text, charset.name()));
                }
            }
        });
    }

    @Test
    void short_bytes_valid_in_both_euc_jp_and_shift_jis_are_uncertain_and_decode_as_picked() {
        byte[] bytes = "あい".getBytes(EUC_JP); // A4 A2 A4 A4: also ､｢､､ in Shift_JIS
        DraftFileResult result = readTxt(bytes);

        assertThat(result).isInstanceOf(Uncertain.class);
        Uncertain uncertain = (Uncertain) result;
        assertThat(uncertain.bytes()).isEqualTo(bytes);
        assertThat(uncertain.candidates()).extracting(Candidate::charset).containsExactly(EUC_JP, WINDOWS_31J);
        assertThat(uncertain.candidates()).extracting(Candidate::text).containsExactly("あい", "､｢､､");

        assertThat(DraftFileReader.decodeAs(uncertain.bytes(), EUC_JP)).isEqualTo(new Text("あい", "EUC-JP"));
        assertThat(DraftFileReader.decodeAs(uncertain.bytes(), WINDOWS_31J)).isEqualTo(new Text("､｢､､", "windows-31j"));
    }

    @Test
    void half_width_katakana_that_only_shift_jis_decodes_is_still_uncertain() {
        byte[] bytes = "ｱｲｳ".getBytes(WINDOWS_31J); // B1 B2 B3: not EUC-JP, and rare in real text
        assertThat(readTxt(bytes)).isInstanceOfSatisfying(Uncertain.class, uncertain -> assertThat(
                uncertain.candidates()).containsExactly(new Candidate(WINDOWS_31J, "ｱｲｳ")));
    }

    @Test
    void uncertain_preview_is_the_start_of_the_text_only() {
        // EUC-JP hiragana and 　 alone also decode as Shift_JIS half-width katakana.
        String text = "あいうえお　".repeat(200);
        DraftFileResult result = readTxt(text.getBytes(EUC_JP));
        assertThat(result).isInstanceOfSatisfying(Uncertain.class, uncertain -> {
            Candidate best = uncertain.candidates().getFirst();
            assertThat(best.charset()).isEqualTo(EUC_JP);
            assertThat(best.text()).isEqualTo(text.substring(0, DraftFileReader.PREVIEW_CHARS));
        });
    }

    @Test
    void decode_as_refuses_bytes_invalid_in_the_picked_charset() {
        assertThat(DraftFileReader.decodeAs(EXCERPT.getBytes(WINDOWS_31J), StandardCharsets.UTF_8))
                .isEqualTo(new Refused(Reason.UNDECODABLE));
    }

    @Test
    void decode_as_drops_a_bom_and_checks_the_text_like_read() {
        assertThat(DraftFileReader.decodeAs(concat(bytes(0xEF, 0xBB, 0xBF), "本文\r\n".getBytes(StandardCharsets.UTF_8)),
                StandardCharsets.UTF_8)).isEqualTo(new Text("本文\n", "UTF-8"));
        assertThat(DraftFileReader.decodeAs("本文\u0007".getBytes(EUC_JP), EUC_JP))
                .isEqualTo(new Refused(Reason.CONTROL_CHARACTERS));
        assertThat(DraftFileReader.decodeAs(new byte[0], EUC_JP)).isEqualTo(new Refused(Reason.EMPTY));
    }

    @Test
    void bytes_valid_in_no_supported_encoding_are_undecodable() {
        assertThat(readTxt(bytes(0x81, 0x20, 0xFD, 0xFD))).isEqualTo(new Refused(Reason.UNDECODABLE));
        // Latin-1 (é, è) is neither UTF-8 nor Japanese.
        assertThat(readTxt("Un café et une crème.".getBytes(StandardCharsets.ISO_8859_1)))
                .isEqualTo(new Refused(Reason.UNDECODABLE));
    }

    @Test
    void utf8_bom_followed_by_invalid_utf8_is_undecodable() {
        assertThat(readTxt(concat(bytes(0xEF, 0xBB, 0xBF), EXCERPT.getBytes(WINDOWS_31J))))
                .isEqualTo(new Refused(Reason.UNDECODABLE));
    }

    // --- binary ----------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {
        "89504e470d0a1a0a0000000d49484452", // PNG
        "ffd8ffe000104a464946", // JPEG
        "474946383961010001", // GIF
        "255044462d312e370a", // PDF
        "504b0304140000000800", // ZIP (a .docx renamed .txt, say)
        "7f454c46020101", // ELF
        "d0cf11e0a1b11ae1", // old Word .doc
    })
    void files_with_a_binary_signature_are_binary(String hex) {
        byte[] bytes = concat(HexFormat.of().parseHex(hex), "本文らしきもの".getBytes(StandardCharsets.UTF_8));
        assertThat(readTxt(bytes)).isEqualTo(new Refused(Reason.BINARY));
    }

    @Test
    void random_bytes_are_binary() {
        byte[] bytes = new byte[4096];
        new Random(20210415).nextBytes(bytes);
        bytes[0] = 0x41; // no accidental byte order mark or signature
        assertThat(readTxt(bytes)).isEqualTo(new Refused(Reason.BINARY));
    }

    @Test
    void many_control_bytes_without_nul_are_binary() {
        byte[] bytes = new byte[400];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i % 4 == 0 ? 0x01 : 'a');
        }
        assertThat(readTxt(bytes)).isEqualTo(new Refused(Reason.BINARY));
    }

    @Test
    void nul_bytes_in_otherwise_utf8_text_are_binary() {
        assertThat(readTxt((EXCERPT + "\0").getBytes(StandardCharsets.UTF_8))).isEqualTo(new Refused(Reason.BINARY));
        assertThat(readTxt((EXCERPT + "\0\0").getBytes(StandardCharsets.UTF_8))).isEqualTo(new Refused(Reason.BINARY));
    }

    @Test
    void nul_characters_in_utf16_with_bom_are_binary() {
        byte[] bytes = concat(bytes(0xFF, 0xFE), "本文\0です".getBytes(StandardCharsets.UTF_16LE));
        assertThat(readTxt(bytes)).isEqualTo(new Refused(Reason.BINARY));
    }

    // --- text checks -----------------------------------------------------------------------------

    @Test
    void empty_file_is_empty() {
        assertThat(readTxt(new byte[0])).isEqualTo(new Refused(Reason.EMPTY));
    }

    @Test
    void whitespace_only_file_is_empty() {
        assertThat(readTxt(" \t\r\n　　\n".getBytes(StandardCharsets.UTF_8))).isEqualTo(new Refused(Reason.EMPTY));
        assertThat(readTxt(bytes(0xEF, 0xBB, 0xBF))).isEqualTo(new Refused(Reason.EMPTY));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u0007", "\u0085", "\u007F", "\u001B[31m", "\f", "\u000B"})
    void control_characters_are_refused(String control) {
        byte[] bytes = (EXCERPT + control + "続き\n").getBytes(StandardCharsets.UTF_8);
        assertThat(readTxt(bytes)).isEqualTo(new Refused(Reason.CONTROL_CHARACTERS));
    }

    @Test
    void control_characters_in_shift_jis_are_refused_too() {
        assertThat(readTxt((EXCERPT + "\u0007").getBytes(WINDOWS_31J)))
                .isEqualTo(new Refused(Reason.CONTROL_CHARACTERS));
    }

    @Test
    void tabs_and_full_width_spaces_are_kept() {
        String text = "　段落の字下げ\tタブ\n";
        assertThat(readTxt(text.getBytes(StandardCharsets.UTF_8))).isEqualTo(new Text(text, "UTF-8"));
    }

    @Test
    void crlf_and_lone_cr_line_endings_become_lf() {
        byte[] bytes = "一行目\r\n二行目\r三行目\n\r\n".getBytes(StandardCharsets.UTF_8);
        assertThat(readTxt(bytes)).isEqualTo(new Text("一行目\n二行目\n三行目\n\n", "UTF-8"));
        assertThat(readTxt(EXCERPT.replace("\n", "\r\n").getBytes(WINDOWS_31J)))
                .isEqualTo(new Text(EXCERPT, "windows-31j"));
    }

    @Test
    void a_stray_byte_order_mark_inside_the_text_is_dropped() {
        byte[] bytes = "前半\n\uFEFF後半\n".getBytes(StandardCharsets.UTF_8);
        assertThat(readTxt(bytes)).isEqualTo(new Text("前半\n後半\n", "UTF-8"));
    }

    @Test
    void text_is_not_unicode_normalised() {
        // U+FA11 (a compatibility kanji in 﨑) and a decomposed が stay as written; NFC would change both.
        String text = "山\uFA11さん、か\u3099き\n";
        assertThat(readTxt(text.getBytes(StandardCharsets.UTF_8))).isEqualTo(new Text(text, "UTF-8"));
    }

    // --- limits ----------------------------------------------------------------------------------

    @Test
    void text_of_max_chars_is_accepted_and_one_more_is_too_long() {
        String atLimit = "あ".repeat(DraftFileReader.MAX_CHARS);
        assertThat(readTxt(atLimit.getBytes(StandardCharsets.UTF_8))).isInstanceOf(Text.class);
        assertThat(readTxt((atLimit + "い").getBytes(StandardCharsets.UTF_8))).isEqualTo(new Refused(Reason.TOO_LONG));
    }

    @Test
    void the_character_limit_counts_code_points_not_utf16_units() {
        String atLimit = "𠮷".repeat(DraftFileReader.MAX_CHARS); // each one code point, two Java chars
        assertThat(readTxt(atLimit.getBytes(StandardCharsets.UTF_8))).isInstanceOf(Text.class);
    }

    @Test
    void the_character_limit_counts_crlf_as_one() {
        String lines = "あ\r\n".repeat(DraftFileReader.MAX_CHARS / 2);
        assertThat(readTxt(lines.getBytes(StandardCharsets.UTF_8))).isInstanceOf(Text.class);
    }

    @Test
    void file_over_max_bytes_is_too_large_and_read_no_further_than_one_byte_past_the_limit() {
        CountingEndlessStream endless = new CountingEndlessStream();
        assertThat(DraftFileReader.read("big.txt", endless)).isEqualTo(new Refused(Reason.TOO_LARGE));
        assertThat(endless.served).isEqualTo(DraftFileReader.MAX_BYTES + 1);
    }

    @Test
    void file_of_exactly_max_bytes_is_read_and_then_judged_by_its_length() {
        byte[] bytes = new byte[(int) DraftFileReader.MAX_BYTES];
        Arrays.fill(bytes, (byte) 'a');
        assertThat(readTxt(bytes)).isEqualTo(new Refused(Reason.TOO_LONG));
    }

    @Test
    void decode_as_refuses_more_than_max_bytes() {
        assertThat(DraftFileReader.decodeAs(new byte[(int) DraftFileReader.MAX_BYTES + 1], StandardCharsets.UTF_8))
                .isEqualTo(new Refused(Reason.TOO_LARGE));
    }

    // --- file types ------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"原稿.pdf", "setup.exe", "原稿.doc", "README", "archive.txt.zip", "  "})
    void unsupported_file_names_are_refused_without_reading(String name) {
        CountingEndlessStream endless = new CountingEndlessStream();
        assertThat(DraftFileReader.read(name, endless)).isEqualTo(new Refused(Reason.UNSUPPORTED_TYPE));
        assertThat(endless.served).isZero();
        assertThat(DraftFileReader.read(null, endless)).isEqualTo(new Refused(Reason.UNSUPPORTED_TYPE));
    }

    @ParameterizedTest
    @ValueSource(strings = {"原稿.TXT", "memo.Md", "draft.md", "C:\\Users\\さくら\\原稿.txt"})
    void text_file_names_are_matched_case_insensitively(String name) {
        assertThat(DraftFileReader.read(name, new ByteArrayInputStream("本文".getBytes(StandardCharsets.UTF_8))))
                .isEqualTo(new Text("本文", "UTF-8"));
    }

    @Test
    void results_never_print_the_draft() {
        assertThat(new Text("秘密の原稿", "UTF-8").toString()).doesNotContain("秘密").contains("5 characters");
        assertThat(new Candidate(EUC_JP, "秘密の原稿").toString()).doesNotContain("秘密");
    }

    /** Serves 'a' for ever and counts what it served, so no test needs the memory of a huge file. */
    static final class CountingEndlessStream extends InputStream {
        long served;

        @Override
        public int read() {
            served++;
            return 'a';
        }

        @Override
        public int read(byte[] b, int off, int len) {
            Arrays.fill(b, off, off + len, (byte) 'a');
            served += len;
            return len;
        }
    }
}
