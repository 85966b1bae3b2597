package jp.akapen.privacy.oversight.training;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import jp.akapen.privacy.oversight.ReportSection;
import jp.akapen.shared.JapaneseDates;
import jp.akapen.shared.i18n.AkapenI18NProvider;
import org.springframework.stereotype.Component;

/**
 * The training part of the handling-status report (O1, O3): each of the contractor's people with their last training
 * as of the period's end, whether it still counted then, and the sessions they attended in the period.
 */
@Component
class TrainingReportSection implements ReportSection {

    private final TrainingService training;
    private final TrainingRecords records;
    private final AkapenI18NProvider i18n;

    TrainingReportSection(TrainingService training, TrainingRecords records, AkapenI18NProvider i18n) {
        this.training = training;
        this.records = records;
        this.i18n = i18n;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public String title(Locale locale) {
        return t("training.report.title", locale);
    }

    @Override
    public Table table(LocalDate from, LocalDate to, Locale locale) {
        List<TrainingSession> inPeriod = training.sessions(from, to);
        List<List<String>> rows = new ArrayList<>();
        for (TrainedPerson person : training.people()) {
            LocalDate last = records.lastTrainedOn(person.person().id(), to).orElse(null);
            String attended = inPeriod.stream()
                    .filter(s -> s.attendees().stream().anyMatch(a -> a.id() == person.person().id()))
                    .map(s -> JapaneseDates.date(s.heldOn(), locale) + " " + s.subject())
                    .collect(Collectors.joining(" / "));
            rows.add(List.of(person.person().displayName(), t("role." + person.person().role(), locale),
                    last == null ? t("training.never", locale) : JapaneseDates.date(last, locale),
                    t(TrainingRules.isCurrent(last, to, records.validFor()) ? "training.report.current"
                            : "training.report.not-current", locale),
                    attended.isEmpty() ? "—" : attended));
        }
        List<String> notes = inPeriod.isEmpty() ? List.of(t("training.report.no-session", locale))
                : List.of(t("training.report.sessions", locale, String.valueOf(inPeriod.size())));
        return new Table(List.of(t("training.report.person", locale), t("training.report.role", locale),
                t("training.report.last", locale), t("training.report.valid", locale),
                t("training.report.attended", locale)), rows, notes);
    }

    private String t(String key, Locale locale, Object... args) {
        return i18n.getTranslation(key, locale, args);
    }
}
