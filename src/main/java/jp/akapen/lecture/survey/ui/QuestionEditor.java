package jp.akapen.lecture.survey.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import jp.akapen.lecture.survey.Question;
import jp.akapen.lecture.survey.QuestionKind;
import jp.akapen.lecture.survey.SurveyService;

/** One question in the builder: kind, text, options (one per line), required; moved or removed by its buttons. */
class QuestionEditor extends Div {

    final Select<QuestionKind> kind = new Select<>();
    final TextArea text = new TextArea();
    final TextArea options = new TextArea();
    final Checkbox required = new Checkbox();

    QuestionEditor(Question q, Consumer<QuestionEditor> up, Consumer<QuestionEditor> down,
            Consumer<QuestionEditor> remove) {
        addClassName("survey-question-editor");
        kind.setLabel(getTranslation("survey.question.kind"));
        kind.setItems(QuestionKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("survey.kind." + k.name().toLowerCase(Locale.ROOT)));
        kind.setValue(q.kind());
        kind.addValueChangeListener(e -> options.setVisible(e.getValue() != null && e.getValue().hasOptions()));
        text.setLabel(getTranslation("survey.question.text"));
        text.setMaxLength(SurveyService.MAX_QUESTION);
        text.setWidthFull();
        text.setValue(q.text() == null ? "" : q.text());
        options.setLabel(getTranslation("survey.question.options"));
        options.setHelperText(getTranslation("survey.question.options-help"));
        options.setWidthFull();
        options.setValue(String.join("\n", q.options()));
        options.setVisible(q.kind().hasOptions());
        required.setLabel(getTranslation("survey.question.required"));
        required.setValue(q.required());
        var moveUp = new Button(getTranslation("survey.question.up"), e -> up.accept(this));
        var moveDown = new Button(getTranslation("survey.question.down"), e -> down.accept(this));
        var delete = new Button(getTranslation("survey.question.remove"), e -> remove.accept(this));
        for (Button b : List.of(moveUp, moveDown, delete)) {
            b.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        }
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        var head = new HorizontalLayout(kind, required, moveUp, moveDown, delete);
        head.setAlignItems(FlexComponent.Alignment.BASELINE);
        head.setWrap(true);
        add(head, text, options);
    }

    Question question() {
        QuestionKind k = kind.getValue() == null ? QuestionKind.TEXT : kind.getValue();
        List<String> opts = k.hasOptions()
                ? Arrays.stream(options.getValue().split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList()
                : List.of();
        return new Question(null, k, text.getValue(), required.getValue(), opts);
    }
}
