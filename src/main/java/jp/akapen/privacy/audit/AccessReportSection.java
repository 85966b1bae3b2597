package jp.akapen.privacy.audit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import jp.akapen.privacy.oversight.ReportSection;
import jp.akapen.shared.i18n.AkapenI18NProvider;
import org.springframework.stereotype.Component;

/**
 * The handling-status report's part on personal-data access (seed O1, P4): per person, the reads, changes and exports
 * in the period, and the reads at unusual hours ({@link UnusualHours}), counted by the database.
 */
@Component
class AccessReportSection implements ReportSection {

    private final PersonalDataAccess access;
    private final AkapenI18NProvider i18n;

    AccessReportSection(PersonalDataAccess access, AkapenI18NProvider i18n) {
        this.access = access;
        this.i18n = i18n;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public String title(Locale locale) {
        return i18n.getTranslation("oversight.section.access.title", locale);
    }

    @Override
    public Table table(LocalDate from, LocalDate to, Locale locale) {
        var rows = access.between(from, to).stream()
                .map(s -> List.of(s.name(), s.role() == null ? "—" : i18n.getTranslation("role." + s.role(), locale),
                        String.valueOf(s.reads()), String.valueOf(s.changes()), String.valueOf(s.exports()),
                        String.valueOf(s.unusualReads())))
                .toList();
        List<String> notes = new ArrayList<>();
        if (rows.isEmpty()) {
            notes.add(i18n.getTranslation("oversight.section.access.none", locale));
        }
        notes.add(i18n.getTranslation("oversight.section.access.unusual-rule", locale,
                String.valueOf(UnusualHours.FROM_HOUR), String.valueOf(UnusualHours.UNTIL_HOUR)));
        return new Table(List.of("oversight.section.access.person", "oversight.section.access.role",
                "oversight.section.access.reads", "oversight.section.access.changes",
                "oversight.section.access.exports", "oversight.section.access.unusual").stream()
                .map(k -> i18n.getTranslation(k, locale)).toList(), rows, notes);
    }
}
