package jp.akapen.shared.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import jp.akapen.shared.i18n.AkapenI18NProvider;

/** 日本語 | English. The choice lasts for the session and survives signing in. */
public class LanguageSwitch extends Div {

    static final String SESSION_ATTRIBUTE = "akapen.locale";

    public LanguageSwitch() {
        addClassName("language-switch");
        add(option(AkapenI18NProvider.JAPANESE, "日本語"), option(AkapenI18NProvider.ENGLISH, "English"));
    }

    private Button option(Locale locale, String label) {
        var button = new Button(label, click -> choose(locale));
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        button.getElement().setAttribute("lang", locale.getLanguage());
        boolean current = AkapenI18NProvider.supported(UI.getCurrent().getLocale()).equals(locale);
        button.getElement().setAttribute("aria-pressed", String.valueOf(current));
        button.setEnabled(!current);
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
