package jp.akapen.lecture.survey.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Locale;
import jp.akapen.lecture.survey.Survey;
import jp.akapen.lecture.survey.SurveyDraft;
import jp.akapen.lecture.survey.SurveyException;
import jp.akapen.lecture.survey.SurveyService;
import jp.akapen.lecture.survey.SurveyService.SessionChoice;
import jp.akapen.shared.JapaneseDates;
import jp.akapen.shared.Roles;

/**
 * アンケート: a resident's surveys to answer (and those answered); for handlers, the manager and the ward every
 * survey, the ward's screened ones first; builders start a new one here for a session.
 */
@Route("surveys")
@Menu(order = 45, icon = "vaadin:clipboard-text", title = "menu.surveys")
@RolesAllowed({Roles.RESIDENT, Roles.CONTRACTOR_HANDLER, Roles.CONTRACTOR_MANAGER, Roles.WARD_STAFF})
class SurveysView extends Main implements HasDynamicTitle {

    private final SurveyService surveys;
    final Paragraph message = new Paragraph();
    final Select<SessionChoice> session = new Select<>();
    final TextField title = new TextField();

    SurveysView(SurveyService surveys) {
        this.surveys = surveys;
        addClassName("surveys");
        message.addClassName("survey-message");
        message.setVisible(false);
        add(new Paragraph(getTranslation("survey.list.intro")));
        List<Survey.Listed> listed = surveys.list();
        boolean resident = jp.akapen.shared.SignedIn.user().map(u -> Roles.RESIDENT.equals(u.role())).orElse(false);
        if (resident) {
            section("survey.list.to-answer", listed.stream().filter(l -> l.role() == Survey.Role.TO_ANSWER).toList(),
                    "survey.list.none-to-answer");
            section("survey.list.answered", listed.stream().filter(l -> l.role() == Survey.Role.ANSWERED).toList(),
                    "survey.list.none-answered");
            return;
        }
        boolean ward = jp.akapen.shared.SignedIn.user().map(u -> Roles.WARD_STAFF.equals(u.role())).orElse(false);
        if (surveys.mayBuild()) {
            add(newSurvey());
        } else if (!ward) {
            add(new Paragraph(getTranslation("survey.refused.not-builder")));
            return;
        }
        add(message);
        var review = listed.stream().filter(l -> l.role() == Survey.Role.TO_REVIEW).toList();
        if (!review.isEmpty()) {
            section("survey.list.to-review", review, "survey.list.none");
        }
        section("survey.list.all", listed.stream().filter(l -> l.role() == Survey.Role.MANAGE).toList(),
                "survey.list.none");
    }

    private void section(String heading, List<Survey.Listed> items, String empty) {
        add(new H3(getTranslation(heading)));
        if (items.isEmpty()) {
            add(new Paragraph(getTranslation(empty)));
            return;
        }
        var list = new Div();
        list.addClassName("survey-list");
        for (Survey.Listed l : items) {
            var link = new RouterLink(l.title(), SurveyView.class, SurveyLinks.of(l.id()));
            link.addClassName("survey-list-title");
            var status = new Span(getTranslation("survey.status." + l.status().name().toLowerCase(Locale.ROOT)));
            status.addClassNames("status-badge", "survey-status-" + l.status().name().toLowerCase(Locale.ROOT));
            var meta = new Paragraph(getTranslation("survey.list.meta", l.sessionTitle(),
                    JapaneseDates.date(l.closesOn(), getLocale()),
                    getTranslation(l.anonymous() ? "survey.anonymous" : "survey.named")));
            meta.addClassName("survey-list-meta");
            var item = new Div(link, status, meta);
            if (l.role() == Survey.Role.MANAGE || l.role() == Survey.Role.TO_REVIEW) {
                item.add(new Paragraph(getTranslation("survey.list.responses", l.responses(), l.attendees())));
            }
            item.addClassName("survey-list-item");
            list.add(item);
        }
        add(list);
    }

    private Div newSurvey() {
        var box = new Div(new H3(getTranslation("survey.new.title")));
        box.addClassName("survey-new");
        List<SessionChoice> sessions = surveys.sessions();
        session.setLabel(getTranslation("survey.session"));
        session.setItems(sessions);
        session.setItemLabelGenerator(s -> s.title() + " (" + JapaneseDates.dateTime(s.startsAt(), getLocale()) + ")");
        session.setEmptySelectionAllowed(false);
        session.setWidth("24em");
        session.setMaxWidth("100%");
        title.setLabel(getTranslation("survey.title"));
        title.setMaxLength(SurveyService.MAX_TITLE);
        title.setWidth("24em");
        title.setMaxWidth("100%");
        var create = new Button(getTranslation("survey.new.create"), e -> create());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClassName("survey-create");
        var row = new HorizontalLayout(session, title, create);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        box.add(row);
        if (sessions.isEmpty()) {
            box.add(new Paragraph(getTranslation("survey.new.no-sessions")));
        }
        return box;
    }

    private void create() {
        SessionChoice chosen = session.getValue();
        if (chosen == null) {
            show("survey.refused.no-such-session");
            return;
        }
        try {
            long id = surveys.create(new SurveyDraft(chosen.id(), title.getValue(),
                    getTranslation("survey.purpose.default"), true,
                    chosen.endsAt().atZone(JapaneseDates.ZONE).toLocalDate().plusDays(14), List.of()));
            getUI().ifPresent(ui -> ui.navigate(SurveyEditView.class, SurveyLinks.of(id)));
        } catch (SurveyException refused) {
            show(refused.messageKey());
        }
    }

    private void show(String key) {
        message.setText(getTranslation(key));
        message.setVisible(true);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.surveys");
    }
}
