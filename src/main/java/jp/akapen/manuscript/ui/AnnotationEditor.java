package jp.akapen.manuscript.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import jp.akapen.manuscript.CorrectionService;
import jp.akapen.manuscript.ManuscriptException;
import jp.akapen.manuscript.Reason;
import jp.akapen.manuscript.TextRules;

/**
 * The reason select and comment field, one for the whole round, shown in the card being annotated: a round of hundreds
 * of changes should not carry hundreds of them (issue 17). Each value is stored as it is chosen or as the field is
 * left; "next" goes on to the next change that still lacks one.
 */
final class AnnotationEditor extends Div {

    private final CorrectionService corrections;
    private final PagedCards cards;
    private final RoundAnnotations annotations;
    private final Select<Reason> reason = new Select<>();
    private final TextArea comment = new TextArea(getTranslation("manuscript.comment"));
    private ChangeCard card;
    private long changeId;

    AnnotationEditor(CorrectionService corrections, PagedCards cards, RoundAnnotations annotations) {
        this.corrections = corrections;
        this.cards = cards;
        this.annotations = annotations;
        addClassName("annotation-editor");
        reason.setLabel(getTranslation("manuscript.reason"));
        reason.setItems(Reason.values());
        reason.setItemLabelGenerator(r -> Labels.reason(this, r));
        reason.setEmptySelectionAllowed(true);
        reason.setEmptySelectionCaption(getTranslation("manuscript.reason.none"));
        comment.setMaxLength(TextRules.MAX_COMMENT);
        comment.setValueChangeMode(ValueChangeMode.ON_BLUR);
        comment.setWidthFull();
        reason.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                store();
            }
        });
        comment.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                store();
            }
        });
        var next = new Button(getTranslation("manuscript.correction.annotate-next"), click -> next());
        next.addClassName("annotate-next");
        next.addThemeVariants(ButtonVariant.LUMO_SMALL);
        var close = new Button(getTranslation("manuscript.correction.annotate-close"), click -> close());
        close.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        var buttons = new Div(next, close);
        buttons.addClassName("annotation-buttons");
        add(reason, comment, buttons);
    }

    /** Opens in the change's card (building the pages of cards before it), if the change is one of the round's. */
    void open(long id) {
        if (card != null && comment.isInvalid()) {
            card.scrollIntoView();
            comment.focus();
            return;
        }
        var change = annotations.current(id).orElse(null);
        var target = cards.reveal(id).orElse(null);
        if (change == null || target == null) {
            return;
        }
        close();
        card = target;
        changeId = id;
        reason.setValue(change.reason());
        // the page keeps whether a change has a comment, not the comment: the card shows it as it stands
        comment.setValue(target.comment() == null ? "" : target.comment());
        comment.setInvalid(false);
        card.actions().getElement().getChildren().forEach(e -> e.setVisible(false));
        card.actions().add(this);
        card.addClassName("annotating");
        card.scrollIntoView();
        reason.focus();
    }

    private void close() {
        if (card != null) {
            card.actions().remove(this);
            card.actions().getElement().getChildren().forEach(e -> e.setVisible(true));
            card.removeClassName("annotating");
            card = null;
        }
    }

    private void store() {
        try {
            corrections.annotate(changeId, reason.getValue(), comment.getValue());
            comment.setInvalid(false);
            card.showAnnotation(reason.getValue(), annotations.annotated(changeId, reason.getValue(), comment.getValue()));
        } catch (ManuscriptException refused) {
            comment.setInvalid(true);
            comment.setErrorMessage(getTranslation(refused.messageKey()));
        }
    }

    private void next() {
        if (comment.isInvalid()) {
            return;
        }
        annotations.nextUnfinished(changeId).ifPresentOrElse(candidate -> open(candidate.id()), () -> {
            close();
            Notification.show(getTranslation("manuscript.correction.annotate-done"))
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        });
    }
}
