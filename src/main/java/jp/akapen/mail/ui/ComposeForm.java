package jp.akapen.mail.ui;

import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
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
import jp.akapen.shared.correspondence.ThreadInfo;

/**
 * What a person writes to residents: a fiscal year's residents by pen name (never an address), the article or
 * lecture it is about (optional; none: a general mail), subject, text.
 * Knows no service; the view reads {@link #draft()} and hands it to {@link MailComposer}.
 */
class ComposeForm extends Div {

    final Select<Cohort> cohort = new Select<>();
    final CheckboxGroup<Cohort.Member> recipients = new CheckboxGroup<>();
    final TextField subject = new TextField();
    final TextArea body = new TextArea();
    final ComboBox<ThreadInfo> thread = new ComboBox<>();

    ComposeForm(List<Cohort> cohorts, List<ThreadInfo> threads) {
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
        thread.setLabel(getTranslation("mail.thread.choose"));
        thread.setHelperText(getTranslation("mail.thread.choose.help"));
        thread.setPlaceholder(getTranslation("mail.thread.general"));
        thread.setClearButtonVisible(true);
        thread.setItems(new java.util.ArrayList<>(threads));
        thread.setItemLabelGenerator(this::threadLabel);
        thread.setWidthFull();
        thread.addClassName("mail-compose-thread");
        add(cohort, recipients, thread, subject, body);
    }

    /** "記事: 題名（号）" or "講座: 題名（日時）": what the mail is about, as the ward will find it. */
    private String threadLabel(ThreadInfo info) {
        String kind = getTranslation("mail.thread.kind." + info.key().kind());
        return info.context() == null || info.context().isBlank() ? kind + ": " + info.title()
                : getTranslation("mail.thread.choice", kind, info.title(), info.context());
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
        if (mail.thread() != null) {
            var known = thread.getListDataView().getItems().filter(t -> t.key().equals(mail.thread())).findFirst();
            // a thread the drafter cannot list (a lecture of another organiser) is kept, not dropped on save
            thread.setValue(known.orElseGet(() -> {
                var kept = new ThreadInfo(mail.thread(), "#" + mail.thread().id(), "", "", "");
                thread.getListDataView().addItem(kept);
                return kept;
            }));
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
        return new Draft(chosen, subject.getValue(), body.getValue(),
                thread.getValue() == null ? null : thread.getValue().key());
    }
}
