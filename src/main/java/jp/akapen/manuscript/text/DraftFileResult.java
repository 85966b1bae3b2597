package jp.akapen.manuscript.text;

import java.nio.charset.Charset;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.Objects;

/** What {@link DraftFileReader} made of an upload: text, a question for the user, or a refusal. */
public sealed interface DraftFileResult {

    /**
     * The draft's text, with line endings normalised to {@code \n} and otherwise as written (no
     * Unicode normalisation).
     *
     * @param charsetName the name of the {@link Charset} it was decoded with ({@code "UTF-8"},
     *     {@code "UTF-16LE"}, {@code "UTF-16BE"}, {@code "windows-31j"} for Shift_JIS as Windows
     *     writes it, {@code "EUC-JP"}, or whatever {@link DraftFileReader#decodeAs} was given), or
     *     {@code "docx"}
     * @param notices what the writer should know about how the file was read (empty for most files)
     */
    record Text(String text, String charsetName, Set<Notice> notices) implements DraftFileResult {
        public Text {
            Objects.requireNonNull(text);
            Objects.requireNonNull(charsetName);
            notices = notices.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(notices));
        }

        public Text(String text, String charsetName) {
            this(text, charsetName, Set.of());
        }

        /** Leaves the draft itself out, so that logging a result never copies a resident's text. */
        @Override
        public String toString() {
            return "Text[" + text.codePointCount(0, text.length()) + " characters, " + charsetName + ", " + notices + "]";
        }
    }

    /**
     * The encoding could not be told for certain. The user picks one of the candidates (best
     * first) by its preview, and {@link DraftFileReader#decodeAs} then decodes {@code bytes} with it.
     *
     * @param bytes the upload as received (not copied; do not change it)
     */
    record Uncertain(byte[] bytes, List<Candidate> candidates) implements DraftFileResult {
        public Uncertain {
            Objects.requireNonNull(bytes);
            candidates = List.copyOf(candidates);
        }

        @Override
        public String toString() {
            return "Uncertain[" + bytes.length + " bytes, " + candidates + "]";
        }
    }

    /** The upload cannot become a draft; {@code reason} names the message to show. */
    record Refused(Reason reason) implements DraftFileResult {
        public Refused {
            Objects.requireNonNull(reason);
        }
    }

    /**
     * Something in a file that the text alone does not show; i18n keys are
     * {@code manuscript.upload.notice.<name in lower case, - for _>}.
     */
    enum Notice {
        /**
         * A .docx with tracked changes (w:ins, w:del, w:moveFrom, w:moveTo): read as if all were
         * accepted, i.e. inserted and moved-in text kept, deleted and moved-away text left out.
         */
        TRACKED_CHANGES_ACCEPTED,
        /** A .docx with comments: their text is left out. */
        COMMENTS_LEFT_OUT
    }

    /** Why an upload was refused; i18n keys are {@code manuscript.upload.refused.<name in lower case>}. */
    enum Reason {
        /** nothing, or only white space */
        EMPTY,
        /** more than {@link DraftFileReader#MAX_BYTES} bytes */
        TOO_LARGE,
        /** more than {@link DraftFileReader#MAX_CHARS} characters after decoding */
        TOO_LONG,
        /** a picture, a PDF, a program or other non-text file */
        BINARY,
        /** not valid in any encoding we read (UTF-8, UTF-16, Shift_JIS, EUC-JP) */
        UNDECODABLE,
        /** not a .md, .txt or .docx file name */
        UNSUPPORTED_TYPE,
        /** a .docx that is not a Word document or is damaged */
        DOCX_UNREADABLE,
        /** a .docx with too many parts or that unpacks to too much (a zip bomb) */
        DOCX_TOO_LARGE,
        /** control characters other than line breaks and tabs */
        CONTROL_CHARACTERS
    }

    /**
     * One possible encoding of an {@link Uncertain} upload.
     *
     * @param text a preview: the start of the upload decoded with {@code charset}, at most
     *     {@link DraftFileReader#PREVIEW_CHARS} characters, line endings normalised
     */
    record Candidate(Charset charset, String text) {
        public Candidate {
            Objects.requireNonNull(charset);
            Objects.requireNonNull(text);
        }

        @Override
        public String toString() {
            return "Candidate[" + charset.name() + "]";
        }
    }
}
