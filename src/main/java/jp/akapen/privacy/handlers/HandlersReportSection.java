package jp.akapen.privacy.handlers;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import jp.akapen.privacy.oversight.ReportSection;
import jp.akapen.shared.JapaneseDates;
import jp.akapen.shared.i18n.AkapenI18NProvider;
import org.springframework.stereotype.Component;

/** The handling-status report's first part (特記事項13, 14): the designations that shared a day with the period. */
@Component
class HandlersReportSection implements ReportSection {

    private final HandlerDesignationService designations;
    private final AkapenI18NProvider i18n;

    HandlersReportSection(HandlerDesignationService designations, AkapenI18NProvider i18n) {
        this.designations = designations;
        this.i18n = i18n;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public String title(Locale locale) {
        return i18n.getTranslation("oversight.section.handlers.title", locale);
    }

    @Override
    public Table table(LocalDate from, LocalDate to, Locale locale) {
        var rows = designations.register().stream()
                .filter(e -> e.designation().sharesADayWith(from, to))
                .map(e -> List.of(e.personName(), e.role() == null ? "—" : i18n.getTranslation("role." + e.role(), locale),
                        JapaneseDates.date(e.designation().startsOn(), locale),
                        e.designation().endsOn() == null ? "—" : JapaneseDates.date(e.designation().endsOn(), locale),
                        e.designatedByName() == null ? "—" : e.designatedByName(),
                        e.endedByName() == null ? "—" : e.endedByName()))
                .toList();
        return new Table(List.of("oversight.section.handlers.person", "oversight.section.handlers.role",
                "oversight.section.handlers.from", "oversight.section.handlers.to",
                "oversight.section.handlers.designated-by", "oversight.section.handlers.ended-by").stream()
                .map(k -> i18n.getTranslation(k, locale)).toList(), rows,
                rows.isEmpty() ? List.of(i18n.getTranslation("oversight.section.handlers.none", locale)) : List.of());
    }
}
