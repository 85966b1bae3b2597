package jp.akapen.manuscript.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.Locale;
import jp.akapen.manuscript.TrackedChange;
import jp.akapen.shared.JapaneseDates;

/** One change as the lists show it: number, old → new, reason, comment and the replies. */
class ChangeCard extends Div {

    private final Div actions = new Div();

    ChangeCard(TrackedChange change, boolean showAnnotation) {
        addClassNames("change-card", "decision-" + change.decision().name().toLowerCase(Locale.ROOT));
        if (change.conflict()) {
            addClassName("conflict");
        }
        setId("change-" + change.seq());
        var number = new Span("#" + change.seq());
        number.addClassName("change-no");
        var before = new Span(change.before().isEmpty() ? getTranslation("manuscript.change.nothing") : change.before());
        before.addClassName(change.before().isEmpty() ? "change-empty" : "change-del");
        var after = new Span(change.after().isEmpty() ? getTranslation("manuscript.change.nothing") : change.after());
        after.addClassName(change.after().isEmpty() ? "change-empty" : "change-ins");
        var arrow = new Span("→");
        arrow.addClassName("change-arrow");
        var head = new Div(number, before, arrow, after);
        head.addClassName("change-head");
        add(head);
        if (showAnnotation) {
            var reason = new Span(Labels.reason(this, change.reason()));
            reason.addClassName("change-reason");
            add(reason);
            if (change.comment() != null) {
                var comment = new Paragraph(change.comment());
                comment.addClassName("change-comment");
                add(comment);
            }
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

    Div actions() {
        return actions;
    }
}
