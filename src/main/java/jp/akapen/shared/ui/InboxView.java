package jp.akapen.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jp.akapen.shared.JapaneseDates;
import jp.akapen.shared.Roles;
import jp.akapen.shared.notification.Notice;
import jp.akapen.shared.PortalUser;
import jp.akapen.shared.SignedIn;
import jp.akapen.shared.live.LiveHub;
import jp.akapen.shared.live.Topics;
import jp.akapen.shared.notification.NotificationService;

/** お知らせ: the signed-in user's notices, newest first. */
@Route("notices")
@Menu(order = 90, icon = "vaadin:bell", title = "menu.notices")
@RolesAllowed({Roles.RESIDENT, Roles.CONTRACTOR_MANAGER, Roles.CONTRACTOR_HANDLER, Roles.CONTRACTOR_STAFF,
        Roles.WARD_STAFF})
class InboxView extends Main implements HasDynamicTitle {

    static final int SHOWN = 100;

    private final NotificationService notices;
    private final Div list = new Div();

    InboxView(NotificationService notices, LiveHub live) {
        this.notices = notices;
        // a notice posted, or read in another window, shows here at once (issue 23)
        PortalUser me = SignedIn.require();
        Live.follow(list, live, Topics.account(me.id()), posted -> refresh());
        Live.follow(list, live, Topics.role(me.role()), posted -> refresh());
        addClassName("inbox");
        var markAll = new Button(getTranslation("notice.mark-all-read"), click -> {
            notices.markAllRead();
            refresh();
        });
        markAll.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        list.addClassName("notice-list");
        add(markAll, list);
        refresh();
    }

    private void refresh() {
        list.removeAll();
        var inbox = notices.myInbox(SHOWN);
        if (inbox.isEmpty()) {
            list.add(new Paragraph(getTranslation("notice.none")));
        }
        inbox.forEach(notice -> list.add(row(notice)));
        var layout = findAncestor(MainLayout.class);
        if (layout != null) {
            layout.refreshNotices();
        }
    }

    private Component row(Notice notice) {
        var text = new Span(getTranslation(notice.messageKey(), notice.args().toArray()));
        text.addClassName("notice-text");
        var when = new Span(JapaneseDates.dateTime(notice.createdAt(), getLocale()));
        when.addClassName("notice-time");
        var row = new Div(when, text);
        row.addClassName("notice");
        if (!notice.read()) {
            row.addClassName("unread");
            var read = new Button(getTranslation("notice.mark-read"), click -> {
                notices.markRead(notice.id());
                refresh();
            });
            read.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            row.add(read);
        }
        if (notice.link() != null) {
            // a link would leave without telling the server: opening a notice is reading it (issue 22)
            var open = new Button(getTranslation("notice.open"), click -> {
                if (!notice.read()) {
                    notices.markRead(notice.id());
                }
                click.getSource().getUI().ifPresent(ui -> ui.navigate(notice.link()));
            });
            open.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            open.addClassName("notice-open");
            row.add(open);
        }
        return row;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notice.title");
    }
}
