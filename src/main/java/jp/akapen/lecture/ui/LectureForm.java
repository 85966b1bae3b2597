package jp.akapen.lecture.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Consumer;
import jp.akapen.edition.Cohort;
import jp.akapen.lecture.Lecture;
import jp.akapen.lecture.LectureDraft;
import jp.akapen.lecture.LectureKind;
import jp.akapen.mail.files.PortalFile;
import jp.akapen.shared.JapaneseDates;

/**
 * The fields of a lecture or meeting; knows no service: {@code onSave} receives the draft, and the page shows the
 * service's refusal in place through {@link #refuse}. Each date shows its 和暦 reading under it.
 */
class LectureForm extends Div {

    private final ComboBox<Cohort> cohort = new ComboBox<>();
    private final RadioButtonGroup<LectureKind> kind = new RadioButtonGroup<>();
    private final TextField title = new TextField();
    private final DateTimePicker starts = new DateTimePicker();
    private final DateTimePicker ends = new DateTimePicker();
    private final DateTimePicker deadline = new DateTimePicker();
    private final TextField place = new TextField();
    private final TextField onlineUrl = new TextField();
    private final IntegerField capacity = new IntegerField();
    private final TextArea agenda = new TextArea();
    private final MultiSelectComboBox<PortalFile> materials = new MultiSelectComboBox<>();
    private final Div message = new Div();

    LectureForm(String heading, List<Cohort> cohorts, List<PortalFile> files, Lecture existing,
            Consumer<LectureDraft> onSave, Runnable onCancel) {
        addClassName("lecture-form");
        add(new H3(heading));
        cohort.setLabel(getTranslation("lecture.form.cohort"));
        cohort.setItems(cohorts);
        cohort.setItemLabelGenerator(c -> JapaneseDates.fiscalYear(c.fiscalYear(), LectureLabels.locale(this))
                + " " + c.contractor());
        if (cohorts.size() >= 1) {
            cohort.setValue(cohorts.getLast());
        }
        cohort.setVisible(existing == null);
        kind.setLabel(getTranslation("lecture.form.kind"));
        kind.setItems(LectureKind.values());
        kind.setItemLabelGenerator(k -> LectureLabels.kind(this, k));
        kind.setValue(LectureKind.LECTURE);
        title.setLabel(getTranslation("lecture.form.title"));
        title.setMaxLength(200);
        title.setRequiredIndicatorVisible(true);
        starts.setLabel(getTranslation("lecture.form.starts"));
        ends.setLabel(getTranslation("lecture.form.ends"));
        deadline.setLabel(getTranslation("lecture.form.deadline"));
        for (DateTimePicker p : List.of(starts, ends, deadline)) {
            p.setLocale(LectureLabels.locale(this));
            p.setStep(java.time.Duration.ofMinutes(15));
            p.setRequiredIndicatorVisible(true);
            p.addValueChangeListener(change -> p.setHelperText(change.getValue() == null ? null
                    : LectureLabels.dateTime(this, instant(change.getValue()))));
        }
        place.setLabel(getTranslation("lecture.form.place"));
        place.setMaxLength(300);
        onlineUrl.setLabel(getTranslation("lecture.form.online-url"));
        onlineUrl.setHelperText(getTranslation("lecture.form.online-url.help"));
        onlineUrl.setMaxLength(500);
        capacity.setLabel(getTranslation("lecture.form.capacity"));
        capacity.setHelperText(getTranslation("lecture.form.capacity.help"));
        capacity.setMin(1);
        agenda.setLabel(getTranslation("lecture.form.agenda"));
        agenda.setMaxLength(5000);
        materials.setLabel(getTranslation("lecture.form.materials"));
        materials.setHelperText(getTranslation("lecture.form.materials.help"));
        materials.setItems(files);
        materials.setItemLabelGenerator(PortalFile::name);
        if (existing != null) {
            kind.setValue(existing.kind());
            title.setValue(existing.title());
            starts.setValue(local(existing.startsAt()));
            ends.setValue(local(existing.endsAt()));
            deadline.setValue(local(existing.rsvpDeadline()));
            place.setValue(existing.place() == null ? "" : existing.place());
            onlineUrl.setValue(existing.onlineUrl() == null ? "" : existing.onlineUrl());
            capacity.setValue(existing.capacity());
            agenda.setValue(existing.agenda() == null ? "" : existing.agenda());
            var chosen = existing.materials().stream().map(Lecture.Material::fileId).toList();
            materials.setValue(files.stream().filter(f -> chosen.contains(f.id())).toList());
        }
        var fields = new FormLayout(cohort, kind, title, starts, ends, deadline, place, onlineUrl, capacity,
                materials, agenda);
        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("700px", 2));
        fields.setColspan(agenda, 2);
        fields.setColspan(title, 2);
        message.setVisible(false);
        message.getElement().setAttribute("role", "alert");
        var save = new Button(getTranslation("lecture.form.save"), click -> onSave.accept(draft()));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClassName("lecture-save");
        var cancel = new Button(getTranslation("lecture.form.cancel"), click -> onCancel.run());
        add(fields, message, new Div(save, cancel));
    }

    LectureDraft draft() {
        return new LectureDraft(cohort.getValue() == null ? -1 : cohort.getValue().id(), kind.getValue(),
                title.getValue(), instant(starts.getValue()), instant(ends.getValue()), place.getValue(),
                onlineUrl.getValue(), capacity.getValue(), agenda.getValue(), instant(deadline.getValue()),
                materials.getValue().stream().map(PortalFile::id).toList());
    }

    void refuse(String text) {
        message.removeAll();
        message.add(new Span(text));
        message.setClassName("upload-status upload-refusal lecture-refusal");
        message.setVisible(true);
    }

    private static Instant instant(LocalDateTime local) {
        return local == null ? null : local.atZone(JapaneseDates.ZONE).toInstant();
    }

    private static LocalDateTime local(Instant at) {
        return LocalDateTime.ofInstant(at, JapaneseDates.ZONE);
    }
}
