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
import com.vaadin.flow.dom.Element;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongConsumer;
import java.util.function.Supplier;
import jp.akapen.manuscript.Decision;
import jp.akapen.manuscript.FollowUp;
import jp.akapen.manuscript.ManuscriptException;
import jp.akapen.manuscript.ReviewService;
import jp.akapen.manuscript.Round;
import jp.akapen.manuscript.TextRules;
import jp.akapen.manuscript.TrackedChange;
import jp.akapen.shared.ui.ListActions;

/**
 * The resident's review: the text with the changes inline, each change with its reason, accept or
 * reject each (or all), reply, and finish into the next version.
 */
class ReviewPanel extends Div {

    private static final String ACCEPT = "accept";
    private static final String REJECT = "reject";
    private static final String REPLY = "reply";

    private final ReviewService reviews;
    private final long roundId;
    /** The applicable changes' ids in the text's order: the session keeps them, not the round's texts (issue 17). */
    private final long[] order;
    private final Runnable reload;
    private final TrackedText tracked;
    private final Map<Long, Decision> decisions = new HashMap<>();
    /** The accept, reject and reply buttons of each card built, by change id. */
    private final Map<Long, Element[]> buttons = new HashMap<>();
    private final Paragraph pending = new Paragraph();
    private final PagedCards list;

    /** @param again the round read again, for the pages of cards after the first */
    ReviewPanel(ReviewService reviews, Round round, Supplier<Round> again, Runnable reload) {
        this.reviews = reviews;
        this.roundId = round.id();
        this.order = round.applicable().stream().mapToLong(TrackedChange::id).toArray();
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
        list = new PagedCards(round.applicable(), () -> again.get().applicable(), this::card);
        new ListActions(list)
                .onId(ACCEPT, shownOnly(id -> decide(id, Decision.ACCEPTED)))
                .onId(REJECT, shownOnly(id -> decide(id, Decision.REJECTED)))
                .onId(REPLY, shownOnly(this::openReply));
        add(list, finish());
        updatePending();
    }

    /** The card's buttons are the list's {@link ListActions}, keyed by the change's id. */
    private ChangeCard card(TrackedChange change) {
        var card = new ChangeCard(change);
        String key = String.valueOf(change.id());
        var accept = ListActions.button(ACCEPT, key, getTranslation("manuscript.review.accept")).setAttribute("class",
                "accept");
        var reject = ListActions.button(REJECT, key, getTranslation("manuscript.review.reject")).setAttribute("class",
                "reject");
        var reply = ListActions.button(REPLY, key, getTranslation("manuscript.review.reply"), ButtonVariant.LUMO_TERTIARY)
                .setAttribute("class", "reply");
        card.actions().getElement().appendChild(accept, reject, reply);
        buttons.put(change.id(), new Element[] {accept, reject, reply});
        pressed(change.id(), decisions.get(change.id()));
        return card;
    }

    /** The action, for a change whose card is on the page only (the id comes from the browser). */
    private LongConsumer shownOnly(LongConsumer action) {
        return changeId -> {
            if (buttons.containsKey(changeId)) {
                action.accept(changeId);
            }
        };
    }

    private void openReply(long changeId) {
        var reply = buttons.get(changeId)[2];
        if (!reply.isVisible()) {
            return;
        }
        list.shownCard(changeId).ifPresent(card -> {
            reply.setVisible(false);
            card.actions().add(replyForm(changeId, card, reply));
        });
    }

    /**
     * Opened on demand: a review of hundreds of changes should not carry hundreds of text fields. A sent reply joins
     * its card's thread and the form closes; the round is not built again (it was, 600 KB for a round of 300 changes,
     * issue 17).
     */
    private Div replyForm(long changeId, ChangeCard card, Element reply) {
        var text = new TextField();
        text.setPlaceholder(getTranslation("manuscript.review.reply"));
        text.setMaxLength(TextRules.MAX_COMMENT);
        var form = new Div();
        var send = new Button(getTranslation("manuscript.review.send"), click -> {
            try {
                card.addMessage(reviews.reply(changeId, text.getValue()));
                card.actions().remove(form);
                reply.setVisible(true);
                reply.callJsFunction("focus");
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

    private void decide(long changeId, Decision decision) {
        try {
            reviews.decide(changeId, decision);
            show(changeId, decision);
            updatePending();
            next(changeId).ifPresent(this::select);
        } catch (ManuscriptException refused) {
            error(refused);
        }
    }

    /**
     * The change to look at after deciding {@code decided}: the next undecided one after it, else the next one. On a
     * phone its card is then brought into view, so the resident's thumb finds the next buttons where it is (issue 21).
     */
    private Optional<Long> next(long decided) {
        int at = 0;
        while (at < order.length && order[at] != decided) {
            at++;
        }
        if (at >= order.length - 1) {
            return Optional.empty();
        }
        for (int i = at + 1; i < order.length; i++) {
            if (decisions.get(order[i]) == Decision.PENDING) {
                return Optional.of(order[i]);
            }
        }
        return Optional.of(order[at + 1]);
    }

    private void decideAll(Decision decision) {
        try {
            reviews.decideAll(roundId, decision);
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
        Element[] pair = buttons.get(changeId);
        pair[0].setAttribute("aria-pressed", String.valueOf(decision == Decision.ACCEPTED));
        pair[1].setAttribute("aria-pressed", String.valueOf(decision == Decision.REJECTED));
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
            var version = reviews.finishReview(roundId, followUp);
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
