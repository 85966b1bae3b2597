package jp.akapen.privacy.oversight.report.ui;

import com.vaadin.flow.component.Component;
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
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import jp.akapen.privacy.oversight.report.ReportException;
import jp.akapen.privacy.oversight.report.ReportRequest;
import jp.akapen.privacy.oversight.report.ReportService;
import jp.akapen.shared.JapaneseDates;
import jp.akapen.shared.Roles;
import jp.akapen.shared.ui.DateFields;

/**
 * 取扱状況の報告 (特記事項14, seed O1; issue 15 item 1): ward staff ask the contractor for a handling-status report by
 * a due date; every request is listed with its state, and opens on its own page, where the manager answers and the
 * report is downloaded.
 */
@Route("oversight/reports")
@Menu(order = 75, icon = "vaadin:file-text", title = "menu.oversight-reports")
@RolesAllowed({Roles.WARD_STAFF, Roles.CONTRACTOR_MANAGER})
class ReportsView extends Main implements HasDynamicTitle {

    private final ReportService service;
    final Div list = new Div();
    final Div formMessage = new Div();
    final TextArea question = new TextArea();
    final DatePicker dueOn = new DatePicker();

    ReportsView(ReportService service, Clock clock) {
        this.service = service;
        addClassName("oversight-reports");
        boolean ward = service.mayAsk();
        add(new Paragraph(getTranslation(ward ? "oversight.report.intro.ward" : "oversight.report.intro.manager")));
        add(new Paragraph(getTranslation("oversight.report.sections",
                String.join(getTranslation("oversight.list-separator"), service.sectionTitles(getLocale())))));
        if (ward) {
            question.setLabel(getTranslation("oversight.report.field.question"));
            question.setMaxLength(2000);
            question.setWidthFull();
            dueOn.setLabel(getTranslation("oversight.report.field.due"));
            DateFields.typeable(dueOn, getLocale());
            dueOn.setMin(JapaneseDates.today(clock).plusDays(1));
            formMessage.setVisible(false);
            formMessage.getElement().setAttribute("role", "alert");
            var ask = new Button(getTranslation("oversight.report.ask"), click -> ask());
            ask.addThemeVariants(ButtonVariant.PRIMARY);
            ask.addClassName("oversight-report-ask");
            var form = new Div(question, dueOn, formMessage, ask);
            form.addClassName("oversight-report-form");
            add(new H2(getTranslation("oversight.report.new")), form);
        }
        list.addClassName("oversight-report-list");
        add(new H2(getTranslation("oversight.report.requests")), list);
        refresh();
    }

    private void ask() {
        try {
            var created = service.ask(question.getValue(), dueOn.getValue());
            formMessage.setVisible(false);
            question.clear();
            dueOn.clear();
            Notification.show(getTranslation("oversight.report.asked", created.number()))
                    .addThemeVariants(NotificationVariant.SUCCESS);
            refresh();
        } catch (ReportException refused) {
            ReportTexts.refuse(formMessage, refused);
        }
    }

    private void refresh() {
        list.removeAll();
        var requests = service.requests();
        if (requests.isEmpty()) {
            list.add(new Paragraph(getTranslation("oversight.report.none")));
        }
        requests.forEach(r -> list.add(card(r)));
    }

    private Component card(ReportRequest r) {
        var link = new Anchor("oversight/reports/" + r.id(), getTranslation("oversight.report.number", r.number()));
        link.addClassName("oversight-report-link");
        var heading = new Div(new H3(link), ReportTexts.state(this, r));
        heading.addClassName("oversight-report-heading");
        var question = new Paragraph(r.question());
        question.addClassName("oversight-report-question");
        var due = new Span(getTranslation("oversight.report.due-by", JapaneseDates.date(r.dueOn(), getLocale()),
                r.askedBy()));
        var card = new Div(heading, question, due);
        card.addClassName("oversight-report-card");
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("oversight.report.title");
    }
}
