package jp.akapen.lecture.survey.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import jp.akapen.shared.ui.DateFields;
import jp.akapen.lecture.survey.Question;
import jp.akapen.lecture.survey.QuestionKind;
import jp.akapen.lecture.survey.Survey;
import jp.akapen.lecture.survey.SurveyDraft;
import jp.akapen.lecture.survey.SurveyException;
import jp.akapen.lecture.survey.SurveyService;
import jp.akapen.lecture.survey.screening.ScreeningFinding;
import jp.akapen.shared.Roles;

/**
 * The survey builder (issue 13 item 6): title, the purpose residents read first, anonymous or named, closing day,
 * and the questions in order; a preview shows it as the resident will, with what screening will flag. Saving a
 * survey that was sent for opening takes it back to draft; a changed question voids the ward's approval.
 */
@Route("surveys/:surveyId([0-9]{1,18})/edit")
@RolesAllowed({Roles.CONTRACTOR_HANDLER, Roles.CONTRACTOR_MANAGER})
class SurveyEditView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final SurveyService surveys;
    final TextField title = new TextField();
    final TextArea purpose = new TextArea();
    final Checkbox anonymous = new Checkbox();
    final DatePicker closesOn = new DatePicker();
    final Div questions = new Div();
    final Div preview = new Div();
    final Paragraph message = new Paragraph();
    final List<QuestionEditor> editors = new ArrayList<>();
    private Survey survey;
    private long id;

    SurveyEditView(SurveyService surveys) {
        this.surveys = surveys;
        addClassName("survey-edit");
        message.addClassName("survey-message");
        message.getElement().setAttribute("role", "status");
        preview.addClassName("survey-preview");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        id = SurveyLinks.id(event);
        removeAll();
        var loaded = SurveyLinks.load(event, this, () -> surveys.survey(id));
        if (loaded.isEmpty()) {
            return;
        }
        survey = loaded.get();
        add(new H2(getTranslation("survey.edit.title", survey.title())));
        if (!survey.actions().contains(Survey.Action.EDIT)) {
            add(new Paragraph(getTranslation(survey.responses() > 0 ? "survey.refused.answered" : "survey.refused.not-yours")),
                    new RouterLink(getTranslation("survey.back"), SurveyView.class, SurveyLinks.of(id)));
            return;
        }
        build();
    }

    private void build() {
        if (survey.status() != jp.akapen.lecture.survey.SurveyStatus.DRAFT) {
            add(new Paragraph(getTranslation(survey.approved() ? "survey.edit.voids" : "survey.edit.back-to-draft")));
        }
        title.setLabel(getTranslation("survey.title"));
        title.setMaxLength(SurveyService.MAX_TITLE);
        title.setWidthFull();
        title.setValue(survey.title());
        purpose.setLabel(getTranslation("survey.purpose"));
        purpose.setHelperText(getTranslation("survey.purpose.help"));
        purpose.setMaxLength(SurveyService.MAX_PURPOSE);
        purpose.setWidthFull();
        purpose.setValue(survey.purpose());
        anonymous.setLabel(getTranslation("survey.anonymous.choice"));
        anonymous.setValue(survey.anonymous());
        closesOn.setLabel(getTranslation("survey.closes-on"));
        DateFields.typeable(closesOn, getLocale());
        closesOn.setValue(survey.closesOn());
        add(new Paragraph(getTranslation("survey.summary.session-only", survey.sessionTitle())));
        add(title, purpose, new HorizontalLayout(anonymous), closesOn);
        add(new H3(getTranslation("survey.questions")));
        questions.addClassName("survey-questions");
        add(questions);
        survey.questions().forEach(this::addEditor);
        var addQuestion = new Button(getTranslation("survey.question.add"),
                e -> addEditor(new Question(null, QuestionKind.SINGLE, "", true, List.of())));
        addQuestion.addClassName("survey-add-question");
        var save = new Button(getTranslation("survey.save"), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClassName("survey-save");
        var showPreview = new Button(getTranslation("survey.preview"), e -> showPreview());
        showPreview.addClassName("survey-show-preview");
        var row = new HorizontalLayout(addQuestion, showPreview, save,
                new RouterLink(getTranslation("survey.back"), SurveyView.class, SurveyLinks.of(id)));
        row.setWrap(true);
        row.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.BASELINE);
        add(message, row, preview);
        message.setVisible(false);
    }

    void addEditor(Question q) {
        var editor = new QuestionEditor(q, this::moveUp, this::moveDown, this::remove);
        editors.add(editor);
        questions.add(editor);
    }

    private void moveUp(QuestionEditor editor) {
        int i = editors.indexOf(editor);
        if (i > 0) {
            editors.remove(i);
            editors.add(i - 1, editor);
            relayout();
        }
    }

    private void moveDown(QuestionEditor editor) {
        int i = editors.indexOf(editor);
        if (i >= 0 && i < editors.size() - 1) {
            editors.remove(i);
            editors.add(i + 1, editor);
            relayout();
        }
    }

    private void remove(QuestionEditor editor) {
        editors.remove(editor);
        relayout();
    }

    private void relayout() {
        questions.removeAll();
        editors.forEach(questions::add);
    }

    SurveyDraft draft() {
        return new SurveyDraft(survey.sessionId(), title.getValue(), purpose.getValue(), anonymous.getValue(),
                closesOn.getValue(), editors.stream().map(QuestionEditor::question).toList());
    }

    private void save() {
        try {
            surveys.save(id, draft());
            getUI().ifPresent(ui -> ui.navigate(SurveyView.class, SurveyLinks.of(id)));
        } catch (SurveyException refused) {
            message.setText(getTranslation(refused.messageKey()));
            message.setVisible(true);
        }
    }

    void showPreview() {
        preview.removeAll();
        SurveyDraft draft = draft();
        preview.add(new H3(getTranslation("survey.preview.title")));
        var flagged = surveys.screen(draft.questions());
        if (!flagged.isEmpty()) {
            var warning = new Div(new Paragraph(getTranslation("survey.preview.flagged")));
            warning.addClassName("survey-screening");
            for (Survey.Flagged f : flagged) {
                for (ScreeningFinding finding : f.findings()) {
                    var line = new Paragraph(f.number() + ". " + getTranslation("survey.screening.finding",
                            finding.matched(), getTranslation("survey.category."
                                    + finding.category().name().toLowerCase(java.util.Locale.ROOT)), finding.explanation()));
                    line.addClassName("survey-finding");
                    warning.add(line);
                }
            }
            preview.add(warning);
        }
        preview.add(new SurveyForm(SurveyService.preview(draft, survey.sessionTitle()), true));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("survey.edit.page-title");
    }
}
