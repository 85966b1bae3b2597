package jp.akapen.privacy.oversight.incident.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import java.util.Locale;
import jp.akapen.privacy.oversight.incident.Incident;
import jp.akapen.privacy.oversight.incident.IncidentDeadlines.Deadline;
import jp.akapen.shared.JapaneseDates;

/** The parts both incident pages show the same way: the state badge and the two deadlines with the days left. */
final class IncidentTexts {

    private IncidentTexts() {
    }

    static Component state(Component owner, Incident incident) {
        var badge = new Span(owner.getTranslation(incident.state().labelKey()));
        badge.addClassNames("status-badge", "incident-state",
                "incident-" + incident.state().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        badge.setId("incident-" + incident.id() + "-state");
        return badge;
    }

    /** One line per deadline: its rule, its due day, and the days left, passed, or the report's being in. */
    static Component deadlines(Component owner, Locale locale, Incident incident, LocalDate today) {
        var box = new Div();
        box.addClassName("incident-deadlines");
        for (Deadline deadline : Deadline.values()) {
            box.add(deadline(owner, locale, incident, deadline, today));
        }
        return box;
    }

    private static Component deadline(Component owner, Locale locale, Incident incident, Deadline deadline,
            LocalDate today) {
        String name = deadline.name().toLowerCase(Locale.ROOT);
        var label = new Span(owner.getTranslation("incident.deadline." + name));
        label.addClassName("incident-deadline-label");
        String due = JapaneseDates.date(incident.deadlines().due(deadline), locale);
        long left = incident.deadlines().daysLeft(deadline, today);
        String status;
        boolean late = false;
        if (incident.reported(deadline)) {
            status = owner.getTranslation("incident.deadline.in");
        } else if (incident.closedAt() != null) {
            status = owner.getTranslation("incident.deadline.closed");
        } else if (left < 0) {
            status = owner.getTranslation("incident.deadline.passed", String.valueOf(-left));
            late = true;
        } else {
            status = owner.getTranslation("incident.deadline.left", String.valueOf(left));
        }
        String rule = owner.getTranslation(deadline == Deadline.PRELIMINARY ? "incident.deadline.rule.preliminary"
                : incident.wrongfulPurpose() ? "incident.deadline.rule.final-wrongful" : "incident.deadline.rule.final");
        var text = new Span(owner.getTranslation("incident.deadline.value", due, rule, status));
        text.addClassName("incident-deadline-value");
        var line = new Div(label, text);
        line.addClassNames("incident-deadline", late ? "incident-deadline-late" : "incident-deadline-ok");
        line.setId("incident-" + incident.id() + "-" + name);
        return line;
    }
}
