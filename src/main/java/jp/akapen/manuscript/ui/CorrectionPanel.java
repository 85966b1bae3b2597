package jp.akapen.manuscript.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;
import jp.akapen.shared.ui.ListActions;
import jp.akapen.shared.ui.SessionWatch;
import jp.akapen.shared.ui.UnsavedText;
import java.util.List;
import java.util.function.Consumer;
import jp.akapen.manuscript.ConcurrentEditException;
import jp.akapen.manuscript.CorrectionService;
import jp.akapen.manuscript.ManuscriptException;
import jp.akapen.manuscript.ReturnBlockers;
import jp.akapen.manuscript.Round;
import jp.akapen.manuscript.TrackedChange;

/**
 * The contractor's side of an open round: edit the text (or read a corrected file in), save to see
 * the changes Akapen found, give each a reason and a comment, resolve conflicts, return the round.
 * It keeps of the round what its buttons need, not the round: its base text is read again if the
 * text with the changes is opened (issue 17).
 */
class CorrectionPanel extends Div {

    private static final String ANNOTATE = "annotate";

    private final CorrectionService corrections;
    private final long roundId;
    private final int lockVersion;
    /** The corrected text as saved: the editor's own value until something is typed. */
    private final String savedText;
    private final int applicable;
    private final Runnable reload;
    private final Consumer<Round> show;
    private final TextArea text = new TextArea();
    private final Div work = new Div();
    private final Div blockers = new Div();
    private final RoundAnnotations changes;
    private PagedCards cards;
    private AnnotationEditor editor;

    private final UnsavedText unsaved;

    /**
     * @param typed corrected text typed in the page's previous panel and not saved (issue 23), or null
     * @param show the page again with the round a save gives back, which is not read a second time
     */
    CorrectionPanel(CorrectionService corrections, SessionWatch sessions, Round round, String typed, Runnable reload,
            Consumer<Round> show) {
        this.corrections = corrections;
        this.roundId = round.id();
        this.lockVersion = round.lockVersion();
        this.savedText = round.correctedText();
        this.applicable = round.applicable().size();
        this.reload = reload;
        this.show = show;
        this.changes = new RoundAnnotations(round.changes(), this::showBlockers);
        addClassName("correction-panel");
        text.setLabel(getTranslation("manuscript.correction.label"));
        text.setWidthFull();
        text.addClassName("manuscript-editor");
        text.setValue(typed == null ? savedText : typed);
        unsaved = new UnsavedText(text, "correction-" + round.id(), () -> savedText, sessions);
        var save = new Button(getTranslation("manuscript.correction.save"), click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-correction");
        add(new Paragraph(getTranslation("manuscript.correction.help")), readFile(), unsaved, text, save, work);
        if (typed != null) {
            var kept = new Paragraph(getTranslation("manuscript.correction.kept"));
            kept.addClassName("kept-note");
            addComponentAtIndex(indexOf(text), kept);
        }

        add(new SuggestionsPanel(corrections, round, corrections.suggestions(round.id()),
                corrections.dismissedSuggestions(round.id()), this::edited, reload));

        if (!round.conflicts().isEmpty()) {
            add(conflicts(round));
        }
        add(new H3(getTranslation("manuscript.correction.changes", applicable)));
        long manuscriptId = round.manuscriptId();
        int number = round.number();
        add(TrackedText.onDemand(round, () -> corrections.round(manuscriptId, number)));
        cards = new PagedCards(round.applicable(), () -> corrections.round(manuscriptId, number).applicable(),
                this::annotatable);
        new ListActions(cards).onId(ANNOTATE, id -> editor().open(id));
        add(cards);

        var giveBack = new Button(getTranslation("manuscript.correction.return"), click -> confirmReturn());
        giveBack.addThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_PRIMARY);
        giveBack.setId("return-round");
        blockers.setId("return-blockers");
        blockers.addClassName("return-blockers");
        showBlockers();
        add(blockers, giveBack);
    }

    /**
     * A button that puts the file upload in its place: the upload is some 26 KB of every session that has it on the page
     * (issue 17), and the contractor mostly corrects in the editor.
     */
    private Button readFile() {
        var open = new Button(getTranslation("manuscript.correction.read-file"), VaadinIcon.UPLOAD_ALT.create());
        open.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        open.addClassName("read-file");
        open.addClickListener(click -> {
            var upload = new TextUpload(file -> {
                text.setValue(file.text());
                Notification.show(getTranslation("manuscript.upload.read", file.fileName(), Labels.charset(file.charset())));
            }, this::edited);
            replace(open, upload);
            upload.focusChooser();
        });
        return open;
    }

    /** Whether the editor holds something else than the saved text. */
    private boolean edited() {
        return !text.getValue().replace("\r\n", "\n").equals(savedText);
    }

