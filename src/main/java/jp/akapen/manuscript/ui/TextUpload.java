package jp.akapen.manuscript.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.function.Consumer;
import jp.akapen.manuscript.text.DraftFileReader;
import jp.akapen.manuscript.text.DraftFileResult;

/**
 * Reads a .md, .txt or .docx file into text for an editor, without saving anything: the person
 * sees the text first. Bytes are counted here on the server (Vaadin sets no limit); when the
 * encoding is uncertain, the person picks it from previews.
 */
class TextUpload extends Div {

    /** Text read from a file, ready to be shown in an editor. */
    record Imported(String text, String fileName, String charset) {
    }

    private static final int PREVIEW = 160;

    private final Consumer<Imported> onText;

    TextUpload(Consumer<Imported> onText) {
        this.onText = onText;
        addClassName("text-upload");
        var upload = new Upload((UploadHandler) event -> {
            String name = event.getFileName();
            DraftFileResult result;
            try (InputStream in = event.getInputStream()) {
                result = DraftFileReader.read(name, in);
            }
            UI ui = event.getUI();
            ui.access(() -> receive(name, result));
        });
        upload.setMaxFiles(1);
        upload.setAcceptedFileTypes(".md", ".txt", ".docx");
        upload.setDropLabel(new Span(getTranslation("manuscript.upload.drop")));
        upload.setUploadButton(new Button(getTranslation("manuscript.upload.button")));
        upload.addSucceededListener(done -> upload.clearFileList());
        add(upload, new Paragraph(getTranslation("manuscript.upload.help",
                DraftFileReader.MAX_BYTES / (1024 * 1024))));
    }

    /** What the upload does with a file; package-private for tests without a browser. */
    void receive(String fileName, InputStream in) throws IOException {
        try (in) {
            receive(fileName, DraftFileReader.read(fileName, in));
        }
    }

    private void receive(String fileName, DraftFileResult result) {
        switch (result) {
            case DraftFileResult.Text text -> onText.accept(new Imported(text.text(), fileName, text.charsetName()));
            case DraftFileResult.Uncertain uncertain -> chooseEncoding(fileName, uncertain);
            case DraftFileResult.Refused refused -> {
                var key = "manuscript.upload.refused." + refused.reason().name().toLowerCase(Locale.ROOT).replace('_', '-');
                var notification = Notification.show(getTranslation(key, fileName));
                notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
                notification.setDuration(8000);
            }
        }
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
}
