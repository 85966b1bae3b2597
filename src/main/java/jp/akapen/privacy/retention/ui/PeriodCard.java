package jp.akapen.privacy.retention.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import jp.akapen.privacy.retention.RetentionAction;
import jp.akapen.privacy.retention.RetentionException;
import jp.akapen.privacy.retention.RetentionPeriod;
import jp.akapen.shared.JapaneseDates;

/** One cohort's period: dates, countdown, state, the reader's allowed steps, and who decided what, when and why. */
class PeriodCard extends Section {

    private static final List<RetentionAction> ORDER = List.of(RetentionAction.CONFIRM, RetentionAction.APPROVE,
            RetentionAction.EXTEND, RetentionAction.HOLD, RetentionAction.RELEASE, RetentionAction.REFUSE_AS_MANAGER,
            RetentionAction.REFUSE_AS_WARD);

    private final RetentionPeriod period;
    private final Div formArea = new Div();
    private final LocalDate today;
    private final DecisionForm.Decider decider;

    PeriodCard(RetentionPeriod period, LocalDate today, DecisionForm.Decider decider) {
        this.period = period;
        this.today = today;
        this.decider = decider;
        addClassName("retention-card");
        setId("retention-" + period.cohortId());
        add(new H3(PeriodTexts.cohort(this, period)), facts(), actions(), formArea, history());
    }

    private Div facts() {
        var state = new Span(getTranslation(period.state().labelKey()));
        state.addClassNames("status-badge", "retention-state-" + period.state().name().toLowerCase(Locale.ROOT));
        state.setId("retention-" + period.cohortId() + "-state");
        var facts = new Div(line("retention.state", state));
        if (period.startedOn() != null) {
            facts.add(line("retention.started-on", new Span(getTranslation("retention.started-on-value",
                    JapaneseDates.date(period.startedOn(), getLocale()), getTranslation(period.startedByLastEdition()
                            ? "retention.started-by.last-edition" : "retention.started-by.term-end")))));
            var due = new Span(PeriodTexts.due(this, period));
            due.setId("retention-" + period.cohortId() + "-due");
            facts.add(line("retention.due-on", due));
            var left = new Span(PeriodTexts.countdown(this, period));
            left.setId("retention-" + period.cohortId() + "-left");
            facts.add(line("retention.days-left", left));
        } else {
            facts.add(line("retention.term-end", new Span(JapaneseDates.date(period.termEnd(), getLocale()))));
        }
        facts.addClassName("retention-facts");
        return facts;
    }

    private Div line(String labelKey, Span value) {
        var label = new Span(getTranslation(labelKey));
        label.addClassName("retention-label");
        return new Div(label, value);
    }

    private Div actions() {
        var bar = new Div();
        bar.addClassName("retention-actions");
        ORDER.stream().filter(period.actions()::contains).forEach(action -> {
            var button = new Button(getTranslation("retention.action." + DecisionForm.key(action)), click -> open(action));
            button.setId("retention-" + period.cohortId() + "-" + DecisionForm.key(action));
            bar.add(button);
        });
        return bar;
    }

    private void open(RetentionAction action) {
        formArea.removeAll();
        DecisionForm[] form = new DecisionForm[1];
        form[0] = new DecisionForm(period.cohortId(), action, today, formArea::removeAll,
                refusal -> form[0].showProblem(refusal instanceof RetentionException r
                        ? getTranslation(r.messageKey(), r.args()) : getTranslation("retention.refused.not-allowed")),
                decider);
        formArea.add(form[0]);
    }

    private Div history() {
        var box = new Div(new H4(getTranslation("retention.history")));
        box.addClassName("retention-history");
        if (period.history().isEmpty()) {
            box.add(new Paragraph(getTranslation("retention.history.none")));
            return box;
        }
        var list = new UnorderedList();
        for (var step : period.history()) {
            String who = step.by() == null ? getTranslation("retention.by-system") : step.by();
            String due = step.dueOn() == null ? "" : getTranslation("retention.history.due",
                    JapaneseDates.date(step.dueOn(), getLocale()));
            var item = new ListItem(new Span(getTranslation("retention.history.item",
                    JapaneseDates.dateTime(step.at(), getLocale()), who, getTranslation(step.kind().labelKey()), due)));
            if (step.reason() != null) {
                var why = new Span(getTranslation("retention.history.reason", step.reason()));
                why.addClassName("retention-reason");
                item.add(new Div(why));
            }
            list.add(item);
        }
        box.add(list);
        return box;
    }
}
