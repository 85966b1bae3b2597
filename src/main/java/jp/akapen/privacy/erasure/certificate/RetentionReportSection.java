package jp.akapen.privacy.erasure.certificate;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import jp.akapen.privacy.oversight.ReportSection;
import jp.akapen.privacy.retention.RetentionService;
import jp.akapen.shared.JapaneseDates;
import jp.akapen.shared.i18n.AkapenI18NProvider;
import org.springframework.stereotype.Component;

/**
 * The handling-status report's part on retention and erasure (特記事項11, 12; D1, D2): every cohort's retention state
 * and due date as of the report, and its erasure certificate's number and receipt once erased.
 */
@Component
class RetentionReportSection implements ReportSection {

    private final RetentionService retention;
    private final ErasureCertificates certificates;
    private final AkapenI18NProvider i18n;

    RetentionReportSection(RetentionService retention, ErasureCertificates certificates, AkapenI18NProvider i18n) {
        this.retention = retention;
        this.certificates = certificates;
        this.i18n = i18n;
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    public String title(Locale locale) {
        return i18n.getTranslation("oversight.section.retention.title", locale);
    }

    @Override
    public Table table(LocalDate from, LocalDate to, Locale locale) {
        var rows = retention.periods().stream().map(p -> {
            var certificate = certificates.certificate(p.cohortId()).filter(ErasureCertificates.Certificate::done);
            return List.of(JapaneseDates.fiscalYear(p.fiscalYear(), locale),
                    i18n.getTranslation(p.state().labelKey(), locale),
                    p.startedOn() == null ? "—" : JapaneseDates.date(p.startedOn(), locale),
                    p.dueOn() == null ? "—" : JapaneseDates.date(p.dueOn(), locale),
                    certificate.map(ErasureCertificates.Certificate::number).orElse("—"),
                    certificate.map(c -> c.acknowledgedAt() == null ? "—"
                            : JapaneseDates.dateTime(c.acknowledgedAt(), locale)).orElse("—"));
        }).toList();
        return new Table(List.of("oversight.section.retention.year", "oversight.section.retention.state",
                "oversight.section.retention.started", "oversight.section.retention.due",
                "oversight.section.retention.certificate", "oversight.section.retention.acknowledged").stream()
                .map(k -> i18n.getTranslation(k, locale)).toList(), rows,
                rows.isEmpty() ? List.of(i18n.getTranslation("oversight.section.retention.none", locale)) : List.of());
    }
}
