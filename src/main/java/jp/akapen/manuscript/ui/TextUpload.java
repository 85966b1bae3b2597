package jp.akapen.manuscript.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import jp.akapen.shared.ui.UploadTexts;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.server.streams.UploadResult;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import jp.akapen.manuscript.text.DraftFileReader;
import jp.akapen.manuscript.text.DraftFileResult;

/**
 * Reads a .md, .txt or .docx file into text for an editor, without saving anything: the person
 * sees the text first. The limits are the same in the browser and on the server: one file of at
 * most {@link DraftFileReader#MAX_BYTES} per upload. Bytes are counted here on the server (Vaadin
 * sets no limit) and a request with more than one file is refused whatever sent it. Every refusal,
 * the browser's or the server's, is said in place next to the upload and stays until the person
 * uploads again or dismisses it. When the editor holds unsaved edits, the person is asked before
 * they are replaced; when the encoding is uncertain, the person picks it from previews.
 */
class TextUpload extends Div {

    /** Text read from a file, ready to be shown in an editor. */
    record Imported(String text, String fileName, String charset) {
    }

    static final List<String> ACCEPTED = List.of(".md", ".txt", ".docx");

    /** Room for a multipart body's boundaries and headers around a file of the largest size. */
    static final long MULTIPART_ENVELOPE = 64 * 1024;

    private static final int PREVIEW = 160;

    private final Consumer<Imported> onText;
    private final BooleanSupplier unsavedEdits;
    private final Upload upload;
    private final Button chooseFile = new Button(getTranslation("manuscript.upload.button"));
    private final Div status = new Div();
    private final Span statusText = new Span();
    private volatile UI ui;

