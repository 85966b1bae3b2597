package jp.akapen.mail.files.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import jp.akapen.shared.ui.UploadTexts;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import jp.akapen.mail.files.PortalFiles;

/**
 * The portal's upload widget for files (issue 12 item 5), under the same limits as a manuscript's: one file per
 * request, at most {@link PortalFiles#MAX_BYTES}, counted here on the server (Vaadin sets no limit; the portal's
 * {@code UploadLimitFilter} refuses larger requests before they are read). The texts are the manuscript upload's, but for the
 * button, which names no file types (any file may be shared).
 */
class FileUpload extends Upload {

    /** What arrived, or why nothing did ({@code tooLarge}). */
    record Received(String fileName, String mediaType, byte[] content, boolean tooLarge) {
    }

    private static final long MULTIPART_ENVELOPE = 64 * 1024;

    FileUpload(java.util.function.Consumer<Received> onReceived) {
        setUploadHandler(new Handler(onReceived));
        setMaxFiles(1);
        setMaxFileSize((int) PortalFiles.MAX_BYTES);
        setI18n(i18n());
        setDropLabel(new Span(getTranslation("upload.drop")));
        setUploadButton(new Button(getTranslation("files.upload.button")));
        addClassName("file-upload");
        addSucceededListener(done -> clearFileList());
    }

    static long megabytes() {
        return PortalFiles.MAX_BYTES / (1024 * 1024);
    }

    /** Reads at most {@code limit + 1} bytes, so a body that lies about its size is still cut off. */
    static Received read(String fileName, String mediaType, InputStream in, long limit) throws IOException {
        var out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        long total = 0;
        for (int n; (n = in.read(buffer)) > 0; ) {
            total += n;
            if (total > limit) {
                return new Received(fileName, mediaType, null, true);
            }
            out.write(buffer, 0, n);
        }
        return new Received(fileName, mediaType, out.toByteArray(), false);
    }

    private UploadI18N i18n() {
        return UploadTexts.of(this, getTranslation("files.upload.button"), getTranslation("upload.incorrect-type"), megabytes());
    }

    private static final class Handler implements UploadHandler {

        private final java.util.function.Consumer<Received> onReceived;

        Handler(java.util.function.Consumer<Received> onReceived) {
            this.onReceived = onReceived;
        }

        @Override
        public void handleUploadRequest(UploadEvent event) throws IOException {
            Received received;
            if (event.getFileSize() > PortalFiles.MAX_BYTES) {
                received = new Received(event.getFileName(), event.getContentType(), null, true);
            } else {
                try (InputStream in = event.getInputStream()) {
                    received = read(event.getFileName(), event.getContentType(), in, PortalFiles.MAX_BYTES);
                }
            }
            UI target = event.getUI();
            Received result = received;
            target.access(() -> onReceived.accept(result));
        }

        @Override
        public long getFileCountMax() {
            return 1;
        }

        @Override
        public long getFileSizeMax() {
            return PortalFiles.MAX_BYTES;
        }

        @Override
        public long getRequestSizeMax() {
            return PortalFiles.MAX_BYTES + MULTIPART_ENVELOPE;
        }
    }
}
