package jp.akapen.manuscript.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import jp.akapen.manuscript.ChangeContext;
import jp.akapen.manuscript.Reason;
import jp.akapen.manuscript.TrackedChange;
import jp.akapen.shared.JapaneseDates;

/**
 * One change as the lists show it: number, old → new (the number and the arrow come from CSS),
 * reason, comment and the replies. Kept small: a review may list hundreds.
 */
class ChangeCard extends Div {

    private final Div actions = new Div();
    private final Div head;
    private Span reason;
    private Paragraph comment;
    private Div thread;
    private final TrackedChange change;

    ChangeCard(TrackedChange change) {
        this.change = change;
        addClassNames("change-card", TrackedText.decisionClass(change.decision()));
        if (change.conflict()) {
            addClassName("conflict");
        }
        setId("change-" + change.seq());
        var before = new Span(change.before().isEmpty() ? getTranslation("manuscript.change.nothing") : change.before());
        before.addClassName(change.before().isEmpty() ? "change-empty" : "change-del");
        var after = new Span(change.after().isEmpty() ? getTranslation("manuscript.change.nothing") : change.after());
        after.addClassNames(change.after().isEmpty() ? "change-empty" : "change-ins", "change-after");
        head = new Div(before, after);
        head.addClassName("change-head");
        head.getElement().setAttribute("data-seq", "#" + change.seq());
        add(head);
        if (change.ruleId() != null) {
            var rule = new Span(getTranslation("manuscript.change.rule", change.ruleId()));
            rule.addClassName("change-rule");
            add(rule);
        }
        actions.addClassName("change-actions");
        add(actions);
        change.messages().forEach(this::addMessage);
        showAnnotation(change.reason(), change.comment());
    }

    /** A reply under the comment, after those before it. */
    void addMessage(TrackedChange.Message message) {
        if (thread == null) {
            thread = new Div();
            thread.addClassName("change-thread");
            addComponentAtIndex(indexOf(actions), thread);
        }
        thread.add(message(message));
    }

    private Component message(TrackedChange.Message message) {
        var who = new Span(message.authorName() + " · " + JapaneseDates.dateTime(message.createdAt(), getLocale()));
        who.addClassName("message-meta");
        var body = new Paragraph(message.body());
        body.addClassName("message-body");
        var row = new Div(who, body);
        row.addClassName("message");
        return row;
    }

    /** The reason (after the old → new line) and the comment (before the replies) as they now stand, or none. */
    void showAnnotation(Reason given, String written) {
        if (reason != null) {
            remove(reason);
            reason = null;
        }
        if (given != null) {
            reason = new Span(Labels.reason(this, given));
            reason.addClassName("change-reason");
            addComponentAtIndex(indexOf(head) + 1, reason);
        }
        if (comment != null) {
            remove(comment);
            comment = null;
        }
        if (written != null) {
            comment = new Paragraph(written);
            comment.addClassName("change-comment");
            addComponentAtIndex(indexOf(thread != null ? thread : actions), comment);
        }
    }

    /** The change in the words around it, under the old → new line. */
    void showContext(ChangeContext context, String label) {
        var del = new Span(change.before());
        del.addClassName("context-del");
        var ins = new Span(change.after());
        ins.addClassName("context-ins");
        var line = new Paragraph(new Span(label + "…" + context.before()), del, ins, new Span(context.after() + "…"));
        line.addClassName("change-context");
        addComponentAtIndex(1, line);
    }

    /** The comment as the card shows it, or null. */
    String comment() {
        return comment == null ? null : comment.getText();
    }

    Div actions() {
        return actions;
    }
}
