package jp.akapen.mail.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.stream.Collectors;
import jp.akapen.mail.ComposedMail;
import jp.akapen.mail.MailComposer;
import jp.akapen.shared.Roles;
import jp.akapen.shared.ui.GridOnPhones;

/**
 * 全メールの閲覧 (seed E2; issue 12 item 7): ward staff read every mail the portal holds, written or generated, with
 * its recipients by name, state, who wrote and who approved it. The ward's office is in Cc on each, which the rules
 * where the message is built guarantee and no composer can change; the page says so.
 */
@Route("mail/correspondence")
@Menu(order = 86, icon = "vaadin:archive", title = "menu.mail-correspondence")
@RolesAllowed(Roles.WARD_STAFF)
class CorrespondenceView extends Main implements HasDynamicTitle {

    final Grid<ComposedMail> mails = new Grid<>();
    final Div detail = new Div();

    CorrespondenceView(MailComposer composer) {
        addClassName("mail-correspondence");
        var ward = new Paragraph(MailDetail.wardLine(this, composer.wardAddress()));
        ward.addClassName("mail-ward-cc");
        var byThread = new com.vaadin.flow.router.RouterLink(getTranslation("mail.thread.by-thread"), ThreadsView.class);
        byThread.addClassName("mail-threads-link");
        add(new Paragraph(getTranslation("mail.correspondence.intro")), ward, new Paragraph(byThread));
        var all = composer.correspondence();
        if (all.isEmpty()) {
            add(new Paragraph(getTranslation("mail.correspondence.empty")));
            return;
        }
        mails.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        mails.addColumn(ComposedMail::id).setHeader(getTranslation("mail.outbox.id")).setWidth("4.5rem")
                .setFlexGrow(0);
        var subject = mails.addComponentColumn(m -> MailDetail.mailText(new com.vaadin.flow.component.html.Span(),
                        m.subject())).setHeader(getTranslation("mail.compose.subject-column"))
                .setWidth("9rem").setFlexGrow(3);
        var state = mails.addColumn(m -> getTranslation("mail.state." + MailDetail.labelKey(m.state())))
                .setHeader(getTranslation("mail.outbox.state")).setWidth("7rem").setFlexGrow(0);
        var recipients = mails.addColumn(m -> m.recipients().stream().map(ComposedMail.Person::name)
                        .collect(Collectors.joining(getTranslation("mail.outbox.recipients.separator"))))
                .setHeader(getTranslation("mail.outbox.recipients")).setWidth("9rem").setFlexGrow(2);
        mails.addColumn(m -> m.drafter() == null ? "" : m.drafter().name())
                .setHeader(getTranslation("mail.compose.drafter")).setWidth("7rem").setFlexGrow(1);
        mails.addColumn(m -> m.approver() == null ? "" : m.approver().name())
                .setHeader(getTranslation("mail.compose.approver")).setWidth("7rem").setFlexGrow(1);
        mails.addColumn(m -> getTranslation("mail.kind." + MailDetail.labelKey(m.kind())))
                .setHeader(getTranslation("mail.outbox.kind")).setWidth("6rem").setFlexGrow(0);
        mails.addColumn(m -> MailDetail.time(m.createdAt(), getLocale())).setHeader(getTranslation("mail.correspondence.created"))
                .setWidth("9rem").setFlexGrow(1);
        GridOnPhones.first(mails, 1100, subject, state, recipients);
        mails.setItems(all);
        mails.setHeight("24rem");
        detail.addClassName("mail-correspondence-detail");
        detail.add(new Paragraph(getTranslation("mail.correspondence.choose")));
        mails.asSingleSelect().addValueChangeListener(e -> {
            detail.removeAll();
            if (e.getValue() != null) {
                detail.add(new MailDetail(e.getValue(), composer.wardAddress()));
            }
        });
        add(mails, detail);
    }


    @Override
    public String getPageTitle() {
        return getTranslation("mail.correspondence.title");
    }
}
