package jp.akapen.mail.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Locale;
import java.util.stream.Collectors;
import jp.akapen.mail.ComposedMail;

/**
 * One mail, read only, as its approver and the ward read it (E2, E4): state, recipients by name in Bcc, the ward's
 * office in Cc (always; the rules put it there), subject, text, who wrote and who approved it, and the SHA-256 an
 * approval covers. Never an address of a resident; user text only as text.
 */
class MailDetail extends Div {

    final Paragraph recipients = new Paragraph();
    final Paragraph ward = new Paragraph();
    final Paragraph subject = new Paragraph();
    final Paragraph body = new Paragraph();
    final Paragraph people = new Paragraph();

    MailDetail(ComposedMail mail, String wardAddress) {
        addClassName("mail-detail");
        add(new H3(getTranslation("mail.compose.detail.title", String.valueOf(mail.id()))));
        var state = new Paragraph(getTranslation("mail.compose.state") + ": " + getTranslation(
                "mail.state." + labelKey(mail.state())));
        state.addClassName("mail-detail-state");
        // a person's mail goes to residents, in Bcc; a notice may go to staff, who are in To
        recipients.setText(getTranslation(mail.kind() == jp.akapen.mail.OutboxKind.COMPOSED ? "mail.compose.recipients"
                : "mail.outbox.recipients") + ": " + names(mail));
        ward.setText(wardLine(this, wardAddress));
        ward.addClassName("mail-ward-cc");
        subject.add(new com.vaadin.flow.component.html.Span(getTranslation("mail.compose.subject") + ": "),
                mailText(new com.vaadin.flow.component.html.Span(), mail.subject()));
        subject.addClassName("mail-detail-subject");
        mailText(body, mail.body());
        body.addClassName("mail-body");
        people.setText(getTranslation("mail.compose.drafter") + ": " + name(mail.drafter()) + " / "
                + getTranslation("mail.compose.approver") + ": " + name(mail.approver()));
        people.addClassName("message-meta");
        add(state, recipients, ward, subject, body, people);
        if (mail.contentHash() != null) {
            var hash = new Paragraph(getTranslation("mail.compose.hash", mail.contentHash()));
            hash.addClassNames("message-meta", "mail-hash");
            add(hash);
        }
        if (mail.lastError() != null) {
            var error = new Paragraph(getTranslation("mail.compose.last-error",
                    getTranslation(mail.lastError().split(":", 2)[0])));
            error.addClassNames("upload-status", "upload-refusal");
            add(error);
        }
    }

    /**
     * A mail's own words, as text (never markup), marked as Japanese: the portal's mail is written for Shinjuku's
     * residents in Japanese (the notice template is Japanese first), so an English page reads it aloud as Japanese.
     */
    static <T extends com.vaadin.flow.component.HasText> T mailText(T component, String text) {
        if (text != null) {
            component.setText(text);
        }
        ((com.vaadin.flow.component.Component) component).getElement().setAttribute("lang", "ja");
        return component;
    }

    /** An enum constant as the tail of its i18n key: {@code AWAITING_APPROVAL} → {@code awaiting-approval}. */
    static String labelKey(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** A moment as the portal writes it (Tokyo time, to the minute), blank for none. */
    static String time(java.time.Instant at, Locale locale) {
        return at == null ? "" : jp.akapen.shared.JapaneseDates.dateTime(at, locale);
    }

    /** "Cc (cannot be removed): the ward's office …": shown wherever a mail is written or read. */
    static String wardLine(com.vaadin.flow.component.Component in, String wardAddress) {
        return wardAddress == null || wardAddress.isBlank() ? in.getTranslation("mail.compose.ward-cc-missing")
                : in.getTranslation("mail.compose.ward-cc", wardAddress);
    }

    private String names(ComposedMail mail) {
        return mail.recipients().stream().map(ComposedMail.Person::name)
                .collect(Collectors.joining(getTranslation("mail.outbox.recipients.separator")));
    }

    private String name(ComposedMail.Person person) {
        return person == null ? getTranslation("mail.compose.none") : person.name();
    }
}
