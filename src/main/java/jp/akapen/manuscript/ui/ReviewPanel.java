package jp.akapen.manuscript.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import jp.akapen.manuscript.CorrectionService;
import jp.akapen.manuscript.Decision;
import jp.akapen.manuscript.FollowUp;
import jp.akapen.manuscript.ManuscriptException;
import jp.akapen.manuscript.Round;
import jp.akapen.manuscript.TrackedChange;

/**
 * The resident's review: the text with the changes inline, each change with its reason, accept or
 * reject each (or all), reply, and finish into the next version.
 */
class ReviewPanel extends Div {

    private final CorrectionService corrections;
    private final Round round;
    private final Runnable reload;
    private final TrackedText tracked;
    private final Map<Long, Decision> decisions = new HashMap<>();
    private final Map<Long, ChangeCard> cards = new HashMap<>();
    private final Paragraph pending = new Paragraph();

    ReviewPanel(CorrectionService corrections, Round round, Runnable reload) {
        this.corrections = corrections;
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
        var list = new Div();
        list.addClassName("change-list");
        round.applicable().forEach(change -> list.add(card(change)));
        add(list, finish());
        updatePending();
    }

    private ChangeCard card(TrackedChange change) {
        var card = new ChangeCard(change, true);
        var accept = new Button(getTranslation("manuscript.review.accept"), click -> decide(change, Decision.ACCEPTED));
        accept.addClassName("accept");
        var reject = new Button(getTranslation("manuscript.review.reject"), click -> decide(change, Decision.REJECTED));
        reject.addClassName("reject");
        var reply = new TextField();
        reply.setPlaceholder(getTranslation("manuscript.review.reply"));
        reply.setMaxLength(CorrectionService.MAX_COMMENT);
        var send = new Button(getTranslation("manuscript.review.send"), click -> {
            try {
                corrections.reply(change.id(), reply.getValue());
                reload.run();
            } catch (ManuscriptException refused) {
                reply.setInvalid(true);
                reply.setErrorMessage(getTranslation(refused.messageKey()));
            }
        });
        send.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        card.actions().add(accept, reject, reply, send);
        cards.put(change.id(), card);
        return card;
    }

    private void select(long changeId) {
        tracked.select(changeId);
        var card = cards.get(changeId);
        if (card != null) {
            cards.values().forEach(c -> c.removeClassName("selected"));
            card.addClassName("selected");
            card.scrollIntoView();
        }
    }

    private void decide(TrackedChange change, Decision decision) {
        try {
            corrections.decide(change.id(), decision);
            show(change.id(), decision);
            updatePending();
        } catch (ManuscriptException refused) {
            error(refused);
        }
    }

    private void decideAll(Decision decision) {
        try {
            corrections.decideAll(round.id(), decision);
            decisions.keySet().forEach(id -> show(id, decision));
            updatePending();
        } catch (ManuscriptException refused) {
            error(refused);
        }
    }

    private void show(long changeId, Decision decision) {
        decisions.put(changeId, decision);
        tracked.showDecision(changeId, decision);
        var card = cards.get(changeId);
        for (Decision d : Decision.values()) {
            card.removeClassName("decision-" + d.name().toLowerCase(Locale.ROOT));
        }
        card.addClassName("decision-" + decision.name().toLowerCase(Locale.ROOT));
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
        var done = new Button(getTranslation("manuscript.review.finish"), click -> {
            try {
                var version = corrections.finishReview(round.id(), next.getValue());
                Notification.show(getTranslation("manuscript.review.finished", version.number()))
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                reload.run();
            } catch (ManuscriptException refused) {
                error(refused);
            }
        });
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        done.setId("finish-review");
        var box = new Div(new H3(getTranslation("manuscript.review.finish")), pending, next, done);
        box.addClassName("finish-review");
        return box;
    }

    private void error(ManuscriptException refused) {
        Notification.show(getTranslation(refused.messageKey())).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
