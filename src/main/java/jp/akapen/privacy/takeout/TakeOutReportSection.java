package jp.akapen.privacy.takeout;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import jp.akapen.privacy.oversight.ReportSection;
import jp.akapen.shared.JapaneseDates;
import jp.akapen.shared.i18n.AkapenI18NProvider;
import org.springframework.stereotype.Component;

/**
 * The handling-status report's part on take-outs (特記事項6, P5, P8): the requests made in the period, and those made
 * earlier that were still out during it.
 */
@Component
class TakeOutReportSection implements ReportSection {

    private final TakeOutService takeOuts;
    private final AkapenI18NProvider i18n;

    TakeOutReportSection(TakeOutService takeOuts, AkapenI18NProvider i18n) {
        this.takeOuts = takeOuts;
        this.i18n = i18n;
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public String title(Locale locale) {
        return i18n.getTranslation("oversight.section.takeout.title", locale);
    }

    @Override
    public Table table(LocalDate from, LocalDate to, Locale locale) {
        var rows = takeOuts.requests().stream()
                .filter(r -> inPeriod(r, from, to))
                .map(r -> List.of(r.number(), i18n.getTranslation(r.state().labelKey(), locale),
                        r.requester() == null ? "—" : r.requester().name(), r.purpose(), r.destination(),
                        JapaneseDates.date(r.returnDue(), locale),
                        r.exportedAt() == null ? "—" : JapaneseDates.dateTime(r.exportedAt(), locale)
                                + (r.exportedPeople() == null ? "" : " / " + r.exportedPeople()),
                        r.closedAt() == null ? (r.overdue() ? i18n.getTranslation("takeout.overdue", locale) : "—")
                                : JapaneseDates.dateTime(r.closedAt(), locale)))
                .toList();
        return new Table(List.of("oversight.section.takeout.number", "oversight.section.takeout.state",
                "oversight.section.takeout.requester", "oversight.section.takeout.purpose",
                "oversight.section.takeout.destination", "oversight.section.takeout.return-due",
                "oversight.section.takeout.exported", "oversight.section.takeout.closed").stream()
                .map(k -> i18n.getTranslation(k, locale)).toList(), rows,
                rows.isEmpty() ? List.of(i18n.getTranslation("oversight.section.takeout.none", locale)) : List.of());
    }

    private static boolean inPeriod(TakeOutRequest r, LocalDate from, LocalDate to) {
        LocalDate asked = r.requestedAt().atZone(JapaneseDates.ZONE).toLocalDate();
        LocalDate closed = r.closedAt() == null ? null : r.closedAt().atZone(JapaneseDates.ZONE).toLocalDate();
        return !asked.isAfter(to) && (closed == null || !closed.isBefore(from));
    }
}
