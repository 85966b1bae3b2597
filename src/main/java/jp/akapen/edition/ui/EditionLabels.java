package jp.akapen.edition.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import jp.akapen.edition.Cohort;
import jp.akapen.edition.Edition;
import jp.akapen.edition.progress.MilestoneKind;
import jp.akapen.edition.progress.Stage;
import jp.akapen.edition.progress.StageView;
import jp.akapen.manuscript.RoundNames;
import jp.akapen.shared.JapaneseDates;

/** The words for editions, stages, milestones and durations, in the reader's language. */
final class EditionLabels {

    private EditionLabels() {
    }

    static Locale locale(Component in) {
        UI ui = in.getUI().orElse(UI.getCurrent());
        return ui == null ? Locale.JAPANESE : ui.getLocale();
    }

    /** 令和3年度 第2号「…」 */
    static String edition(Component in, Edition edition) {
        return in.getTranslation("edition.label", JapaneseDates.fiscalYear(edition.fiscalYear(), locale(in)),
                edition.number(), edition.title());
    }

    static String editionShort(Component in, Edition edition) {
        return in.getTranslation("edition.label.short", JapaneseDates.fiscalYear(edition.fiscalYear(), locale(in)),
                edition.number());
    }

    static String stage(Component in, StageView view) {
        String name = in.getTranslation("edition.stage." + view.stage().name().toLowerCase(Locale.ROOT));
        return view.stage() == Stage.IN_CORRECTION && view.round() > 0
                ? RoundNames.of(view.round(), locale(in)) + " · " + name : name;
    }

    static String stageName(Component in, Stage stage) {
        return in.getTranslation("edition.stage." + stage.name().toLowerCase(Locale.ROOT));
    }

    static String milestone(Component in, MilestoneKind kind) {
        return in.getTranslation("edition.milestone." + kind.name().toLowerCase(Locale.ROOT));
    }

    /** Pen names joined as the language joins a list: さくら・若葉 / さくら, 若葉. */
    static String penNames(Component in, List<Cohort.Member> members) {
        return String.join(in.getTranslation("edition.pen-names.separator"),
                members.stream().map(Cohort.Member::penName).toList());
    }

    static String date(Component in, LocalDate date) {
        return date == null ? "—" : JapaneseDates.date(date, locale(in));
    }

    /** "2.5日" / "2.5 days"; under a day in hours. */
    static String duration(Component in, Duration duration) {
        if (duration == null) {
            return "—";
        }
        double hours = duration.toMinutes() / 60.0;
        return hours < 24
                ? in.getTranslation("edition.duration.hours", String.format(Locale.ROOT, "%.1f", hours))
                : in.getTranslation("edition.duration.days", String.format(Locale.ROOT, "%.1f", hours / 24));
    }
}
