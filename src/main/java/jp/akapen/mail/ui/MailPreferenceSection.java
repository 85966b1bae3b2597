package jp.akapen.mail.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import jp.akapen.mail.MailPreferences;
import jp.akapen.shared.PortalUser;
import jp.akapen.shared.ui.AccountPageSection;
import org.springframework.stereotype.Component;

/** On マイアカウント: whether my notices also come by mail (issue 12 item 2, W3); saved as soon as it is ticked. */
@Component
class MailPreferenceSection implements AccountPageSection {

    private final MailPreferences preferences;

    MailPreferenceSection(MailPreferences preferences) {
        this.preferences = preferences;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public com.vaadin.flow.component.Component create(PortalUser user) {
        var section = new Section();
        section.addClassName("mail-preference");
        var byMail = new Checkbox(section.getTranslation("mail.preferences.notices-by-mail"), preferences.mine());
        byMail.addClassName("notices-by-mail");
        var saved = new Paragraph();
        saved.addClassName("mail-preference-saved");
        byMail.addValueChangeListener(e -> {
            if (!e.isFromClient()) {
                return;
            }
            preferences.setMine(e.getValue());
            saved.setText(section.getTranslation(e.getValue() ? "mail.preferences.saved-on" : "mail.preferences.saved-off"));
        });
        section.add(new H2(section.getTranslation("mail.preferences.title")),
                new Paragraph(section.getTranslation("mail.preferences.intro")), byMail, saved);
        return section;
    }
}
