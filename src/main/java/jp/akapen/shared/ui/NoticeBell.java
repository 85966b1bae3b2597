package jp.akapen.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.dom.Element;

/**
 * The bell in the top bar: the number of unread notices, and the way to the inbox. A bare {@code vaadin-button} with
 * one listener, as the top bar's other buttons: it is on every page of every session (issue 17), and a {@code Button}
 * with a {@code Span} and a {@code Tooltip} held a few KB of each. Its name and its hover text are the same sentence
 * ("未読のお知らせ 2 件").
 *
 * <p>The bell itself stays an {@link Icon} component: the browser loads Vaadin's icon set only once a component of
 * that class is on the page, and the top bar's other icons (sign-out, the account button) are drawn from it too.
 */
@Tag("vaadin-button")
class NoticeBell extends Component {

    private final Element count = new Element("span");

    NoticeBell() {
        var bell = getElement();
        bell.setAttribute("theme", "tertiary icon");
        bell.setAttribute("class", "notice-bell");
        count.setAttribute("class", "notice-count");
        count.setAttribute("aria-hidden", "true");
        count.setAttribute("slot", "suffix");
        bell.appendChild(new Icon(VaadinIcon.BELL).getElement(), count);
        bell.addEventListener("click", click -> getUI().ifPresent(ui -> ui.navigate(InboxView.class)));
    }

    void show(int unread) {
        count.setText(unread == 0 ? "" : unread > 99 ? "99+" : String.valueOf(unread));
        count.setVisible(unread > 0);
        String name = getTranslation("notice.bell", unread);
        getElement().setAttribute("aria-label", name);
        getElement().setAttribute("title", name);
    }
}
