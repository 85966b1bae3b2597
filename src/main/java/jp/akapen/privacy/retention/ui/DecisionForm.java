package jp.akapen.privacy.retention.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Locale;
import jp.akapen.shared.ui.DateFields;
import jp.akapen.privacy.retention.RetentionAction;
import jp.akapen.privacy.retention.RetentionRules;

/**
 * One decision on one period, in place under its card: the reason and date it needs, and the refusal, if any, right
 * here. It knows no service: it hands what was entered to the {@link Decider}.
 */
class DecisionForm extends Div {

    /** Takes the decision; throws the service's refusal, which the form shows. */
    interface Decider {
        void decide(long cohortId, RetentionAction action, String reason, LocalDate date);
    }

    private static final EnumSet<RetentionAction> WITH_REASON = EnumSet.of(RetentionAction.EXTEND,
            RetentionAction.HOLD, RetentionAction.REFUSE_AS_MANAGER, RetentionAction.REFUSE_AS_WARD);
    private static final EnumSet<RetentionAction> WITH_DATE = EnumSet.of(RetentionAction.EXTEND,
            RetentionAction.REFUSE_AS_WARD);

    private final TextArea reason = new TextArea();
    private final DatePicker date = new DatePicker();
    private final Checkbox holdInstead = new Checkbox();
    private final Paragraph problem = new Paragraph();

    DecisionForm(long cohortId, RetentionAction action, LocalDate today, Runnable close,
            java.util.function.Consumer<RuntimeException> refused, Decider decider) {
        String prefix = "retention-" + cohortId + "-";
        addClassName("retention-form");
        setId(prefix + "form");
        add(new Paragraph(getTranslation("retention.form.hint." + key(action))));
        if (WITH_DATE.contains(action)) {
            date.setLabel(getTranslation("retention.field.new-due"));
            date.setId(prefix + "date");
            date.setMin(today.plusDays(1));
            DateFields.typeable(date, getLocale());
            add(date);
        }
        if (action == RetentionAction.REFUSE_AS_WARD) {
            holdInstead.setLabel(getTranslation("retention.field.hold-instead"));
            holdInstead.setId(prefix + "hold-instead");
            holdInstead.addValueChangeListener(e -> date.setEnabled(!e.getValue()));
            add(holdInstead);
        }
        if (WITH_REASON.contains(action)) {
            reason.setLabel(getTranslation("retention.field.reason"));
            reason.setId(prefix + "reason");
            reason.setRequiredIndicatorVisible(true);
            reason.setMaxLength(RetentionRules.REASON_MAX);
            reason.setWidthFull();
            add(reason);
        }
        problem.addClassName("retention-problem");
        problem.setId(prefix + "problem");
        problem.setVisible(false);
        var submit = new Button(getTranslation("retention.action." + key(action)), click -> {
            try {
                decider.decide(cohortId, action, WITH_REASON.contains(action) ? reason.getValue() : null,
                        WITH_DATE.contains(action) && !holdInstead.getValue() ? date.getValue() : null);
            } catch (RuntimeException refusal) {
                refused.accept(refusal);
            }
        });
        submit.setId(prefix + "submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var cancel = new Button(getTranslation("retention.form.cancel"), click -> close.run());
        cancel.setId(prefix + "cancel");
        add(problem, new HorizontalLayout(submit, cancel));
    }

    void showProblem(String text) {
        problem.setText(text);
        problem.setVisible(true);
    }

    static String key(RetentionAction action) {
        return action.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
