package jp.akapen.shared.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.contextmenu.MenuItem;
import java.util.Locale;
import jp.akapen.shared.PortalUser;
import jp.akapen.shared.i18n.AkapenI18NProvider;

/**
 * The person's name, role, language and sign-out behind one button, for top bars too narrow to show them side by
 * side (phones, tablets). The stylesheet shows either this or the wide bar, never both.
 */
class AccountMenu extends MenuBar {

    AccountMenu(PortalUser user, Runnable logout) {
        addClassName("account-menu");
        addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE, MenuBarVariant.LUMO_ICON);
        var icon = new Icon(VaadinIcon.USER);
        // the button's name comes from its content: an aria-label would land on an element without a role
        var label = new Span(getTranslation("layout.account", user.displayName()));
        label.addClassName("visually-hidden");
        MenuItem account = addItem(new Div(icon, label));
        var sub = account.getSubMenu();

        var name = new Span(user.displayName());
        name.addClassName("account-menu-name");
        var role = new Span(getTranslation("role." + user.role()));
        role.addClassName("account-menu-role");
        var who = new Div(name, role);
        who.addClassName("account-menu-who");
        sub.addItem(who).setEnabled(false);

        Locale current = AkapenI18NProvider.supported(UI.getCurrent().getLocale());
        language(sub.addItem("日本語"), AkapenI18NProvider.JAPANESE, current);
        language(sub.addItem("English"), AkapenI18NProvider.ENGLISH, current);

        var signOut = new Div(new Icon(VaadinIcon.SIGN_OUT), new Span(getTranslation("layout.logout")));
        signOut.addClassName("account-menu-logout");
        sub.addItem(signOut, click -> logout.run());
    }

    private static void language(MenuItem item, Locale locale, Locale current) {
        item.getElement().setAttribute("lang", locale.getLanguage());
        item.setCheckable(true);
        boolean chosen = locale.equals(current);
        item.setChecked(chosen);
        item.addClickListener(click -> {
            if (chosen) {
                item.setChecked(true);
            } else {
                LanguageSwitch.choose(locale);
            }
        });
    }
}
