package jp.akapen.mail.files.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import jp.akapen.mail.files.Download;
import jp.akapen.mail.files.FileRefused;
import jp.akapen.mail.files.PortalFile;
import jp.akapen.mail.files.PortalFiles;
import jp.akapen.shared.People;
import jp.akapen.shared.Roles;
import jp.akapen.shared.ui.GridOnPhones;
import jp.akapen.shared.ui.GridRows;

/**
 * ファイル (issue 12 item 5; E3, P1, P4): the files a person may read, as the portal's answer to mailed attachments.
 * The contractor and the ward add files and choose who may read them; a link is made to paste into a mail, listed
 * and revoked here; where the ward insists on a file, an AES-256 zip whose password is read here, never mailed.
 * Residents see what was shared with them.
 */
@Route("files")
@Menu(order = 87, icon = "vaadin:folder-open-o", title = "menu.files")
@RolesAllowed({Roles.RESIDENT, Roles.CONTRACTOR_MANAGER, Roles.CONTRACTOR_HANDLER, Roles.CONTRACTOR_STAFF,
        Roles.WARD_STAFF})
class FilesView extends Main implements HasDynamicTitle {

    private final PortalFiles files;
    private final People people;
    private final LinkDialogs dialogs;
    private final Div status = new Div();
    private final Span statusText = new Span();
    private final Grid<PortalFile> grid = new Grid<>();
    private final Paragraph empty = new Paragraph();
    private Map<Long, String> names = Map.of();
    private CheckboxGroup<String> roles;
    private MultiSelectComboBox<People.Person> accounts;

    FilesView(PortalFiles files, People people) {
        this.files = files;
        this.people = people;
        this.dialogs = new LinkDialogs(files, this::showRefusal);
        addClassName("files-view");
        add(new Paragraph(getTranslation("files.intro")));
        status.addClassName("upload-status");
        statusText.addClassName("upload-status-text");
        var dismiss = new Button(getTranslation("manuscript.upload.dismiss"), click -> status.setVisible(false));
        dismiss.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        status.add(statusText, dismiss);
        status.setVisible(false);
        if (files.mayUpload()) {
            add(uploadSection());
        }
        add(status);
        buildGrid();
        empty.setText(getTranslation("files.empty"));
        add(empty, grid);
        refresh();
    }

    private Div uploadSection() {
        var section = new Div(new H2(getTranslation("files.upload.title")));
        section.addClassName("files-upload");
        roles = new CheckboxGroup<>(getTranslation("files.upload.roles"));
        roles.setItems(Roles.ALL.stream().filter(r -> !Roles.WARD_STAFF.equals(r)).toList());
        roles.setItemLabelGenerator(role -> getTranslation("role." + role));
        accounts = new MultiSelectComboBox<>(getTranslation("files.upload.accounts"));
        accounts.setItems(Roles.ALL.stream().flatMap(role -> people.withRole(role).stream()).toList());
        accounts.setItemLabelGenerator(p -> getTranslation("files.upload.account", p.displayName(),
                getTranslation("role." + p.role())));
        accounts.setWidthFull();
        section.add(roles, accounts, new FileUpload(this::received),
                new Paragraph(getTranslation("files.upload.help", FileUpload.megabytes())));
        return section;
    }

    /** What the upload does with what arrived; package-private for tests without a browser. */
    void received(FileUpload.Received received) {
        String name = received.fileName();
        if (received.tooLarge()) {
            showRefusal(getTranslation("files.upload.refused.too-large", name, FileUpload.megabytes()));
            return;
        }
        try {
            Set<Long> ids = accounts.getValue().stream().map(People.Person::id).collect(Collectors.toSet());
            var stored = files.upload(name, received.mediaType(), received.content(), ids, new HashSet<>(roles.getValue()));
            showStatus(getTranslation("files.upload.done", stored.name()), false);
            refresh();
        } catch (FileRefused refused) {
            showRefusal(getTranslation(refused.messageKey()));
        }
    }

