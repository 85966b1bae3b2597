package jp.akapen.manuscript.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.Locale;
import java.util.Objects;
import jp.akapen.manuscript.text.DraftFileResult.Reason;
import jp.akapen.manuscript.text.DraftFileResult.Refused;
import jp.akapen.manuscript.text.DraftFileResult.Text;

/**
 * Turns an uploaded draft (W1) into text. Text files are decoded as described in
 * {@link EncodingDetector}; .docx files are checked by {@link DocxReader} before Apache POI opens them.
 *
 * <p>Every text that comes out, whatever the format, has passed the same checks: line endings
 * become {@code \n}; a U+FEFF (byte order mark) anywhere is dropped, as it is invisible and only
 * ever left over from joining files; NUL means {@link Reason#BINARY}; any other control character
 * except {@code \n} and {@code \t} (C0, DEL, C1 U+0080–U+009F) means
 * {@link Reason#CONTROL_CHARACTERS}; nothing but white space means {@link Reason#EMPTY}; more than
 * {@link #MAX_CHARS} code points means {@link Reason#TOO_LONG}. The text is otherwise kept exactly as
 * written: no Unicode normalisation (NFC would change some compatibility kanji a writer chose), no
 * mapping between look-alikes such as U+301C WAVE DASH and U+FF5E FULLWIDTH TILDE, no trimming.
 */
public final class DraftFileReader {

    /** Upload limit, in bytes as counted on the server. */
    public static final long MAX_BYTES = 2 * 1024 * 1024;

    /** Text limit after decoding, in code points (a line break counts as one). */
    public static final int MAX_CHARS = 200_000;

    /** How many code points of each {@link DraftFileResult.Candidate}'s decoding are kept as its preview. */
    public static final int PREVIEW_CHARS = 400;

    private DraftFileReader() {}

    /**
     * Reads the upload. {@code fileName} decides the format (.md, .txt, .docx; case-insensitive).
     * Never throws for bad input: returns a {@link DraftFileResult}. Reads at most
     * {@link #MAX_BYTES} + 1 bytes itself and refuses beyond; does not close {@code in}.
     *
     * @throws UncheckedIOException only when reading {@code in} itself fails (for example, the
     *     browser went away during the upload)
     */
    public static DraftFileResult read(String fileName, InputStream in) {
        Objects.requireNonNull(in);
        Format format = Format.of(fileName);
        if (format == null) {
            return new Refused(Reason.UNSUPPORTED_TYPE);
        }
        byte[] bytes;
        try {
            bytes = in.readNBytes((int) MAX_BYTES + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (bytes.length > MAX_BYTES) {
            return new Refused(Reason.TOO_LARGE);
        }
        if (bytes.length == 0) {
            return new Refused(Reason.EMPTY);
        }
        return switch (format) {
            case TEXT -> EncodingDetector.decode(bytes);
            case DOCX -> DocxReader.read(bytes);
        };
    }

    /**
     * Decodes bytes with a charset the user picked after an uncertain detection. Decoding is strict:
     * bytes that are not valid in {@code charset} give {@link Reason#UNDECODABLE}. A leading byte
     * order mark is dropped.
     */
    public static DraftFileResult decodeAs(byte[] bytes, Charset charset) {
        Objects.requireNonNull(bytes);
        Objects.requireNonNull(charset);
        if (bytes.length > MAX_BYTES) {
            return new Refused(Reason.TOO_LARGE);
        }
        if (bytes.length == 0) {
            return new Refused(Reason.EMPTY);
        }
        String decoded = EncodingDetector.strictDecode(bytes, 0, charset);
        return decoded == null ? new Refused(Reason.UNDECODABLE) : finish(decoded, charset.name());
    }

    /** The checks every decoded text goes through (see the class comment). */
    static DraftFileResult finish(String decoded, String charsetName) {
        Checked checked = check(decoded);
        return checked.refusal() != null
                ? new Refused(checked.refusal())
                : new Text(checked.text(), charsetName);
    }

    /** The text after the checks, or why it was refused. */
    record Checked(String text, Reason refusal) {}

    static Checked check(String decoded) {
        String text = decoded.indexOf('\uFEFF') >= 0 ? decoded.replace("\uFEFF", "") : decoded;
        if (text.indexOf('\r') >= 0) {
            text = text.replace("\r\n", "\n").replace('\r', '\n');
        }
        if (text.indexOf('\0') >= 0) {
            return new Checked(null, Reason.BINARY);
        }
        for (int i = 0; i < text.length(); i++) {
            if (isForbiddenControl(text.charAt(i))) {
                return new Checked(null, Reason.CONTROL_CHARACTERS);
            }
        }
        if (text.isBlank()) {
            return new Checked(null, Reason.EMPTY);
        }
        if (text.length() > MAX_CHARS && text.codePointCount(0, text.length()) > MAX_CHARS) {
            return new Checked(null, Reason.TOO_LONG);
        }
        return new Checked(text, null);
    }

    /** C0 controls other than line feed and tab, DEL, and the C1 controls U+0080–U+009F. */
    static boolean isForbiddenControl(char c) {
        return (c < 0x20 && c != '\n' && c != '\t') || (c >= 0x7F && c <= 0x9F);
    }

    private enum Format {
        TEXT,
        DOCX;

        static Format of(String fileName) {
            if (fileName == null) {
                return null;
            }
            String name = fileName.strip();
            int dot = name.lastIndexOf('.');
            if (dot < 0) {
                return null;
            }
            return switch (name.substring(dot + 1).toLowerCase(Locale.ROOT)) {
                case "md", "txt" -> TEXT;
                case "docx" -> DOCX;
                default -> null;
            };
        }
    }
}
