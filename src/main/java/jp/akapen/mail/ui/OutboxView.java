package jp.akapen.mail.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import java.util.stream.Collectors;
import jp.akapen.mail.ComposeException;
import jp.akapen.mail.DemoMailboxes;
import jp.akapen.mail.MailOutbox;
import jp.akapen.mail.OutboxEntry;
import jp.akapen.mail.OutboxState;
import jp.akapen.shared.People;
import jp.akapen.shared.Roles;
import jp.akapen.shared.ui.GridOnPhones;
import jp.akapen.shared.ui.GridRows;

/** メール送信状況 (issue 12 item 6): what has not gone out and why, for the contractor's manager and ward staff. */
@Route("mail/outbox")
@Menu(order = 85, icon = "vaadin:envelopes-o", title = "menu.mail-outbox")
@RolesAllowed({Roles.WARD_STAFF, Roles.CONTRACTOR_MANAGER})
class OutboxView extends Main implements HasDynamicTitle {

    private final MailOutbox outbox;
    private final People people;
    private final Paragraph feedback = new Paragraph();
    private final boolean demoMailbox;
    Grid<OutboxEntry> grid = new Grid<>();

    OutboxView(MailOutbox outbox, People people, DemoMailboxes demo) {
        this.outbox = outbox;
        this.people = people;
        this.demoMailbox = demo.openToMe();
        addClassName("mail-outbox");
        feedback.addClassName("mail-outbox-feedback");
        feedback.setVisible(false);
        show();
    }

    private void show() {
        removeAll();
        add(new Paragraph(getTranslation("mail.outbox.intro")), feedback);
        if (demoMailbox) {
            add(new Paragraph(new RouterLink(getTranslation("mail.outbox.demo-mailbox"), DemoMailboxView.class)));
        }
        outbox.blockers().forEach(key -> {
            var blocked = new Paragraph(getTranslation(key));
            blocked.addClassName("mail-outbox-blocked");
            add(blocked);
        });
        var counts = outbox.counts();
        int waiting = counts.getOrDefault(OutboxState.APPROVED, 0) + counts.getOrDefault(OutboxState.SENDING, 0);
        add(new Paragraph(getTranslation("mail.outbox.counts", counts.getOrDefault(OutboxState.SENT, 0), waiting,
                counts.getOrDefault(OutboxState.FAILED, 0))));
        var entries = outbox.unsent();
        if (entries.isEmpty()) {
            add(new Paragraph(getTranslation("mail.outbox.empty")));
            return;
        }
        var names = people.displayNames(entries.stream().flatMap(e -> e.recipients().stream()).distinct().toList());
        grid = new Grid<>();
        // widths in rem with the texts wrapping inside them, so the list fits beside the menu at 1280 px (issue 21)
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(OutboxEntry::id).setHeader(getTranslation("mail.outbox.id")).setWidth("4.5rem").setFlexGrow(0);
        var state = grid.addColumn(e -> getTranslation("mail.state." + MailDetail.labelKey(e.state())))
                .setHeader(getTranslation("mail.outbox.state")).setWidth("7rem").setFlexGrow(0);
        var recipients = grid.addColumn(e -> e.recipients().stream().map(id -> names.getOrDefault(id, "#" + id))
                        .collect(Collectors.joining(getTranslation("mail.outbox.recipients.separator"))))
                .setHeader(getTranslation("mail.outbox.recipients")).setWidth("8rem").setFlexGrow(2);
        var reason = grid.addColumn(e -> reason(e.lastError(), names)).setHeader(getTranslation("mail.outbox.reason"))
                .setWidth("9rem").setFlexGrow(3);
        grid.addColumn(OutboxEntry::attempts).setHeader(getTranslation("mail.outbox.attempts")).setWidth("5.5rem")
                .setFlexGrow(0);
        grid.addColumn(e -> e.state() == OutboxState.FAILED && e.nextAttemptAt() == null
                        ? getTranslation("mail.outbox.no-next-attempt") : MailDetail.time(e.nextAttemptAt(), getLocale()))
                .setHeader(getTranslation("mail.outbox.next-attempt")).setWidth("7.5rem").setFlexGrow(1);
        grid.addColumn(e -> getTranslation("mail.kind." + MailDetail.labelKey(e.kind()))).setHeader(getTranslation("mail.outbox.kind"))
                .setWidth("6rem").setFlexGrow(0);
        grid.addColumn(e -> MailDetail.time(e.createdAt(), getLocale())).setHeader(getTranslation("mail.outbox.created")).setWidth("7.5rem")
                .setFlexGrow(1);
        var retry = grid.addComponentColumn(this::retryButton).setHeader(getTranslation("mail.outbox.retry.header"))
                .setWidth("7rem").setFlexGrow(0);
        GridOnPhones.first(grid, 1100, state, recipients, reason, retry);
        GridRows.show(grid, entries);
        add(grid);
    }

    /** Failed mail only: sent again at the sender's next pass (audited by the service). */
    Component retryButton(OutboxEntry entry) {
        if (entry.state() != OutboxState.FAILED) {
            return new Span();
        }
        var button = new Button(getTranslation("mail.outbox.retry"), click -> {
            try {
                outbox.retry(entry.id());
                say(getTranslation("mail.outbox.retry.done", entry.id()));
            } catch (ComposeException e) {
                say(getTranslation(e.messageKey()));
            }
        });
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        button.getElement().setAttribute("aria-label", getTranslation("mail.outbox.retry.label", entry.id()));
        return button;
    }

    private void say(String text) {
        feedback.setText(text);
        feedback.setVisible(true);
        show();
    }

    /**
     * "mail.error.smtp-unreachable:gave-up" or "mail.refused.address-missing:12" as a sentence, the recipient
     * concerned named.
     */
    private String reason(String lastError, Map<Long, String> names) {
        if (lastError == null) {
            return "";
        }
        String[] parts = lastError.split(":", 2);
        String text = getTranslation(parts[0]);
        if (parts.length < 2) {
            return text;
        }
        if (parts[1].equals("gave-up")) {
            return text + " " + getTranslation("mail.error.gave-up");
        }
        try {
            long account = Long.parseLong(parts[1]);
            return text + " " + getTranslation("mail.outbox.reason.recipient", names.getOrDefault(account, "#" + account));
        } catch (NumberFormatException e) {
            return text;
        }
    }


    @Override
    public String getPageTitle() {
        return getTranslation("mail.outbox.title");
    }
}
