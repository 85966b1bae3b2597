package jp.akapen.manuscript.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import jp.akapen.manuscript.Decision;
import jp.akapen.manuscript.FollowUp;
import jp.akapen.manuscript.ManuscriptException;
import jp.akapen.manuscript.ReviewService;
import jp.akapen.manuscript.Round;
import jp.akapen.manuscript.TextRules;
import jp.akapen.manuscript.TrackedChange;

/**
 * The resident's review: the text with the changes inline, each change with its reason, accept or
 * reject each (or all), reply, and finish into the next version.
 */
class ReviewPanel extends Div {

    private final ReviewService reviews;
    private final Round round;
    private final Runnable reload;
    private final TrackedText tracked;
    private final Map<Long, Decision> decisions = new HashMap<>();
    private final Map<Long, Button[]> buttons = new HashMap<>();
    private final Paragraph pending = new Paragraph();
    private final PagedCards list;

    ReviewPanel(ReviewService reviews, Round round, Runnable reload) {
        this.reviews = reviews;
        this.round = round;
        this.reload = reload;
        addClassName("review-panel");
        round.applicable().forEach(c -> decisions.put(c.id(), c.decision()));
        tracked = new TrackedText(round.baseText(), round.applicable(), this::select);
        var acceptAll = new Button(getTranslation("manuscript.review.accept-all"), click -> decideAll(Decision.ACCEPTED));
        acceptAll.setId("accept-all");
        var rejectAll = new Button(getTranslation("manuscript.review.reject-all"), click -> decideAll(Decision.REJECTED));
        rejectAll.setId("reject-all");
        var bulk = new Div(acceptAll, rejectAll);
        bulk.addClassName("bulk-actions");
        add(new Paragraph(getTranslation("manuscript.review.help")), tracked, bulk,
                new H3(getTranslation("manuscript.correction.changes", round.applicable().size())));
        list = new PagedCards(round.applicable(), round::applicable, this::card);
        add(list, finish());
        updatePending();
    }

    private ChangeCard card(TrackedChange change) {
        var card = new ChangeCard(change);
        var accept = new Button(getTranslation("manuscript.review.accept"), click -> decide(change, Decision.ACCEPTED));
        accept.addClassName("accept");
        var reject = new Button(getTranslation("manuscript.review.reject"), click -> decide(change, Decision.REJECTED));
        reject.addClassName("reject");
        var reply = new Button(getTranslation("manuscript.review.reply"));
        reply.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        reply.addClassName("reply");
        reply.addClickListener(click -> {
            reply.setVisible(false);
            card.actions().add(replyForm(change, card, reply));
        });
        card.actions().add(accept, reject, reply);
        buttons.put(change.id(), new Button[] {accept, reject});
        pressed(change.id(), decisions.get(change.id()));
        return card;
    }

