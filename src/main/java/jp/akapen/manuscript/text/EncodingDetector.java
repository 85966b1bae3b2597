package jp.akapen.manuscript.text;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import jp.akapen.manuscript.text.DraftFileResult.Candidate;
import jp.akapen.manuscript.text.DraftFileResult.Reason;
import jp.akapen.manuscript.text.DraftFileResult.Refused;
import jp.akapen.manuscript.text.DraftFileResult.Uncertain;

/**
 * Decides how the bytes of a .txt or .md upload are encoded, in this order; every decoding is
 * strict (an invalid or unmappable byte sequence rules the encoding out, nothing is replaced):
 *
 * <ol>
 *   <li>A byte order mark decides: UTF-8, UTF-16LE or UTF-16BE (the mark is dropped). Bytes that
 *       are then invalid are {@link Reason#UNDECODABLE}.
 *   <li>A known binary signature (PNG, JPEG, GIF, PDF, ZIP, ELF, old MS Office, gzip, 7-Zip, RAR)
 *       is {@link Reason#BINARY}.
 *   <li>Seven-bit bytes with the escape sequence into JIS X 0208 (ESC $ B or ESC $ @) that decode
 *       as ISO-2022-JP (JIS, as older mail programs save text) are ISO-2022-JP, certain; their
 *       escape bytes are not control characters.
 *   <li>NUL bytes: only UTF-16 without a mark has them. Both byte orders are tried; one that
 *       decodes to text scoring at least {@link #CONFIDENT} (see {@link JapaneseTextScore}) while
 *       the other does not is certain. If both do, the byte order that puts most NULs where ASCII's
 *       high byte goes is offered first, as {@link Uncertain}. If neither does: {@link Reason#BINARY}.
 *   <li>More than one byte in {@value #CONTROL_SHARE_DIVISOR} a C0 control other than tab, line
 *       feed, form feed and carriage return (or DEL): {@link Reason#BINARY}. Fewer are left for the
 *       text check, which refuses them as {@link Reason#CONTROL_CHARACTERS}.
 *   <li>Valid UTF-8 is UTF-8, certain (pure ASCII is the same in every encoding here).
 *   <li>Otherwise windows-31j (Microsoft's Shift_JIS, which has ①, ～ and 髙 that plain Shift_JIS
 *       lacks) and EUC-JP are tried. Exactly one decodes and scores at least {@link #CONFIDENT}:
 *       certain. Both decode, or the one that does scores lower: {@link Uncertain}, best score
 *       first. Neither: {@link Reason#UNDECODABLE}.
 * </ol>
 */
final class EncodingDetector {

    static final Charset WINDOWS_31J = Charset.forName("windows-31j");
    static final Charset EUC_JP = Charset.forName("EUC-JP");
    static final Charset ISO_2022_JP = Charset.forName("ISO-2022-JP");

    /** Least {@link JapaneseTextScore} for a decoding to count as Japanese text without asking. */
    static final double CONFIDENT = 0.8;

    /** Binary when more than one byte in this many is a control byte. */
    static final int CONTROL_SHARE_DIVISOR = 20;

