package jp.akapen.privacy.vault.ui;

import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jp.akapen.privacy.purpose.ui.PurposeNoticeText;
import jp.akapen.privacy.vault.PersonalDataEntry;
import jp.akapen.privacy.vault.PersonalDataException;
import jp.akapen.privacy.vault.PersonalDataService;
import jp.akapen.privacy.vault.VaultState;
import jp.akapen.shared.Roles;
import jp.akapen.shared.SignedIn;

/**
 * わたしの個人情報 (seed P1, P6): a resident sees and corrects their own data, under the purpose notice that says
 * why it is collected. Opening the page is one audited read of their own entry.
 */
@Route("my-data")
@Menu(order = 85, icon = "vaadin:user-card", title = "menu.my-data")
@RolesAllowed(Roles.RESIDENT)
class MyDataView extends Main implements HasDynamicTitle {

    final PersonalDataForm form = new PersonalDataForm();
    final Paragraph state = new Paragraph();
    private int version;

    MyDataView(PersonalDataService personalData) {
        addClassName("my-data");
        long me = SignedIn.require().id();
        PersonalDataEntry entry = personalData.readAll(me);
        version = entry.version();
        state.addClassName("my-data-state");
        state.setVisible(entry.state() != VaultState.READABLE);
        state.setText(getTranslation(entry.state() == VaultState.KEY_DESTROYED ? "privacy.state.key-destroyed"
                : "privacy.mydata.none-yet"));
        form.setValue(entry.data());
        form.addSaveListener(save -> {
            try {
                version = personalData.save(me, save.data(), version);
                form.clearProblems();
                state.setVisible(false);
                Notification.show(getTranslation("privacy.saved")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (PersonalDataException refused) {
                form.showProblems(refused.problems());
            }
        });
        add(new PurposeNoticeText(), new Paragraph(getTranslation("privacy.mydata.intro")), state, form);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("privacy.mydata.title");
    }
}
