package jp.akapen.mail.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.util.List;
import jp.akapen.mail.DemoMailboxes;
import jp.akapen.mail.DemoMailboxes.Mailbox;
import jp.akapen.mail.DemoMailboxes.Received;
import jp.akapen.mail.MailComposer;
import jp.akapen.shared.JapaneseDates;
import jp.akapen.shared.Roles;
import jp.akapen.shared.ui.GridOnPhones;
import jp.akapen.shared.ui.GridRows;

/**
 * The demo mail server's mailboxes (issue 12 item 8), for ward staff trying the portal: what each address received,
 * without a mail client. Not in the menu (the outbox page links to it while the demo server runs) and "not found"
 * when it does not run, as in production.
 */
@Route("mail/demo-mailbox")
@RolesAllowed(Roles.WARD_STAFF)
class DemoMailboxView extends Main implements HasDynamicTitle, BeforeEnterObserver {

    final Select<Mailbox> mailbox = new Select<>();
    final Grid<Received> messages = new Grid<>();
    private final DemoMailboxes demo;
    private final String wardAddress;

    DemoMailboxView(DemoMailboxes demo, MailComposer composer) {
        this.demo = demo;
        this.wardAddress = composer.wardAddress();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!demo.running()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        show(demo.mailboxes());
    }

    private void show(List<Mailbox> boxes) {
        removeAll();
        addClassName("mail-demo-mailbox");
        add(new Paragraph(getTranslation("mail.demo-mailbox.intro")));
        if (boxes.isEmpty()) {
            add(new Paragraph(getTranslation("mail.demo-mailbox.empty")));
            return;
        }
        mailbox.setLabel(getTranslation("mail.demo-mailbox.mailbox"));
        mailbox.setItemLabelGenerator(b -> getTranslation("mail.demo-mailbox.mailbox-item", b.address(),
                b.messages().size()));
        mailbox.setItems(boxes);
        mailbox.setWidthFull();
        mailbox.setMaxWidth("32rem");
        messages.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        var subject = messages.addColumn(Received::subject).setHeader(getTranslation("mail.demo-mailbox.subject"))
                .setWidth("10rem").setFlexGrow(3);
        var how = messages.addColumn(r -> r.asBcc() ? getTranslation("mail.demo-mailbox.as-bcc") : "")
                .setHeader(getTranslation("mail.demo-mailbox.how")).setWidth("9rem").setFlexGrow(1);
        messages.addColumn(Received::from).setHeader(getTranslation("mail.demo-mailbox.from")).setWidth("9rem")
                .setFlexGrow(1);
        var to = messages.addColumn(Received::to).setHeader(getTranslation("mail.demo-mailbox.to")).setWidth("9rem")
                .setFlexGrow(1);
        messages.addColumn(Received::cc).setHeader(getTranslation("mail.demo-mailbox.cc")).setWidth("9rem")
                .setFlexGrow(1);
        var date = messages.addColumn(r -> time(r.date())).setHeader(getTranslation("mail.demo-mailbox.date"))
                .setWidth("9rem").setFlexGrow(0);
        GridOnPhones.first(messages, 1100, subject, how, date, to);
        mailbox.addValueChangeListener(e -> GridRows.show(messages, e.getValue() == null ? List.of() : e.getValue().messages()));
        mailbox.setValue(boxes.stream().filter(b -> b.address().equalsIgnoreCase(wardAddress)).findFirst()
                .orElse(boxes.getFirst()));
        add(mailbox, messages);
    }

    private String time(Instant at) {
        if (at == null) {
            return "";
        }
        var local = at.atZone(JapaneseDates.ZONE);
        return JapaneseDates.date(local.toLocalDate(), getLocale()) + " " + local.toLocalTime().withNano(0);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("mail.demo-mailbox.title");
    }
}
