package jp.akapen.shared.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;

/** The bell in the top bar: the number of unread notices, and the way to the inbox. */
class NoticeBell extends Button {

    private final Span count = new Span();

    NoticeBell() {
        setIcon(new Icon(VaadinIcon.BELL));
        addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        addClassName("notice-bell");
        count.addClassName("notice-count");
        count.getElement().setAttribute("aria-hidden", "true");
        setSuffixComponent(count);
        addClickListener(click -> getUI().ifPresent(ui -> ui.navigate(InboxView.class)));
    }

    void show(int unread) {
        count.setText(unread == 0 ? "" : unread > 99 ? "99+" : String.valueOf(unread));
        count.setVisible(unread > 0);
        setAriaLabel(getTranslation("notice.bell", unread));
        setTooltipText(getTranslation("notice.bell", unread));
    }
}
