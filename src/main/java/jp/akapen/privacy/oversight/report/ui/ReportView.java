package jp.akapen.privacy.oversight.report.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.util.function.LongFunction;
import jp.akapen.privacy.oversight.report.ReportException;
import jp.akapen.privacy.oversight.report.ReportRequest;
import jp.akapen.privacy.oversight.report.ReportService;
import jp.akapen.shared.JapaneseDates;
import jp.akapen.shared.Roles;
import jp.akapen.shared.ui.DateFields;

/**
 * One report request: the question, and either the manager's answer form (text and the period the report covers,
 * the fiscal year so far or since the last report by default) or the answer with the report to download.
 */
@Route("oversight/reports/:reportId([0-9]{1,18})")
@RolesAllowed({Roles.WARD_STAFF, Roles.CONTRACTOR_MANAGER})
class ReportView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final ReportService service;
    final Div message = new Div();
    final TextArea answer = new TextArea();
    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    private long id;

    ReportView(ReportService service) {
        this.service = service;
        addClassName("oversight-report");
        message.setVisible(false);
        message.getElement().setAttribute("role", "alert");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        id = Long.parseLong(event.getRouteParameters().get("reportId").orElseThrow());
        build();
    }

    private void build() {
        removeAll();
        var back = new Anchor("oversight/reports", getTranslation("menu.oversight-reports"));
        back.addClassName("back-link");
        add(back);
        ReportRequest r;
        try {
            r = service.request(id);
        } catch (ReportException refused) {
            add(message);
            ReportTexts.refuse(message, refused);
            return;
        }
        var heading = new Div(new H2(getTranslation("oversight.report.number", r.number())), ReportTexts.state(this, r));
        heading.addClassName("oversight-report-heading");
        add(heading);
        fact("oversight.report.field.question", r.question());
        fact("oversight.report.field.due", JapaneseDates.date(r.dueOn(), getLocale()));
        fact("oversight.report.asked-by", getTranslation("oversight.by", r.askedBy(),
                JapaneseDates.dateTime(r.askedAt(), getLocale())));
        if (r.answered()) {
            add(new H3(getTranslation("oversight.report.answer")));
            fact("oversight.report.answered-by", getTranslation("oversight.by", r.answeredBy(),
                    JapaneseDates.dateTime(r.answeredAt(), getLocale())));
            fact("oversight.report.field.answer", r.answer());
            fact("oversight.report.period", getTranslation("oversight.report.period-value",
                    JapaneseDates.date(r.periodFrom(), getLocale()), JapaneseDates.date(r.periodTo(), getLocale())));
            fact("oversight.report.sha256", r.reportSha256());
        }
        if (r.actions().contains(ReportRequest.Action.DOWNLOAD)) {
            add(new Div(download("pdf", "application/pdf", service::pdf),
                    download("csv", "text/csv; charset=UTF-8", service::csv)));
        }
        if (r.actions().contains(ReportRequest.Action.ANSWER)) {
            answerForm();
        }
    }

    private void answerForm() {
        add(new H3(getTranslation("oversight.report.answer")));
        add(new Paragraph(getTranslation("oversight.report.sections",
                String.join(getTranslation("oversight.list-separator"), service.sectionTitles(getLocale())))));
        answer.setLabel(getTranslation("oversight.report.field.answer"));
        answer.setMaxLength(4000);
        answer.setWidthFull();
        var period = service.defaultPeriod();
        from.setLabel(getTranslation("oversight.report.field.from"));
        to.setLabel(getTranslation("oversight.report.field.to"));
        DateFields.typeable(from, getLocale());
        DateFields.typeable(to, getLocale());
        from.setValue(period.from());
        to.setValue(period.to());
        to.setMax(period.to());
        var send = new Button(getTranslation("oversight.report.send"), click -> {
            try {
                service.answer(id, answer.getValue(), from.getValue(), to.getValue());
                build();
            } catch (ReportException refused) {
                ReportTexts.refuse(message, refused);
            }
        });
        send.addThemeVariants(ButtonVariant.PRIMARY);
        send.addClassName("oversight-report-send");
        var form = new Div(answer, new Div(from, to), message, send);
        form.addClassName("oversight-report-form");
        add(form);
    }

    private Anchor download(String kind, String type, LongFunction<byte[]> file) {
        String name = "handling-status-report-" + id + "." + kind;
        var link = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[][] held = new byte[1][];
            event.getUI().accessSynchronously(() -> held[0] = file.apply(id));
            return new DownloadResponse(new ByteArrayInputStream(held[0]), name, type, held[0].length);
        }), getTranslation("oversight.report.download." + kind));
        link.addClassName("oversight-report-" + kind);
        return link;
    }

    private void fact(String labelKey, String value) {
        var label = new Span(getTranslation(labelKey));
        label.addClassName("oversight-label");
        var text = new Span(value == null ? "" : value);
        text.addClassName("oversight-value");
        var row = new Div(label, text);
        row.addClassName("oversight-fact");
        add(row);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("oversight.report.number", String.valueOf(id));
    }
}
