package jp.akapen.shared.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import jp.akapen.shared.PortalUser;
import jp.akapen.shared.notification.NotificationService;
import org.springframework.stereotype.Component;

/** Unread notices on the home page, for everyone. */
@Component
class NoticesHomeSection implements HomeSection {

    private final NotificationService notices;

    NoticesHomeSection(NotificationService notices) {
        this.notices = notices;
    }

    @Override
    public int order() {
        return 0;
    }

    @Override
    public boolean appliesTo(PortalUser user) {
        return true;
    }

    @Override
    public com.vaadin.flow.component.Component create(PortalUser user) {
        var section = new Section();
        section.addClassName("home-card");
        section.add(new H3(section.getTranslation("notice.unread-title")));
        var unread = notices.myInbox(InboxView.SHOWN).stream().filter(n -> !n.read()).limit(5).toList();
        if (unread.isEmpty()) {
            section.add(new Paragraph(section.getTranslation("notice.none-unread")));
        } else {
            var list = new UnorderedList();
            unread.forEach(n -> list.add(new ListItem(section.getTranslation(n.messageKey(), n.args().toArray()))));
            section.add(list);
        }
        section.add(new Anchor("notices", section.getTranslation("notice.all")));
        return section;
    }
}
