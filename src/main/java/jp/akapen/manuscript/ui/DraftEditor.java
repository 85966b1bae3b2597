package jp.akapen.manuscript.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;
import jp.akapen.manuscript.ConcurrentEditException;
import jp.akapen.manuscript.Manuscript;
import jp.akapen.manuscript.ManuscriptException;
import jp.akapen.manuscript.ManuscriptService;
import jp.akapen.manuscript.Version;
import jp.akapen.manuscript.VersionOrigin;
import jp.akapen.shared.ui.SessionWatch;
import jp.akapen.shared.ui.UnsavedText;

/**
 * The resident's draft: write or paste, or read a file in; saving makes a new version. What was
 * typed stays in the editor whatever goes wrong.
 */
class DraftEditor extends Div {

    private final ManuscriptService manuscripts;
    private final long manuscriptId;
    private final Consumer<Version> onSaved;
    private final TextArea text = new TextArea();
    private final Span source = new Span();
    private int basedOn;
    /** The text as last saved (or as loaded), to tell whether the editor holds unsaved edits. */
    private String saved;
    private TextUpload.Imported imported;
    private final UnsavedText unsaved;

    /**
     * @param typed text typed in the page's previous editor and not saved, kept when the page shows a newer state
     *              (issue 23), or null
     */
    DraftEditor(ManuscriptService manuscripts, SessionWatch sessions, Manuscript manuscript, Version latest,
            String typed, Consumer<Version> onSaved) {
        this.manuscripts = manuscripts;
        this.manuscriptId = manuscript.id();
        this.onSaved = onSaved;
        this.basedOn = latest == null ? 0 : latest.number();
        addClassName("draft-editor");
        text.setLabel(getTranslation("manuscript.draft.label"));
        text.setWidthFull();
        text.addClassName("manuscript-editor");
        saved = latest == null ? "" : latest.body();
        text.setValue(typed == null ? saved : typed);
        unsaved = new UnsavedText(text, "draft-" + manuscript.id(), () -> saved, sessions);
        text.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                imported = null;
                source.setText("");
            }
        });
        source.addClassName("import-source");
        var save = new Button(getTranslation("manuscript.draft.save"), click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-draft");
        add(new TextUpload(this::show, this::hasUnsavedEdits), unsaved, source, text, save);
        if (typed != null) {
            var kept = new Paragraph(getTranslation("manuscript.draft.kept", basedOn));
            kept.addClassName("kept-note");
            addComponentAtIndex(1, kept);
        }
    }

    /** What was typed and not saved, or null. */
    String typed() {
        return hasUnsavedEdits() ? text.getValue() : null;
    }

    private void show(TextUpload.Imported file) {
        imported = file;
        text.setValue(file.text());
        source.setText(getTranslation("manuscript.upload.read", file.fileName(), Labels.charset(file.charset())));
    }

    private boolean hasUnsavedEdits() {
        return !text.getValue().replace("\r\n", "\n").equals(saved);
    }

    private void save() {
        try {
            var origin = imported == null ? VersionOrigin.DRAFT : VersionOrigin.UPLOAD;
            Version version = manuscripts.saveDraft(manuscriptId, basedOn, text.getValue(), origin,
                    imported == null ? null : imported.fileName(), imported == null ? null : imported.charset());
            basedOn = version.number();
            saved = version.body();
            imported = null;
            source.setText("");
            text.setInvalid(false);
            unsaved.saved();
            Notification.show(getTranslation("manuscript.draft.saved", version.number()))
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            onSaved.accept(version);
        } catch (ConcurrentEditException stale) {
            text.setInvalid(true);
            text.setErrorMessage(getTranslation("manuscript.draft.stale"));
        } catch (ManuscriptException refused) {
            text.setInvalid(true);
            text.setErrorMessage(getTranslation(refused.messageKey()));
        }
    }
}
