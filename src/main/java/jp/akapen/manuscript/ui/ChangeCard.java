package jp.akapen.manuscript.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import jp.akapen.manuscript.ChangeContext;
import jp.akapen.manuscript.TrackedChange;
import jp.akapen.shared.JapaneseDates;

/**
 * One change as the lists show it: number, old → new (the number and the arrow come from CSS),
 * reason, comment and the replies. Kept small: a review may list hundreds.
 */
class ChangeCard extends Div {

    private final Div actions = new Div();
    private final TrackedChange change;

    ChangeCard(TrackedChange change, boolean showAnnotation) {
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
        var head = new Div(before, after);
        head.addClassName("change-head");
        head.getElement().setAttribute("data-seq", "#" + change.seq());
        add(head);
        if (showAnnotation && change.reason() != null) {
            var reason = new Span(Labels.reason(this, change.reason()));
            reason.addClassName("change-reason");
            add(reason);
        }
        if (change.ruleId() != null) {
            var rule = new Span(getTranslation("manuscript.change.rule", change.ruleId()));
            rule.addClassName("change-rule");
            add(rule);
        }
        if (showAnnotation && change.comment() != null) {
            var comment = new Paragraph(change.comment());
            comment.addClassName("change-comment");
            add(comment);
        }
        if (!change.messages().isEmpty()) {
            var thread = new Div();
            thread.addClassName("change-thread");
            change.messages().forEach(m -> thread.add(message(m)));
            add(thread);
        }
        actions.addClassName("change-actions");
        add(actions);
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

    Div actions() {
        return actions;
    }
}