    /**
     * Opened on demand: a review of hundreds of changes should not carry hundreds of text fields. A sent reply joins
     * its card's thread and the form closes; the round is not built again (it was, 600 KB for a round of 300 changes,
     * issue 17).
     */
    private Div replyForm(TrackedChange change, ChangeCard card, Button reply) {
        var text = new TextField();
        text.setPlaceholder(getTranslation("manuscript.review.reply"));
        text.setMaxLength(TextRules.MAX_COMMENT);
        var form = new Div();
        var send = new Button(getTranslation("manuscript.review.send"), click -> {
            try {
                card.addMessage(reviews.reply(change.id(), text.getValue()));
                card.actions().remove(form);
                reply.setVisible(true);
                reply.focus();
            } catch (ManuscriptException refused) {
                text.setInvalid(true);
                text.setErrorMessage(getTranslation(refused.messageKey()));
            }
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        form.add(text, send);
        form.addClassName("reply-form");
        text.focus();
        return form;
    }

    private void select(long changeId) {
        tracked.select(changeId);
        list.shownCards().forEach(c -> c.removeClassName("selected"));
        list.reveal(changeId).ifPresent(card -> {
            card.addClassName("selected");
            card.scrollIntoView();
        });
    }

    private void decide(TrackedChange change, Decision decision) {
        try {
            reviews.decide(change.id(), decision);
            show(change.id(), decision);
            updatePending();
            next(change).ifPresent(this::select);
        } catch (ManuscriptException refused) {
            error(refused);
        }
    }

    /**
     * The change to look at after deciding {@code decided}: the next undecided one after it, else the next one. On a
     * phone its card is then brought into view, so the resident's thumb finds the next buttons where it is (issue 21).
     */
    private Optional<Long> next(TrackedChange decided) {
        List<TrackedChange> changes = round.applicable();
        int at = 0;
        while (at < changes.size() && changes.get(at).id() != decided.id()) {
            at++;
        }
        if (at == changes.size()) {
            return Optional.empty();
        }
        List<TrackedChange> after = changes.subList(at + 1, changes.size());
        return after.stream().filter(c -> decisions.get(c.id()) == Decision.PENDING).findFirst()
                .or(() -> after.stream().findFirst()).map(TrackedChange::id);
    }

    private void decideAll(Decision decision) {
        try {
            reviews.decideAll(round.id(), decision);
            decisions.keySet().forEach(id -> show(id, decision));
            updatePending();
        } catch (ManuscriptException refused) {
            error(refused);
        }
    }

    private void show(long changeId, Decision decision) {
        decisions.put(changeId, decision);
        tracked.showDecision(changeId, decision);
        list.shownCard(changeId).ifPresent(card -> {
            for (Decision d : Decision.values()) {
                card.removeClassName(TrackedText.decisionClass(d));
            }
            card.addClassName(TrackedText.decisionClass(decision));
            pressed(changeId, decision);
        });
    }

    /** Screen readers hear which of the two is chosen; sighted readers see it outlined. */
    private void pressed(long changeId, Decision decision) {
        Button[] pair = buttons.get(changeId);
        pair[0].getElement().setAttribute("aria-pressed", String.valueOf(decision == Decision.ACCEPTED));
        pair[1].getElement().setAttribute("aria-pressed", String.valueOf(decision == Decision.REJECTED));
    }

    private void updatePending() {
        long open = decisions.values().stream().filter(d -> d == Decision.PENDING).count();
        pending.setText(open == 0 ? getTranslation("manuscript.review.all-decided")
                : getTranslation("manuscript.review.pending", open));
    }

    private Div finish() {
        var next = new RadioButtonGroup<FollowUp>(getTranslation("manuscript.review.next"));
        next.setItems(FollowUp.values());
        next.setItemLabelGenerator(f -> getTranslation("manuscript.follow-up." + f.name().toLowerCase(Locale.ROOT)
                .replace('_', '-')));
        next.setValue(FollowUp.NONE);
        var done = new Button(getTranslation("manuscript.review.finish"), click -> confirmFinish(next.getValue()));
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        done.setId("finish-review");
        var box = new Div(new H3(getTranslation("manuscript.review.finish")), pending, next, done);
        box.addClassName("finish-review");
        return box;
    }

    /** Finishing makes the next version and cannot be undone, so the resident sees what will happen first. */
    private void confirmFinish(FollowUp followUp) {
        if (decisions.containsValue(Decision.PENDING)) {
            error(new ManuscriptException("manuscript.error.undecided"));
            return;
        }
        long accepted = decisions.values().stream().filter(d -> d == Decision.ACCEPTED).count();
        var dialog = new ConfirmDialog();
        dialog.setId("finish-dialog");
        dialog.setHeader(getTranslation("manuscript.review.finish-title"));
        dialog.setText(getTranslation("manuscript.review.finish-confirm", accepted, decisions.size() - accepted,
                getTranslation("manuscript.follow-up." + followUp.name().toLowerCase(Locale.ROOT).replace('_', '-'))));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("manuscript.cancel"));
        var yes = new Button(getTranslation("manuscript.review.finish"), click -> {
            dialog.close();
            finish(followUp);
        });
        yes.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        yes.setId("confirm-finish");
        dialog.setConfirmButton(yes);
        dialog.open();
    }

    private void finish(FollowUp followUp) {
        try {
            var version = reviews.finishReview(round.id(), followUp);
            Notification.show(getTranslation("manuscript.review.finished", version.number()))
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            reload.run();
        } catch (ManuscriptException refused) {
            error(refused);
        }
    }

    private void error(ManuscriptException refused) {
        Notification.show(getTranslation(refused.messageKey())).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