    private void buildGrid() {
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        var name = grid.addColumn(f -> f.encryptedZip() ? getTranslation("files.name.zip", f.name()) : f.name())
                .setHeader(getTranslation("files.name")).setWidth("12rem").setFlexGrow(3);
        grid.addColumn(f -> size(f.sizeBytes())).setHeader(getTranslation("files.size")).setWidth("6rem").setFlexGrow(0);
        grid.addColumn(f -> names.getOrDefault(f.uploadedBy(), ""))
                .setHeader(getTranslation("files.uploaded-by")).setWidth("7rem").setFlexGrow(1);
        grid.addColumn(f -> LinkDialogs.time(f.uploadedAt(), getLocale())).setHeader(getTranslation("files.uploaded-at"))
                .setWidth("9rem").setFlexGrow(1);
        grid.addColumn(this::sharedWith).setHeader(getTranslation("files.shared-with")).setWidth("9rem").setFlexGrow(2);
        var actions = grid.addComponentColumn(this::actions).setKey("actions").setHeader(getTranslation("files.actions"))
                .setWidth("14rem").setFlexGrow(1);
        GridOnPhones.first(grid, 1100, name, actions);
    }

    private Div actions(PortalFile file) {
        var box = new Div();
        box.addClassName("file-actions");
        box.add(download(file));
        if (file.mayManage()) {
            box.add(small(getTranslation("files.link.create"), () -> dialogs.create(file)),
                    small(getTranslation("files.links"), () -> dialogs.list(file, people)));
        }
        if (file.encryptedZip()) {
            box.add(small(getTranslation("files.zip.password"), () -> dialogs.password(file)));
        } else if (file.mayManage()) {
            box.add(small(getTranslation("files.zip.create"), () -> zip(file)));
        }
        return box;
    }

    /** The file itself, checked and logged by the service at each click as a link's download is. */
    private Anchor download(PortalFile file) {
        DownloadHandler handler = event -> {
            switch (files.open(file.id())) {
                case Download.Granted granted -> {
                    event.setContentType(granted.mediaType());
                    event.setContentLength(granted.content().length);
                    event.getResponse().setHeader("Content-Disposition", granted.contentDisposition());
                    event.getResponse().setHeader("X-Content-Type-Options", "nosniff");
                    try (var out = event.getOutputStream()) {
                        out.write(granted.content());
                    }
                }
                case Download.Refused refused -> {
                    event.getResponse().setStatus(refused.refusal().status());
                    var ui = event.getUI();
                    ui.access(() -> showRefusal(getTranslation("files.download." + refused.refusal().key())));
                }
            }
        };
        var anchor = new Anchor(handler, getTranslation("files.download"));
        anchor.addClassName("file-download");
        return anchor;
    }

    private void zip(PortalFile file) {
        try {
            var zipped = files.encryptedZip(file.id());
            showStatus(getTranslation("files.zip.created", zipped.name()), false);
            refresh();
            dialogs.password(zipped);
        } catch (FileRefused refused) {
            showRefusal(getTranslation(refused.messageKey()));
        }
    }

    private static Button small(String text, Runnable action) {
        var button = new Button(text, click -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return button;
    }

    private String sharedWith(PortalFile file) {
        String separator = getTranslation("mail.outbox.recipients.separator");
        var parts = new java.util.ArrayList<String>();
        file.readerRoles().stream().sorted().forEach(role -> parts.add(getTranslation("role." + role)));
        file.readerAccounts().stream().map(id -> names.getOrDefault(id, "#" + id)).sorted().forEach(parts::add);
        return parts.isEmpty() ? getTranslation("files.shared-with.none") : String.join(separator, parts);
    }

    private void refresh() {
        var visible = files.visible();
        var ids = new HashSet<Long>();
        visible.forEach(f -> {
            ids.add(f.uploadedBy());
            ids.addAll(f.readerAccounts());
        });
        names = ids.isEmpty() ? Map.of() : people.displayNames(ids);
        GridRows.show(grid, visible);
        grid.setVisible(!visible.isEmpty());
        empty.setVisible(visible.isEmpty());
    }

    private void showRefusal(String message) {
        showStatus(message, true);
    }

    private void showStatus(String message, boolean refusal) {
        statusText.setText(message);
        status.setClassName("upload-refusal", refusal);
        status.setClassName("upload-notice", !refusal);
        status.getElement().setAttribute("role", refusal ? "alert" : "status");
        status.setVisible(true);
    }

    /** The message shown above the list, or empty; for tests without a browser. */
    String statusMessage() {
        return status.isVisible() ? statusText.getText() : "";
    }

    static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return (bytes + 1023) / 1024 + " kB";
        }
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("files.title");
    }
}
