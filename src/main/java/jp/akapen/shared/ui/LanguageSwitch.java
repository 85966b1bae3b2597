package jp.akapen.shared.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import java.util.stream.Stream;
import jp.akapen.shared.i18n.AkapenI18NProvider;

/**
 * 日本語 | English. The choice lasts for the session and survives signing in. The two buttons are bare elements with
 * one listener ({@link ListActions}): the switch is on every page of every session (issue 17).
 */
public class LanguageSwitch extends Div {

    static final String SESSION_ATTRIBUTE = "akapen.locale";
    private static final String CHOOSE = "language";

    public LanguageSwitch() {
        addClassName("language-switch");
        Locale current = AkapenI18NProvider.supported(UI.getCurrent().getLocale());
        getElement().appendChild(option(AkapenI18NProvider.JAPANESE, "日本語", current),
                option(AkapenI18NProvider.ENGLISH, "English", current));
        new ListActions(this).on(CHOOSE, key -> Stream.of(AkapenI18NProvider.JAPANESE, AkapenI18NProvider.ENGLISH)
                .filter(locale -> locale.getLanguage().equals(key) && !locale.equals(current))
                .findFirst().ifPresent(LanguageSwitch::choose));
    }

    private static Element option(Locale locale, String label, Locale current) {
        var button = ListActions.button(CHOOSE, locale.getLanguage(), label, ButtonVariant.LUMO_TERTIARY,
                ButtonVariant.LUMO_SMALL);
        button.setAttribute("lang", locale.getLanguage());
        boolean chosen = locale.equals(current);
        button.setAttribute("aria-pressed", String.valueOf(chosen));
        button.setAttribute("disabled", chosen);
        return button;
    }

    static void choose(Locale locale) {
        VaadinSession.getCurrent().setAttribute(SESSION_ATTRIBUTE, locale);
        UI ui = UI.getCurrent();
        ui.setLocale(locale);
        ui.getPage().reload();
    }

    /** The language chosen with this switch in this session, if any. */
    static Locale chosen(VaadinSession session) {
        return session.getAttribute(SESSION_ATTRIBUTE) instanceof Locale locale ? locale : null;
    }
}
