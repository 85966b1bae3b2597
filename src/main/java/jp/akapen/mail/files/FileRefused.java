package jp.akapen.mail.files;

/**
 * A file action the reader may not take, or that cannot be done, with the sentence that says why
 * ({@code files.refused.*} in the translations).
 */
public class FileRefused extends RuntimeException {

    public enum Reason { NOT_ALLOWED, NOT_FOUND, EMPTY, TOO_LARGE, ALREADY_ZIPPED }

    private final Reason reason;

    public FileRefused(Reason reason) {
        super("File refused: " + reason);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    public String messageKey() {
        return "files.refused." + reason.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
