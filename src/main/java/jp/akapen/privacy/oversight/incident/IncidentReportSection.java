package jp.akapen.privacy.oversight.incident;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import jp.akapen.privacy.oversight.ReportSection;
import jp.akapen.privacy.oversight.incident.IncidentDeadlines.Deadline;
import jp.akapen.shared.JapaneseDates;
import jp.akapen.shared.i18n.AkapenI18NProvider;
import org.springframework.stereotype.Component;

/**
 * The incidents part of the handling-status report (O1, O4, O5): every incident found in the period or still open in
 * it, with its count of people, whether it was contained, the two reports against their due days, and its state.
 */
@Component
class IncidentReportSection implements ReportSection {

    private final IncidentService incidents;
    private final AkapenI18NProvider i18n;
    private final Clock clock;

    IncidentReportSection(IncidentService incidents, AkapenI18NProvider i18n, Clock clock) {
        this.incidents = incidents;
        this.i18n = i18n;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public String title(Locale locale) {
        return t("incident.report.title", locale);
    }

    @Override
    public Table table(LocalDate from, LocalDate to, Locale locale) {
        List<Incident> during = incidents.during(from, to);
        var rows = during.stream().map(i -> List.of(t("incident.number", locale, String.valueOf(i.id())),
                JapaneseDates.date(i.foundOn(), locale), i.whatHappened(), String.valueOf(i.peopleAffected()),
                t(i.contained() ? "incident.contained.yes" : "incident.contained.no", locale),
                report(i, Deadline.PRELIMINARY, locale), report(i, Deadline.FINAL, locale),
                t(i.state().labelKey(), locale))).toList();
        return new Table(List.of(t("incident.report.number", locale), t("incident.field.found-on", locale),
                t("incident.field.what", locale), t("incident.field.people", locale),
                t("incident.field.contained", locale), t("incident.step.preliminary", locale),
                t("incident.step.final", locale), t("incident.state", locale)), rows,
                during.isEmpty() ? List.of(t("incident.report.none", locale)) : List.of());
    }

    /** The report's day when in, else its due day, marked when it passed. */
    private String report(Incident incident, Deadline deadline, Locale locale) {
        var step = incident.steps().stream().filter(s -> s.kind() == deadline.step()).findFirst();
        if (step.isPresent()) {
            return t("incident.report.reported-on", locale, JapaneseDates.date(step.get().on(), locale));
        }
        String due = JapaneseDates.date(incident.deadlines().due(deadline), locale);
        return t(incident.reported(deadline) ? "incident.report.answered-by-final"
                : incident.deadlines().passed(deadline, JapaneseDates.today(clock)) && incident.closedAt() == null
                        ? "incident.report.overdue" : "incident.report.due", locale, due);
    }

    private String t(String key, Locale locale, Object... args) {
        return i18n.getTranslation(key, locale, args);
    }
}
