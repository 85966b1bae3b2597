package jp.akapen.mail.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.function.Supplier;
import jp.akapen.mail.ComposeException;
import jp.akapen.mail.ComposedMail;
import jp.akapen.mail.ComposedMail.Action;
import jp.akapen.mail.MailComposer;
import jp.akapen.mail.MailThreads;
import jp.akapen.mail.OutboxState;
import jp.akapen.mail.files.FileLinks;
import jp.akapen.mail.files.FileRefused;
import jp.akapen.mail.files.PortalFile;
import jp.akapen.mail.files.PortalFiles;
import jp.akapen.shared.Roles;
import jp.akapen.shared.ui.GridOnPhones;
import jp.akapen.shared.ui.GridRows;

/**
 * メール作成 (seed E4, E1, E2; issue 12 item 4): a handler or the manager writes a mail to residents, picked by pen
 * name; another one reads it and approves it; then the outbox sends it with the residents in Bcc and the ward in Cc.
 * {@code mail/compose} starts a new mail, {@code mail/compose/12} opens one. What the reader may do is the service's
 * answer ({@link ComposedMail#actions()}); every refusal says why next to the buttons.
 */
@Route("mail/compose")
@Menu(order = 84, icon = "vaadin:envelope-open-o", title = "menu.mail-compose")
@RolesAllowed({Roles.CONTRACTOR_MANAGER, Roles.CONTRACTOR_HANDLER})
class ComposeView extends Main implements HasDynamicTitle, HasUrlParameter<Long> {

    private final MailComposer composer;
    private final PortalFiles files;
    private final FileLinks links;
    private final MailThreads threads;
    final Div editor = new Div();
    Select<PortalFile> file;
    final Paragraph message = new Paragraph();
    Grid<ComposedMail> inProgress = new Grid<>();
    ComposeForm form;
    Long mailId;

    ComposeView(MailComposer composer, PortalFiles files, FileLinks links, MailThreads threads) {
        this.composer = composer;
        this.threads = threads;
        this.files = files;
        this.links = links;
        addClassName("mail-compose");
        message.addClassName("mail-compose-message");
        message.setVisible(false);
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter Long id) {
        removeAll();
        message.setVisible(false);
        add(new Paragraph(getTranslation("mail.compose.intro")));
        if (!composer.mayCompose()) {
            refuse("mail.compose.refused.not-eligible");
            add(message);
            return;
        }
        add(editor, message);
        show(id);
        add(new H3(getTranslation("mail.compose.list.title")), list());
    }

    private void show(Long id) {
        editor.removeAll();
        mailId = id;
        form = null;
        if (id == null) {
            form = new ComposeForm(composer.cohorts(), threads.choices());
            editor.add(form, fileLink(), wardLine(), buttons(null));
            return;
        }
        ComposedMail mail;
        try {
            mail = composer.mail(id);
        } catch (ComposeException e) {
            refuse(e.messageKey());
            return;
        }
        if (mail.actions().contains(Action.EDIT)) {
            form = new ComposeForm(composer.cohorts(), threads.choices());
            form.fill(mail);
            if (mail.state() == OutboxState.AWAITING_APPROVAL || mail.state() == OutboxState.APPROVED) {
                var voids = new Paragraph(getTranslation("mail.compose.edit-voids"));
                voids.addClassNames("upload-status", "upload-notice");
                editor.add(voids);
            }
            editor.add(form, fileLink(), wardLine(), buttons(mail));
            if (mail.approvalBlocked() != null) {
                tell(mail.approvalBlocked()); // awaiting approval: by someone else, and an edit withdraws the request
            }
            return;
        }
        editor.add(new MailDetail(mail, composer.wardAddress()));
        if (mail.actions().contains(Action.APPROVE)) {
            var approve = new Button(getTranslation("mail.compose.approve"),
                    click -> act(() -> {
                        composer.approve(mail.id(), mail.contentHash());
                        return mail.id();
                    }, "mail.compose.approved"));
            approve.addThemeVariants(ButtonVariant.PRIMARY);
            approve.addClassName("mail-approve");
            editor.add(approve);
        } else if (mail.approvalBlocked() != null) {
            refuse(mail.approvalBlocked());
        }
    }