    private static final byte[][] BINARY_SIGNATURES = {
        {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'},
        {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF},
        {'G', 'I', 'F', '8', '7', 'a'},
        {'G', 'I', 'F', '8', '9', 'a'},
        {'%', 'P', 'D', 'F', '-'},
        {'P', 'K', 3, 4},
        {'P', 'K', 5, 6},
        {'P', 'K', 7, 8},
        {0x7F, 'E', 'L', 'F'},
        {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1},
        {0x1F, (byte) 0x8B},
        {'7', 'z', (byte) 0xBC, (byte) 0xAF, 0x27, 0x1C},
        {'R', 'a', 'r', '!', 0x1A, 0x07},
    };

    private EncodingDetector() {}

    static DraftFileResult decode(byte[] bytes) {
        if (startsWith(bytes, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF})) {
            return decodeCertain(bytes, 3, StandardCharsets.UTF_8);
        }
        if (startsWith(bytes, new byte[] {(byte) 0xFF, (byte) 0xFE})) {
            return decodeCertain(bytes, 2, StandardCharsets.UTF_16LE);
        }
        if (startsWith(bytes, new byte[] {(byte) 0xFE, (byte) 0xFF})) {
            return decodeCertain(bytes, 2, StandardCharsets.UTF_16BE);
        }
        for (byte[] signature : BINARY_SIGNATURES) {
            if (startsWith(bytes, signature)) {
                return new Refused(Reason.BINARY);
            }
        }
        if (isIso2022Jp(bytes)) {
            String jis = strictDecode(bytes, 0, ISO_2022_JP);
            if (jis != null) {
                return DraftFileReader.finish(jis, ISO_2022_JP.name());
            }
        }
        int nulsAtEven = 0;
        int nulsAtOdd = 0;
        int controls = 0;
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                if (i % 2 == 0) {
                    nulsAtEven++;
                } else {
                    nulsAtOdd++;
                }
            } else if ((b < 0x20 && b != '\t' && b != '\n' && b != '\f' && b != '\r') || b == 0x7F) {
                controls++;
            }
        }
        if (nulsAtEven + nulsAtOdd > 0) {
            return utf16WithoutMark(bytes, nulsAtEven, nulsAtOdd);
        }
        if ((long) controls * CONTROL_SHARE_DIVISOR > bytes.length) {
            return new Refused(Reason.BINARY);
        }
        String utf8 = strictDecode(bytes, 0, StandardCharsets.UTF_8);
        if (utf8 != null) {
            return DraftFileReader.finish(utf8, StandardCharsets.UTF_8.name());
        }
        return japaneseLegacy(bytes);
    }

    private static DraftFileResult decodeCertain(byte[] bytes, int offset, Charset charset) {
        String text = strictDecode(bytes, offset, charset);
        return text == null ? new Refused(Reason.UNDECODABLE) : DraftFileReader.finish(text, charset.name());
    }

    /** ASCII in UTF-16LE has its NUL high byte at odd positions, in UTF-16BE at even ones. */
    private static DraftFileResult utf16WithoutMark(byte[] bytes, int nulsAtEven, int nulsAtOdd) {
        if (bytes.length % 2 != 0) {
            return new Refused(Reason.BINARY);
        }
        List<Scored> decodings = new ArrayList<>(2);
        // The byte order the NULs point to goes first, so it wins a tie in score.
        List<Charset> order = nulsAtOdd >= nulsAtEven
                ? List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)
                : List.of(StandardCharsets.UTF_16BE, StandardCharsets.UTF_16LE);
        for (Charset charset : order) {
            String text = strictDecode(bytes, 0, charset);
            // A NUL code unit (two NUL bytes) is not text in any encoding.
            if (text != null && text.indexOf('\0') < 0) {
                double score = JapaneseTextScore.of(text);
                if (score >= CONFIDENT) {
                    decodings.add(new Scored(charset, text, score));
                }
            }
        }
        if (decodings.isEmpty()) {
            return new Refused(Reason.BINARY);
        }
        if (decodings.size() == 1) {
            Scored only = decodings.getFirst();
            return DraftFileReader.finish(only.text(), only.charset().name());
        }
        return uncertain(bytes, decodings);
    }

    private static DraftFileResult japaneseLegacy(byte[] bytes) {
        List<Scored> decodings = new ArrayList<>(2);
        for (Charset charset : List.of(WINDOWS_31J, EUC_JP)) {
            String text = strictDecode(bytes, 0, charset);
            if (text != null) {
                decodings.add(new Scored(charset, text, JapaneseTextScore.of(text)));
            }
        }
        if (decodings.isEmpty()) {
            return new Refused(Reason.UNDECODABLE);
        }
        if (decodings.size() == 1 && decodings.getFirst().score() >= CONFIDENT) {
            Scored only = decodings.getFirst();
            return DraftFileReader.finish(only.text(), only.charset().name());
        }
        return uncertain(bytes, decodings);
    }

    /**
     * Candidates best score first (a stable sort, so ties keep the given order), each only if its
     * text passes the checks; if none does, the best one's refusal.
     */
    private static DraftFileResult uncertain(byte[] bytes, List<Scored> decodings) {
        List<Scored> ranked = new ArrayList<>(decodings);
        ranked.sort(Comparator.comparingDouble(Scored::score).reversed());
        List<Candidate> candidates = new ArrayList<>(ranked.size());
        Reason firstRefusal = null;
        for (Scored scored : ranked) {
            DraftFileReader.Checked checked = DraftFileReader.check(scored.text());
            if (checked.refusal() != null) {
                firstRefusal = firstRefusal == null ? checked.refusal() : firstRefusal;
            } else {
                candidates.add(new Candidate(scored.charset(), preview(checked.text())));
            }
        }
        return candidates.isEmpty() ? new Refused(firstRefusal) : new Uncertain(bytes, candidates);
    }

    private static String preview(String text) {
        int end = 0;
        for (int n = 0; n < DraftFileReader.PREVIEW_CHARS && end < text.length(); n++) {
            end += Character.charCount(text.codePointAt(end));
        }
        return text.substring(0, end);
    }

    /** The decoded text, or null when the bytes are not valid (or not mappable) in {@code charset}. */
    static String strictDecode(byte[] bytes, int offset, Charset charset) {
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /**
     * Seven-bit bytes that switch to JIS X 0208 with ESC $ B or ESC $ @: no other encoding here
     * has escape sequences, and text in them is not ASCII (whose ESC would be a control character).
     */
    private static boolean isIso2022Jp(byte[] bytes) {
        boolean switches = false;
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xFF;
            if (b >= 0x80 || b == 0) {
                return false;
            }
            if (b == 0x1B && i + 2 < bytes.length && bytes[i + 1] == '$' && (bytes[i + 2] == 'B' || bytes[i + 2] == '@')) {
                switches = true;
            }
        }
        return switches;
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private record Scored(Charset charset, String text, double score) {}
}
