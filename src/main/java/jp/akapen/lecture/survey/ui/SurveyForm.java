package jp.akapen.lecture.survey.ui;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import jp.akapen.lecture.survey.Answer;
import jp.akapen.lecture.survey.Question;
import jp.akapen.lecture.survey.Survey;
import jp.akapen.lecture.survey.SurveyService;
import jp.akapen.shared.JapaneseDates;

/**
 * A survey as a resident sees it: first what it is for and whether it is anonymous (P6), then the questions. The
 * builder's preview is the same form, read only. It knows no service: the view asks it for {@link #answers()}.
 */
class SurveyForm extends Div {

    private final Map<Long, HasValue<?, ?>> fields = new LinkedHashMap<>();
    private final List<Question> questions;

    SurveyForm(Survey survey, boolean readOnly) {
        addClassName("survey-form");
        questions = survey.questions();
        var notice = new Div();
        notice.addClassName("survey-notice");
        notice.getElement().setAttribute("role", "note");
        notice.add(new H3(survey.title()));
        var purpose = new Paragraph(getTranslation("survey.notice.purpose", survey.purpose()));
        purpose.addClassName("survey-purpose");
        var anonymity = new Paragraph(getTranslation(survey.anonymous() ? "survey.notice.anonymous" : "survey.notice.named"));
        anonymity.addClassName("survey-anonymity");
        notice.add(purpose, anonymity);
        if (survey.closesOn() != null) {
            notice.add(new Paragraph(getTranslation("survey.notice.closes",
                    JapaneseDates.date(survey.closesOn(), getLocale()))));
        }
        add(notice);
        int number = 0;
        for (Question q : questions) {
            number++;
            var field = field(q, number);
            ((com.vaadin.flow.component.Component) field).addClassName("survey-question");
            field.setReadOnly(readOnly);
            fields.put(q.id() == null ? -number : q.id(), field);
            add((com.vaadin.flow.component.Component) field);
        }
    }

    private HasValue<?, ?> field(Question q, int number) {
        String label = number + ". " + q.text() + (q.required() ? " " + getTranslation("survey.required-mark") : "");
        return switch (q.kind()) {
            case SINGLE -> {
                var group = new RadioButtonGroup<Integer>(label);
                group.setItems(IntStream.range(0, q.options().size()).boxed().toList());
                group.setItemLabelGenerator(i -> q.options().get(i));
                group.setRequiredIndicatorVisible(q.required());
                yield group;
            }
            case MULTIPLE -> {
                var group = new CheckboxGroup<Integer>(label);
                group.setItems(IntStream.range(0, q.options().size()).boxed().toList());
                group.setItemLabelGenerator(i -> q.options().get(i));
                group.setRequiredIndicatorVisible(q.required());
                group.setHelperText(getTranslation("survey.multiple-help"));
                yield group;
            }
            case SCALE -> {
                var group = new RadioButtonGroup<Integer>(label);
                group.setItems(1, 2, 3, 4, 5);
                group.setItemLabelGenerator(String::valueOf);
                group.setHelperText(getTranslation("survey.scale-help"));
                group.setRequiredIndicatorVisible(q.required());
                group.addClassName("survey-scale");
                yield group;
            }
            case TEXT -> {
                var area = new TextArea(label);
                area.setMaxLength(SurveyService.MAX_TEXT_ANSWER);
                area.setWidthFull();
                area.setRequiredIndicatorVisible(q.required());
                yield area;
            }
        };
    }

    /** What the resident filled in, per question id; unanswered questions are left out. */
    Map<Long, Answer> answers() {
        var answers = new HashMap<Long, Answer>();
        for (Question q : questions) {
            Object value = fields.get(q.id()).getValue();
            switch (q.kind()) {
                case SINGLE -> {
                    if (value instanceof Integer i) {
                        answers.put(q.id(), new Answer.Choice(List.of(i)));
                    }
                }
                case MULTIPLE -> {
                    if (value instanceof java.util.Set<?> set && !set.isEmpty()) {
                        var chosen = new ArrayList<Integer>();
                        set.forEach(o -> chosen.add((Integer) o));
                        answers.put(q.id(), new Answer.Choice(chosen));
                    }
                }
                case SCALE -> {
                    if (value instanceof Integer i) {
                        answers.put(q.id(), new Answer.Scale(i));
                    }
                }
                case TEXT -> {
                    if (value instanceof String s && !s.isBlank()) {
                        answers.put(q.id(), new Answer.Text(s));
                    }
                }
            }
        }
        return answers;
    }

    /** The field of the question with this id (tests fill it in). */
    @SuppressWarnings("unchecked")
    <V> AbstractField<?, V> field(long questionId) {
        return (AbstractField<?, V>) fields.get(questionId);
    }
}