    private Div buttons(ComposedMail mail) {
        var save = new Button(getTranslation("mail.compose.save"),
                click -> act(() -> composer.save(mailId, form.draft()), "mail.compose.saved"));
        var submit = new Button(getTranslation("mail.compose.submit"), click -> act(() -> {
            long id = composer.save(mailId, form.draft());
            composer.submit(id);
            return id;
        }, "mail.compose.submitted"));
        submit.addThemeVariants(ButtonVariant.PRIMARY);
        var buttons = new Div(save, submit);
        buttons.addClassName("mail-compose-buttons");
        return buttons;
    }

    /**
     * A file the drafter may read, as a link in the text instead of an attachment (E3): the link is made for the
     * drafter when inserted, and works only for those the file is shared with, after they sign in.
     */
    private Div fileLink() {
        file = new Select<>();
        file.setLabel(getTranslation("mail.compose.file-link.file"));
        file.setItemLabelGenerator(f -> f == null ? "" : f.name());
        file.setEmptySelectionAllowed(true);
        file.setEmptySelectionCaption(getTranslation("mail.compose.file-link.choose"));
        var readable = files.visible();
        file.setItems(readable);
        var insert = new Button(getTranslation("mail.compose.file-link.insert"), click -> {
            if (file.getValue() == null) {
                refuse("mail.compose.file-link.none-chosen");
                return;
            }
            try {
                form.insertLink(file.getValue().name(), links.linkFor(file.getValue().id()));
            } catch (FileRefused e) {
                refuse(e.messageKey());
                return;
            }
            file.clear();
            tell("mail.compose.file-link.inserted");
        });
        insert.addClassName("mail-insert-file-link");
        var hint = new Paragraph(getTranslation(readable.isEmpty() ? "mail.compose.file-link.no-files"
                : "mail.compose.file-link.hint"));
        hint.addClassName("mail-file-link-hint");
        var box = new Div(file, insert, hint);
        box.addClassName("mail-file-link");
        return box;
    }

    private Paragraph wardLine() {
        var ward = new Paragraph(MailDetail.wardLine(this, composer.wardAddress()));
        ward.addClassName("mail-ward-cc");
        return ward;
    }

    /** Runs a step; on success shows the mail as it is now with a confirmation, on refusal the reason, in place. */
    private void act(Supplier<Long> step, String doneKey) {
        long id;
        try {
            id = step.get();
        } catch (ComposeException e) {
            refuse(e.messageKey());
            return;
        }
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, "mail/compose/" + id));
        show(id);
        GridRows.show(inProgress, composer.inProgress());
        tell(doneKey);
    }

    private void tell(String key) {
        message.setText(getTranslation(key));
        message.setClassName("mail-compose-message upload-status upload-notice");
        message.setVisible(true);
    }

    private void refuse(String key) {
        message.setText(getTranslation(key));
        message.setClassName("mail-compose-message upload-status upload-refusal");
        message.setVisible(true);
    }

    private Div list() {
        inProgress = new Grid<>();
        inProgress.addClassName("mail-in-progress");
        inProgress.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        var subject = inProgress.addComponentColumn(
                        m -> MailDetail.mailText(new RouterLink(m.subject(), ComposeView.class, m.id()), null))
                .setHeader(getTranslation("mail.compose.subject-column")).setWidth("12rem").setFlexGrow(3);
        var state = inProgress.addColumn(m -> getTranslation(
                        "mail.state." + MailDetail.labelKey(m.state())))
                .setHeader(getTranslation("mail.compose.state")).setWidth("7rem").setFlexGrow(0);
        inProgress.addColumn(m -> m.drafter() == null ? "" : m.drafter().name())
                .setHeader(getTranslation("mail.compose.drafter")).setWidth("8rem").setFlexGrow(1);
        inProgress.addColumn(m -> m.approver() == null ? "" : m.approver().name())
                .setHeader(getTranslation("mail.compose.approver")).setWidth("8rem").setFlexGrow(1);
        GridOnPhones.first(inProgress, 700, subject, state);
        var mails = composer.inProgress();
        GridRows.show(inProgress, mails);
        var box = new Div();
        if (mails.isEmpty()) {
            box.add(new Paragraph(getTranslation("mail.compose.list.empty")));
        }
        box.add(inProgress, new RouterLink(getTranslation("mail.compose.new"), ComposeView.class));
        return box;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("mail.compose.title");
    }
}
