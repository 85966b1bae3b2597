package jp.akapen.manuscript.ui;

/**
 * Which of the upload's limits a refused request broke, told from the exception Vaadin or the
 * servlet container gave for it: their limit exceptions are not public types, so they are known by
 * name ({@code UploadFileCountLimitExceededException}, Tomcat's {@code FileCountLimitExceededException};
 * {@code UploadSizeLimitExceededException}, {@code FileSizeLimitExceededException}, …) anywhere in
 * the chain of causes.
 */
final class UploadLimits {

    /** The HTTP status and the sentence ({@code {0}}: the limit in MB) for each way a request fails. */
    enum Breach {
        TOO_MANY_FILES(400, "manuscript.upload.refused.too-many-files"),
        TOO_LARGE(413, "manuscript.upload.refused.request-too-large"),
        FAILED(500, "manuscript.upload.refused.failed");

        private final int status;
        private final String messageKey;

        Breach(int status, String messageKey) {
            this.status = status;
            this.messageKey = messageKey;
        }

        int status() {
            return status;
        }

        String messageKey() {
            return messageKey;
        }
    }

    private UploadLimits() {
    }

    static Breach breach(Throwable failure) {
        int depth = 0;
        for (Throwable t = failure; t != null && depth < 20; t = t.getCause(), depth++) {
            String name = t.getClass().getSimpleName();
            if (name.contains("CountLimit")) {
                return Breach.TOO_MANY_FILES;
            }
            if (name.contains("SizeLimit") || name.contains("SizeException")) {
                return Breach.TOO_LARGE;
            }
        }
        return Breach.FAILED;
    }
}