    private void save() {
        String value = text.getValue();
        if (value.length() > Background.LONG_TEXT) {
            Background.run(work, () -> corrections.saveCorrection(roundId, lockVersion, value),
                    this::saved, this::refused);
        } else {
            try {
                saved(corrections.saveCorrection(roundId, lockVersion, value));
            } catch (ManuscriptException refused) {
                refused(refused);
            }
        }
    }

    /** What was typed and not saved, or null. */
    String typed() {
        return unsaved.unsaved() ? text.getValue() : null;
    }

    private void saved(Round round) {
        unsaved.saved();
        Notification.show(getTranslation("manuscript.correction.saved")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        show.accept(round);
    }

    private void refused(RuntimeException failure) {
        if (failure instanceof ConcurrentEditException) {
            text.setInvalid(true);
            text.setErrorMessage(getTranslation("manuscript.correction.stale"));
            return;
        }
        if (!(failure instanceof ManuscriptException refused)) {
            throw failure;
        }
        text.setInvalid(true);
        text.setErrorMessage(getTranslation(refused.messageKey()));
    }

    private Div conflicts(Round round) {
        var box = new Div(new H3(getTranslation("manuscript.conflict.title", round.conflicts().size())),
                new Paragraph(getTranslation("manuscript.conflict.help")));
        box.addClassName("conflicts");
        for (TrackedChange conflict : round.conflicts()) {
            var card = new ChangeCard(conflict);
            round.context(conflict).ifPresent(c -> card.showContext(c, getTranslation("manuscript.conflict.context")));
            var resolved = new Button(getTranslation("manuscript.conflict.resolved"), click -> {
                try {
                    corrections.resolveConflict(conflict.id());
                    reload.run();
                } catch (ManuscriptException refused) {
                    error(refused);
                }
            });
            resolved.addThemeVariants(ButtonVariant.LUMO_SMALL);
            card.actions().add(resolved);
            box.add(card);
        }
        return box;
    }

    /**
     * A change's card with its reason and comment as text; the one editor opens in it on demand. Its button is one of
     * the list's {@link ListActions}: the editor opens only for a change of this round.
     */
    private ChangeCard annotatable(TrackedChange change) {
        var card = new ChangeCard(change);
        card.actions().getElement().appendChild(ListActions.button(ANNOTATE, String.valueOf(change.id()),
                getTranslation("manuscript.correction.annotate"), ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL)
                .setAttribute("class", "annotate"));
        return card;
    }

    private AnnotationEditor editor() {
        if (editor == null) {
            editor = new AnnotationEditor(corrections, cards, changes);
        }
        return editor;
    }

    /** What keeps the round from going back, as the service will judge it; empty when nothing does. */
    private ReturnBlockers showBlockers() {
        var found = changes.blockers();
        blockers.removeAll();
        blockers.setVisible(!found.none());
        if (!found.none()) {
            blockers.add(new Paragraph(getTranslation("manuscript.correction.blocked")));
            if (found.conflicts() > 0) {
                blockers.add(new Paragraph(getTranslation("manuscript.correction.blocked.conflicts", found.conflicts())));
            }
            if (!found.withoutReason().isEmpty()) {
                blockers.add(new Paragraph(getTranslation("manuscript.correction.blocked.no-reason",
                        numbers(found.withoutReason()))));
            }
            if (!found.withoutComment().isEmpty()) {
                blockers.add(new Paragraph(getTranslation("manuscript.correction.blocked.no-comment",
                        numbers(found.withoutComment()))));
            }
        }
        return found;
    }

    private String numbers(List<Integer> seqs) {
        return Labels.changeNumbers(seqs, getTranslation("manuscript.correction.blocked.separator"));
    }

    private void confirmReturn() {
        if (edited()) {
            text.setInvalid(true);
            text.setErrorMessage(getTranslation("manuscript.correction.unsaved"));
            return;
        }
        if (!showBlockers().none()) {
            blockers.getElement().callJsFunction("scrollIntoView");
            return;
        }
        var dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("manuscript.correction.return"));
        dialog.add(new Paragraph(getTranslation("manuscript.correction.return-confirm", applicable)));
        var yes = new Button(getTranslation("manuscript.correction.return"), click -> {
            dialog.close();
            try {
                corrections.returnRound(roundId, lockVersion);
                Notification.show(getTranslation("manuscript.correction.returned"))
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                reload.run();
            } catch (ManuscriptException refused) {
                error(refused);
            }
        });
        yes.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        yes.setId("confirm-return");
        dialog.getFooter().add(new Button(getTranslation("manuscript.cancel"), click -> dialog.close()), yes);
        dialog.open();
    }

    private void error(ManuscriptException refused) {
        Notification.show(getTranslation(refused.messageKey())).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
