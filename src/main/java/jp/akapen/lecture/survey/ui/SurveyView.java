package jp.akapen.lecture.survey.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;
import jp.akapen.lecture.survey.Survey;
import jp.akapen.lecture.survey.Survey.Action;
import jp.akapen.lecture.survey.SurveyException;
import jp.akapen.lecture.survey.SurveyService;
import jp.akapen.lecture.survey.SurveyStatus;
import jp.akapen.lecture.survey.screening.ScreeningFinding;
import jp.akapen.shared.JapaneseDates;
import jp.akapen.shared.Roles;

/**
 * One survey. A resident answers it (its purpose and anonymity first, P6). Its builders see where it stands, send it
 * for opening and preview it; ward staff see the questions screening flagged, with the words and why, and approve or
 * refuse with a reason (P7). What each may do is the service's answer ({@link Survey#actions()}).
 */
@Route("surveys/:surveyId([0-9]{1,18})")
@RolesAllowed({Roles.RESIDENT, Roles.CONTRACTOR_HANDLER, Roles.CONTRACTOR_MANAGER, Roles.WARD_STAFF})
class SurveyView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final SurveyService surveys;
    final Paragraph message = new Paragraph();
    final TextArea reason = new TextArea();
    SurveyForm form;
    private Survey survey;
    private long id;

    SurveyView(SurveyService surveys) {
        this.surveys = surveys;
        addClassName("survey");
        message.addClassName("survey-message");
        message.getElement().setAttribute("role", "status");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        id = SurveyLinks.id(event);
        var loaded = SurveyLinks.load(event, this, () -> surveys.survey(id));
        if (loaded.isEmpty()) {
            return;
        }
        survey = loaded.get();
        build();
    }

    private void build() {
        removeAll();
        message.setVisible(false);
        if (survey.actions().contains(Action.ANSWER)) {
            form = new SurveyForm(survey, false);
            var send = new Button(getTranslation("survey.answer.send"), e -> send());
            send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            send.addClassName("survey-send");
            add(form, message, send);
            return;
        }
        boolean resident = jp.akapen.shared.SignedIn.user().map(u -> Roles.RESIDENT.equals(u.role())).orElse(false);
        if (resident) {
            add(new H2(survey.title()), new Paragraph(getTranslation("survey.answer.done-or-closed")));
            return;
        }
        add(new H2(survey.title()), summary(), message, actions());
        if (survey.status() == SurveyStatus.AWAITING_WARD || survey.actions().contains(Action.REVIEW)) {
            add(flagged());
        }
        var preview = new Div(new H3(getTranslation("survey.preview.title")), new SurveyForm(survey, true));
        preview.addClassName("survey-preview");
        add(preview);
    }

    private Div summary() {
        var box = new Div();
        box.addClassName("survey-summary");
        var status = new Span(getTranslation("survey.status." + survey.status().name().toLowerCase(Locale.ROOT)));
        status.addClassNames("status-badge", "survey-status-" + survey.status().name().toLowerCase(Locale.ROOT));
        box.add(status);
        box.add(new Paragraph(getTranslation("survey.summary.session", survey.sessionTitle(),
                JapaneseDates.dateTime(survey.sessionEndsAt(), getLocale()))));
        box.add(new Paragraph(getTranslation("survey.summary.closes", JapaneseDates.date(survey.closesOn(), getLocale()),
                getTranslation(survey.anonymous() ? "survey.anonymous" : "survey.named"))));
        box.add(new Paragraph(getTranslation("survey.list.responses", survey.responses(), survey.attendees())));
        box.add(new Paragraph(getTranslation("survey.summary.by", survey.createdByName())));
        if (survey.lastReview() != null) {
            var r = survey.lastReview();
            var line = new Paragraph(getTranslation(r.approved() ? "survey.review.approved-by" : "survey.review.refused-by",
                    r.decidedBy(), JapaneseDates.dateTime(r.decidedAt(), getLocale()), r.reason()));
            line.addClassName("survey-review-line");
            box.add(line);
            if (r.approved() && !survey.approved()) {
                box.add(new Paragraph(getTranslation("survey.review.voided")));
            }
        }
        return box;
    }

    private HorizontalLayout actions() {
        var row = new HorizontalLayout();
        row.setWrap(true);
        row.addClassName("survey-actions");
        if (survey.actions().contains(Action.EDIT)) {
            row.add(new RouterLink(getTranslation("survey.edit"), SurveyEditView.class, SurveyLinks.of(id)));
        }
        if (survey.actions().contains(Action.SUBMIT)) {
            var submit = new Button(getTranslation("survey.submit"), e -> submit());
            submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            submit.addClassName("survey-submit");
            row.add(submit);
        }
        if (survey.actions().contains(Action.RESULTS)) {
            row.add(new RouterLink(getTranslation("survey.results"), SurveyResultsView.class, SurveyLinks.of(id)));
        }
        return row;
    }

    private Div flagged() {
        var box = new Div(new H3(getTranslation("survey.screening.title")));
        box.addClassName("survey-screening");
        var flagged = surveys.flagged(id);
        box.add(new Paragraph(getTranslation(flagged.isEmpty() ? "survey.screening.none" : "survey.screening.intro")));
        var list = new UnorderedList();
        for (Survey.Flagged f : flagged) {
            var item = new ListItem();
            item.addClassName("survey-flagged");
            item.add(new Paragraph(f.number() + ". " + f.question().text()));
            f.question().options().forEach(o -> item.add(new Paragraph("・" + o)));
            for (ScreeningFinding finding : f.findings()) {
                var why = new Paragraph(getTranslation("survey.screening.finding", finding.matched(),
                        getTranslation("survey.category." + finding.category().name().toLowerCase(Locale.ROOT)),
                        finding.explanation()));
                why.addClassName("survey-finding");
                item.add(why);
            }
            list.add(item);
        }
        box.add(list);
        if (survey.actions().contains(Action.REVIEW)) {
            reason.setLabel(getTranslation("survey.review.reason"));
            reason.setMaxLength(SurveyService.MAX_REASON);
            reason.setWidthFull();
            reason.setRequiredIndicatorVisible(true);
            var approve = new Button(getTranslation("survey.review.approve"), e -> decide(true));
            approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            approve.addClassName("survey-approve");
            var refuse = new Button(getTranslation("survey.review.refuse"), e -> decide(false));
            refuse.addClassName("survey-refuse");
            var row = new HorizontalLayout(approve, refuse);
            row.setWrap(true);
            box.add(reason, row);
        } else if (survey.status() == SurveyStatus.AWAITING_WARD) {
            box.add(new Paragraph(getTranslation("survey.screening.waiting")));
        }
        return box;
    }

    private void submit() {
        try {
            SurveyStatus now = surveys.submit(id);
            survey = surveys.survey(id);
            build();
            show(now == SurveyStatus.OPEN ? "survey.submitted.open" : "survey.submitted.awaiting-ward");
        } catch (SurveyException refused) {
            show(refused.messageKey());
        }
    }

    private void decide(boolean approve) {
        try {
            if (approve) {
                surveys.approve(id, reason.getValue());
            } else {
                surveys.refuse(id, reason.getValue());
            }
            survey = surveys.survey(id);
            build();
            show(approve ? "survey.review.done-approved" : "survey.review.done-refused");
        } catch (SurveyException refused) {
            show(refused.messageKey());
        }
    }

    private void send() {
        try {
            surveys.answer(id, form.answers());
            removeAll();
            add(new H2(survey.title()));
            message.setText(getTranslation("survey.answer.thanks"));
            message.setVisible(true);
            add(message);
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
        return survey == null ? getTranslation("menu.surveys") : survey.title();
    }
}
