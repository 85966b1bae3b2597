package jp.akapen.mail.files.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import jp.akapen.mail.files.FileLink;
import jp.akapen.mail.files.FileRefused;
import jp.akapen.mail.files.PortalFile;
import jp.akapen.mail.files.PortalFiles;
import jp.akapen.shared.JapaneseDates;
import jp.akapen.shared.People;
import jp.akapen.shared.ui.GridRows;

/** The files page's dialogs: make a link (shown once), list and revoke a file's links, read a zip's password. */
final class LinkDialogs {

    private static final List<Integer> DAYS = List.of(1, 7, 14, 30, 90);

    private final PortalFiles files;
    private final Consumer<String> refusal;

    LinkDialogs(PortalFiles files, Consumer<String> refusal) {
        this.files = files;
        this.refusal = refusal;
    }

    Dialog create(PortalFile file) {
        var dialog = dialog("files.link.create.title", file.name());
        var days = new Select<Integer>();
        days.setLabel(t("files.link.lifetime"));
        days.setItems(DAYS);
        days.setItemLabelGenerator(d -> t("files.link.lifetime.days", d));
        int usual = (int) files.defaultLinkLifetime().toDays();
        days.setValue(DAYS.contains(usual) ? usual : 14);
        var url = new TextField(t("files.link.url"));
        url.setReadOnly(true);
        url.setWidthFull();
        url.setVisible(false);
        url.addClassName("file-link-url");
        var note = new Paragraph();
        note.setVisible(false);
        var copy = new Button(t("files.link.copy"), click -> {
            UI.getCurrent().getPage().executeJs("return navigator.clipboard.writeText($0)", url.getValue());
            note.setText(note.getText() + " " + t("files.link.copied"));
        });
        copy.setVisible(false);
        var make = new Button(t("files.link.create.confirm"));
        make.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        make.addClickListener(click -> {
            try {
                var link = files.createLink(file.id(), Duration.ofDays(days.getValue()));
                url.setValue(link.url());
                note.setText(t("files.link.created", time(link.expiresAt(), locale())));
                url.setVisible(true);
                note.setVisible(true);
                copy.setVisible(true);
                make.setVisible(false);
                days.setReadOnly(true);
            } catch (FileRefused refused) {
                dialog.close();
                refusal.accept(t(refused.messageKey()));
            }
        });
        dialog.add(days, url, note);
        dialog.getFooter().add(close(dialog), copy, make);
        dialog.open();
        return dialog;
    }

    Dialog list(PortalFile file, People people) {
        var dialog = dialog("files.links.title", file.name());
        var message = new Paragraph();
        message.setVisible(false);
        var grid = new Grid<FileLink>();
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(l -> time(l.createdAt(), locale())).setHeader(t("files.links.created")).setWidth("8rem");
        grid.addColumn(l -> time(l.expiresAt(), locale())).setHeader(t("files.links.expires")).setWidth("8rem");
        grid.addColumn(l -> t("files.links.state." + l.state(Instant.now()).name().toLowerCase(Locale.ROOT)))
                .setHeader(t("files.links.state")).setWidth("6rem");
        grid.addComponentColumn(l -> l.state(Instant.now()) != FileLink.State.ACTIVE ? new Paragraph()
                : revokeButton(l, grid, file, message)).setKey("revoke").setWidth("7rem");
        try {
            var links = files.links(file.id());
            GridRows.show(grid, links);
            if (links.isEmpty()) {
                message.setText(t("files.links.none"));
                message.setVisible(true);
            }
        } catch (FileRefused refused) {
            refusal.accept(t(refused.messageKey()));
            return dialog;
        }
        dialog.setWidth("min(40rem, 95vw)");
        dialog.add(message, grid);
        dialog.getFooter().add(close(dialog));
        dialog.open();
        return dialog;
    }

    private Component revokeButton(FileLink link, Grid<FileLink> grid, PortalFile file, Paragraph message) {
        var revoke = new Button(t("files.links.revoke"), click -> {
            try {
                files.revoke(link.id());
                message.setText(t("files.links.revoked"));
            } catch (FileRefused refused) {
                message.setText(t(refused.messageKey()));
            }
            message.setVisible(true);
            GridRows.show(grid, files.links(file.id()));
        });
        revoke.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        revoke.addClassName("revoke-link");
        return revoke;
    }

    Dialog password(PortalFile zip) {
        var dialog = dialog("files.zip.password.title", zip.name());
        try {
            var password = new TextField(t("files.zip.password"));
            password.setValue(files.zipPassword(zip.id()));
            password.setReadOnly(true);
            password.setWidthFull();
            password.addClassName("zip-password");
            dialog.add(password, new Paragraph(t("files.zip.password.note")));
        } catch (FileRefused refused) {
            refusal.accept(t(refused.messageKey()));
            return dialog;
        }
        dialog.getFooter().add(close(dialog));
        dialog.open();
        return dialog;
    }

    private Dialog dialog(String titleKey, String fileName) {
        var dialog = new Dialog();
        dialog.setHeaderTitle(t(titleKey, fileName));
        dialog.setMaxWidth("95vw");
        return dialog;
    }

    private Button close(Dialog dialog) {
        return new Button(t("files.close"), click -> dialog.close());
    }

    static String time(Instant at, Locale locale) {
        if (at == null) {
            return "";
        }
        var local = at.atZone(JapaneseDates.ZONE);
        return JapaneseDates.date(local.toLocalDate(), locale) + " " + local.toLocalTime().withNano(0).withSecond(0);
    }

    private static Locale locale() {
        return UI.getCurrent() == null ? Locale.JAPANESE : UI.getCurrent().getLocale();
    }

    private static String t(String key, Object... params) {
        var ui = UI.getCurrent();
        return ui == null ? key : ui.getTranslation(key, params);
    }
}
