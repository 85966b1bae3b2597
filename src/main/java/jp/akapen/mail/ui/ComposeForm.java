package jp.akapen.mail.ui;

import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.html.Div;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import jp.akapen.edition.Cohort;
import jp.akapen.mail.ComposedMail;
import jp.akapen.mail.MailComposer;
import jp.akapen.mail.MailComposer.Draft;

/**
 * What a person writes to residents: a fiscal year's residents by pen name (never an address), subject, text.
 * Knows no service; the view reads {@link #draft()} and hands it to {@link MailComposer}.
 */
class ComposeForm extends Div {

    final Select<Cohort> cohort = new Select<>();
    final CheckboxGroup<Cohort.Member> recipients = new CheckboxGroup<>();
    final TextField subject = new TextField();
    final TextArea body = new TextArea();

    ComposeForm(List<Cohort> cohorts) {
        addClassName("mail-compose-form");
        cohort.setLabel(getTranslation("mail.compose.cohort"));
        cohort.setItemLabelGenerator(c -> getTranslation("mail.compose.cohort.item", String.valueOf(c.fiscalYear())));
        var newestFirst = cohorts.stream().sorted(Comparator.comparingInt(Cohort::fiscalYear).reversed()).toList();
        cohort.setItems(newestFirst);
        recipients.setLabel(getTranslation("mail.compose.recipients"));
        recipients.setItemLabelGenerator(Cohort.Member::penName);
        recipients.addClassName("mail-compose-recipients");
        cohort.addValueChangeListener(e -> recipients.setItems(e.getValue() == null ? List.of() : e.getValue().residents()));
        if (!newestFirst.isEmpty()) {
            cohort.setValue(newestFirst.getFirst());
        }
        subject.setLabel(getTranslation("mail.compose.subject"));
        subject.setMaxLength(MailComposer.MAX_SUBJECT);
        subject.setWidthFull();
        body.setLabel(getTranslation("mail.compose.body"));
        body.setMaxLength(MailComposer.MAX_BODY);
        body.setWidthFull();
        body.setMinHeight("12rem");
        add(cohort, recipients, subject, body);
    }

    /** Shows a mail being edited: its cohort (the one holding its recipients), recipients, subject and text. */
    void fill(ComposedMail mail) {
        var ids = new LinkedHashSet<>(mail.recipientIds());
        cohort.getListDataView().getItems()
                .filter(c -> c.residents().stream().anyMatch(m -> ids.contains(m.id())))
                .findFirst().ifPresent(cohort::setValue);
        if (cohort.getValue() != null) {
            recipients.setValue(new LinkedHashSet<>(cohort.getValue().residents().stream()
                    .filter(m -> ids.contains(m.id())).toList()));
        }
        subject.setValue(mail.subject() == null ? "" : mail.subject());
        body.setValue(mail.body() == null ? "" : mail.body());
    }

    /**
     * Puts a file's portal link in the text, on a line of its own after what is written (issue 12 item 5, E3): the
     * link, not the file, travels by mail. The body is what an approval covers, so this edit voids one like any other.
     */
    void insertLink(String fileName, String url) {
        String text = body.getValue().stripTrailing();
        body.setValue((text.isEmpty() ? "" : text + "\n\n") + fileName + "\n" + url + "\n");
    }

    Draft draft() {
        var chosen = cohort.getValue() == null ? List.<Long>of() : cohort.getValue().residents().stream()
                .filter(recipients.getValue()::contains).map(Cohort.Member::id).toList();
        return new Draft(chosen, subject.getValue(), body.getValue());
    }
}