    /**
     * @param unsavedEdits whether the editor holds text that a read file would replace without it
     *     being saved; if so, the person is asked first
     */
    TextUpload(Consumer<Imported> onText, BooleanSupplier unsavedEdits) {
        this.onText = onText;
        this.unsavedEdits = unsavedEdits;
        addClassName("text-upload");
        upload = new Upload(new DraftUploadHandler());
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) DraftFileReader.MAX_BYTES);
        upload.setAcceptedFileTypes(ACCEPTED.toArray(String[]::new));
        upload.setI18n(i18n());
        upload.setDropLabel(new Span(getTranslation("upload.drop")));
        upload.setUploadButton(chooseFile);
        upload.addSucceededListener(done -> upload.clearFileList());
        upload.addFileRejectedListener(rejected -> refusedInBrowser(rejected.getFileName(), rejected.getErrorMessage()));

        status.addClassName("upload-status");
        statusText.addClassName("upload-status-text");
        var dismiss = new Button(getTranslation("manuscript.upload.dismiss"), click -> clearStatus());
        dismiss.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        dismiss.addClassName("upload-status-dismiss");
        status.add(statusText, dismiss);
        status.setVisible(false);

        add(upload, status, new Paragraph(getTranslation("manuscript.upload.help", megabytes())));
        addAttachListener(attached -> ui = attached.getUI());
        addDetachListener(detached -> ui = null);
    }

    /** Puts the keyboard on the button that picks a file, for an upload shown where a button was. */
    void focusChooser() {
        chooseFile.focus();
    }

    private static long megabytes() {
        return DraftFileReader.MAX_BYTES / (1024 * 1024);
    }

    private UploadI18N i18n() {
        return UploadTexts.of(this, getTranslation("manuscript.upload.button"), getTranslation("manuscript.upload.incorrect-type"), megabytes());
    }

    /** What the upload does with a file; package-private for tests without a browser. */
    void receive(String fileName, InputStream in) throws IOException {
        try (in) {
            receive(fileName, DraftFileReader.read(fileName, in));
        }
    }

    /** The message shown next to the upload, or empty when none is; for tests without a browser. */
    String statusMessage() {
        return status.isVisible() ? statusText.getText() : "";
    }

    private void receive(String fileName, DraftFileResult result) {
        clearStatus();
        switch (result) {
            case DraftFileResult.Text text -> {
                upload.clearFileList();
                if (unsavedEdits.getAsBoolean()) {
                    confirmReplace(fileName, text);
                } else {
                    use(fileName, text);
                }
            }
            case DraftFileResult.Uncertain uncertain -> chooseEncoding(fileName, uncertain);
            case DraftFileResult.Refused refused -> {
                // the browser marks the file failed (the server said 422); our sentence says why
                upload.clearFileList();
                showRefusal(refusal(refused.reason(), fileName, getLocale()));
            }
        }
    }

    private void use(String fileName, DraftFileResult.Text text) {
        onText.accept(new Imported(text.text(), fileName, text.charsetName()));
        if (!text.notices().isEmpty()) {
            String notices = String.join(" ", text.notices().stream()
                    .map(n -> getTranslation("manuscript.upload.notice." + key(n.name()), fileName)).toList());
            showStatus(notices, false);
        }
    }

    private void confirmReplace(String fileName, DraftFileResult.Text text) {
        var dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("manuscript.upload.replace.title"));
        dialog.setText(getTranslation("manuscript.upload.replace.message", fileName));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("manuscript.cancel"));
        var replace = new Button(getTranslation("manuscript.upload.replace.confirm"), click -> {
            dialog.close();
            use(fileName, text);
        });
        replace.setId("confirm-replace");
        replace.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        dialog.setConfirmButton(replace);
        dialog.open();
    }

    private void refusedInBrowser(String fileName, String browserMessage) {
        UploadI18N.Error texts = upload.getI18n().getError();
        String key;
        if (browserMessage != null && browserMessage.equals(texts.getFileIsTooBig())) {
            key = "manuscript.upload.refused.too-large";
        } else if (browserMessage != null && browserMessage.equals(texts.getTooManyFiles())) {
            key = "manuscript.upload.refused.too-many-files";
        } else {
            key = "manuscript.upload.refused.unsupported-type";
        }
        showRefusal(getTranslation(key, fileName));
    }

    private String refusal(DraftFileResult.Reason reason, String fileName, Locale locale) {
        return getTranslation(locale, "manuscript.upload.refused." + key(reason.name()), fileName);
    }

    private static String key(String enumName) {
        return enumName.toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private void showRefusal(String message) {
        showStatus(message, true);
    }

    private void showStatus(String message, boolean refusal) {
        statusText.setText(message);
        status.setClassName("upload-refusal", refusal);
        status.setClassName("upload-notice", !refusal);
        status.getElement().setAttribute("role", refusal ? "alert" : "status");
        status.setVisible(true);
    }

    private void clearStatus() {
        statusText.setText("");
        status.setVisible(false);
    }

    private void chooseEncoding(String fileName, DraftFileResult.Uncertain uncertain) {
        var dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("manuscript.upload.encoding-title"));
        var choice = new RadioButtonGroup<DraftFileResult.Candidate>();
        choice.setItems(uncertain.candidates());
        choice.setRenderer(new com.vaadin.flow.data.renderer.ComponentRenderer<>(candidate -> {
            var name = new Span(Labels.charset(candidate.charset().name()));
            name.addClassName("encoding-name");
            var preview = new Span(preview(candidate.text()));
            preview.addClassName("encoding-preview");
            return new Div(name, preview);
        }));
        choice.setValue(uncertain.candidates().getFirst());
        var use = new Button(getTranslation("manuscript.upload.encoding-use"), click -> {
            dialog.close();
            receive(fileName, DraftFileReader.decodeAs(uncertain.bytes(), choice.getValue().charset()));
        });
        use.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new Paragraph(getTranslation("manuscript.upload.encoding-help", fileName)), choice);
        dialog.getFooter().add(new Button(getTranslation("manuscript.cancel"), click -> dialog.close()), use);
        dialog.open();
    }

    private static String preview(String text) {
        String flat = text.replace('\n', ' ');
        return flat.length() <= PREVIEW ? flat : flat.substring(0, PREVIEW) + "…";
    }

    /**
     * The server's side of the upload. Vaadin calls it for the browser's raw upload and for any
     * multipart request; both are held to one file of {@link DraftFileReader#MAX_BYTES}.
     */
    private final class DraftUploadHandler implements UploadHandler {

        @Override
        public void handleUploadRequest(UploadEvent event) throws IOException {
            String name = event.getFileName();
            DraftFileResult result;
            if (event.getFileSize() > DraftFileReader.MAX_BYTES) {
                // the declared size is enough to say no: nothing is read
                result = new DraftFileResult.Refused(DraftFileResult.Reason.TOO_LARGE);
            } else {
                try (InputStream in = event.getInputStream()) {
                    result = DraftFileReader.read(name, in);
                }
            }
            UI target = event.getUI();
            if (result instanceof DraftFileResult.Refused refused) {
                event.reject(refusal(refused.reason(), name, target.getLocale()));
            }
            target.access(() -> receive(name, result));
        }

        @Override
        public long getFileCountMax() {
            return 1;
        }

        @Override
        public long getFileSizeMax() {
            return DraftFileReader.MAX_BYTES;
        }

        @Override
        public long getRequestSizeMax() {
            return DraftFileReader.MAX_BYTES + MULTIPART_ENVELOPE;
        }

        /**
         * A request Vaadin refused before it reached {@link #handleUploadRequest} (more than one
         * file, too many bytes, or a body the container would not parse) gets the portal's own
         * sentence, as the response and next to the upload.
         */
        @Override
        public void responseHandled(UploadResult result) {
            if (result.success() || result.exception() == null) {
                UploadHandler.super.responseHandled(result);
                return;
            }
            UI target = ui;
            Locale locale = target == null ? Locale.JAPANESE : target.getLocale();
            UploadLimits.Breach breach = UploadLimits.breach(result.exception());
            String message = getTranslation(locale, breach.messageKey(), megabytes());
            VaadinResponse response = result.response();
            try {
                response.setStatus(breach.status());
                response.setContentType("text/plain;charset=UTF-8");
                response.getOutputStream().write(message.getBytes(StandardCharsets.UTF_8));
            } catch (IOException | IllegalStateException e) {
                // the browser has gone or the response was already sent; the page still says why
            }
            if (target != null) {
                target.access(() -> {
                    upload.clearFileList();
                    showRefusal(message);
                });
            }
        }
    }
}
