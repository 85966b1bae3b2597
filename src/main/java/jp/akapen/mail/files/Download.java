package jp.akapen.mail.files;

/** What a download link gave: the file, or why not, with the HTTP status the answer carries. */
public sealed interface Download {

    record Granted(String name, String mediaType, byte[] content, String sha256) implements Download {

        /** {@code attachment} with the name in UTF-8 (RFC 5987) and an ASCII stand-in. */
        public String contentDisposition() {
            return DownloadHeaders.attachment(name);
        }

        @Override
        public String toString() {
            return "Granted[" + content.length + " bytes, " + sha256 + "]";
        }
    }

    /** Why a link gave nothing; the key names the page's sentence ({@code files.download.<key>}). */
    enum Refusal {
        /** No such link: 404. */
        UNKNOWN(404),
        EXPIRED(410),
        REVOKED(410),
        /** Signed in, but the file is not shared with this reader: 403, and logged. */
        NOT_ALLOWED(403),
        /** The file's key was destroyed (erased). */
        ERASED(410);

        private final int status;

        Refusal(int status) {
            this.status = status;
        }

        public int status() {
            return status;
        }

        public String key() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    record Refused(Refusal refusal) implements Download {
    }
}
