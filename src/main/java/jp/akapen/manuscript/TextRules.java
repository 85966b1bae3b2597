package jp.akapen.manuscript;

import java.util.Optional;

/**
 * What any manuscript text must satisfy, however it arrived (typed, pasted, uploaded, corrected):
 * line breaks as \n, no control characters but \n and \t, not blank, not longer than a request
 * should carry.
 */
public final class TextRules {

    public static final int MAX_CODE_POINTS = 200_000;
    /** A reason's comment or a reply on a change. */
    public static final int MAX_COMMENT = 2_000;

    private TextRules() {
    }

    public static String normalise(String text) {
        return text == null ? "" : text.replace("\r\n", "\n").replace('\r', '\n');
    }

    /** The message key of the first rule the (normalised) text breaks. */
    public static Optional<String> problem(String text) {
        if (text.isBlank()) {
            return Optional.of("manuscript.error.empty");
        }
        if (text.codePointCount(0, text.length()) > MAX_CODE_POINTS) {
            return Optional.of("manuscript.error.too-long");
        }
        boolean control = text.codePoints().anyMatch(c -> c != '\n' && c != '\t'
                && (Character.getType(c) == Character.CONTROL || c == 0xFEFF || (c >= 0xFFF9 && c <= 0xFFFB)));
        return control ? Optional.of("manuscript.error.control-characters") : Optional.empty();
    }

    /** Normalised text, or a {@link ManuscriptException} naming what is wrong with it. */
    static String require(String text) {
        String normalised = normalise(text);
        problem(normalised).ifPresent(key -> {
            throw new ManuscriptException(key);
        });
        return normalised;
    }

    /**
     * A comment or reply on a change, normalised and stripped; empty when blank. Too long or with
     * control characters, it is refused with a {@link ManuscriptException}.
     */
    static String comment(String text) {
        String comment = text == null ? "" : normalise(text.strip());
        if (comment.length() > MAX_COMMENT || !comment.isEmpty() && problem(comment).isPresent()) {
            throw new ManuscriptException("manuscript.error.comment");
        }
        return comment;
    }
}
