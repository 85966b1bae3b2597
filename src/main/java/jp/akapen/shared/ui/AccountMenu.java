package jp.akapen.shared.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.dom.Element;
import jp.akapen.shared.PortalUser;

/**
 * The person's name, role, language and sign-out behind one button, for top bars too narrow to show them side by
 * side (phones, tablets). The stylesheet shows either this or the wide bar, never both. What the button opens is
 * built when it is opened and gone when it closes: it was a menu bar with those items in every session on every page,
 * on desktops too, where it is never shown (issue 17; with the wide bar's buttons as bare elements, what every
 * signed-in page holds went from 160 to 123 KB per session).
 */
class AccountMenu extends Div {

    private static final String OPEN = "account";

    private final PortalUser user;
    private final Runnable logout;

    AccountMenu(PortalUser user, Runnable logout) {
        this.user = user;
        this.logout = logout;
        addClassName("account-menu");
        var button = ListActions.button(OPEN, "", "", ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        button.setAttribute("aria-haspopup", "dialog");
        // the button's name comes from its content, as a menu bar's did
        var label = new Element("span").setText(getTranslation("layout.account", user.displayName()));
        label.setAttribute("class", "visually-hidden");
        button.appendChild(new Element("vaadin-icon").setAttribute("icon", "vaadin:user"), label);
        getElement().appendChild(button);
        new ListActions(this).on(OPEN, key -> open());
    }

    private void open() {
        var role = new Span(getTranslation("role." + user.role()));
        role.addClassName("account-menu-role");

        var dialog = new Dialog();
        dialog.addClassName("account-dialog");
        // the person's name is the dialog's title, and so its name for assistive technology
        dialog.setHeaderTitle(user.displayName());
        var signOut = new Button(getTranslation("layout.logout"), new Icon(VaadinIcon.SIGN_OUT), click -> {
            dialog.close();
            logout.run();
        });
        signOut.addClassName("account-menu-logout");
        var body = new Div(role, new LanguageSwitch(), signOut);
        body.addClassName("account-dialog-body");
        dialog.add(body);
        var close = new Button(getTranslation("files.close"), click -> dialog.close());
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        dialog.getFooter().add(close);
        // a dialog opened without a parent joins the page and leaves it again when it closes
        dialog.open();
    }
}
