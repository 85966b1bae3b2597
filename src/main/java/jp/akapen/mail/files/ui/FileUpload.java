package jp.akapen.mail.files.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
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
        setDropLabel(new Span(getTranslation("manuscript.upload.drop")));
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
        long mb = megabytes();
        return new UploadI18N()
                .setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("manuscript.upload.drop"))
                        .setMany(getTranslation("manuscript.upload.drop")))
                .setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("files.upload.button"))
                        .setMany(getTranslation("files.upload.button")))
                .setError(new UploadI18N.Error()
                        .setTooManyFiles(getTranslation("manuscript.upload.i18n.too-many-files"))
                        .setFileIsTooBig(getTranslation("manuscript.upload.i18n.file-too-big", mb))
                        .setIncorrectFileType(getTranslation("manuscript.upload.i18n.incorrect-type")))
                .setUploading(new UploadI18N.Uploading()
                        .setStatus(new UploadI18N.Uploading.Status()
                                .setConnecting(getTranslation("manuscript.upload.i18n.connecting"))
                                .setStalled(getTranslation("manuscript.upload.i18n.stalled"))
                                .setProcessing(getTranslation("manuscript.upload.i18n.processing"))
                                .setHeld(getTranslation("manuscript.upload.i18n.held")))
                        .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                                .setPrefix(getTranslation("manuscript.upload.i18n.remaining"))
                                .setUnknown(getTranslation("manuscript.upload.i18n.remaining-unknown")))
                        .setError(new UploadI18N.Uploading.Error()
                                .setServerUnavailable(getTranslation("manuscript.upload.i18n.server-unavailable"))
                                .setUnexpectedServerError(getTranslation("manuscript.upload.i18n.server-error"))
                                .setForbidden(getTranslation("manuscript.upload.i18n.refused"))
                                .setFileTooLarge(getTranslation("manuscript.upload.i18n.file-too-big", mb))))
                .setFile(new UploadI18N.File()
                        .setRetry(getTranslation("manuscript.upload.i18n.retry"))
                        .setStart(getTranslation("manuscript.upload.i18n.start"))
                        .setRemove(getTranslation("manuscript.upload.i18n.remove")))
                .setUnits(List.of("B", "kB", "MB", "GB", "TB"));
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
