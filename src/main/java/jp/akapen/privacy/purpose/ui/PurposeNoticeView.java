package jp.akapen.privacy.purpose.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;
import java.util.regex.Pattern;
import jp.akapen.privacy.purpose.PurposeNoticeService;
import jp.akapen.shared.JapaneseDates;
import jp.akapen.shared.Roles;

/**
 * 個人情報の利用目的 (seed P6): the notice every resident acknowledges before their data is collected; the
 * {@link PurposeNoticeGate} sends them here first. Staff may read it too, to know what residents were told.
 */
@Route("purpose-notice")
@RolesAllowed({Roles.RESIDENT, Roles.CONTRACTOR_MANAGER, Roles.CONTRACTOR_HANDLER, Roles.CONTRACTOR_STAFF,
        Roles.WARD_STAFF})
class PurposeNoticeView extends Main implements HasDynamicTitle, BeforeEnterObserver {

    static final String CONTINUE = "continue";
    /** Where to go on after acknowledging: a route of this application, never another site. */
    private static final Pattern OWN_ROUTE = Pattern.compile("[a-z0-9][a-z0-9/_-]{0,200}");

    private final PurposeNoticeService notices;
    final Button acknowledge = new Button();
    final Paragraph status = new Paragraph();
    private String next = "";

    PurposeNoticeView(PurposeNoticeService notices) {
        this.notices = notices;
        addClassName("purpose-notice-page");
        add(new Paragraph(getTranslation("purpose.intro")), new PurposeNoticeText(), status);
        status.addClassName("purpose-status");
        acknowledge.setText(getTranslation("purpose.acknowledge"));
        acknowledge.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        acknowledge.setId("purpose-acknowledge");
        acknowledge.addClickListener(click -> {
            notices.acknowledge();
            getUI().ifPresent(ui -> ui.navigate(next));
        });
        add(acknowledge);
        refresh();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        next = event.getLocation().getQueryParameters().getSingleParameter(CONTINUE)
                .filter(path -> OWN_ROUTE.matcher(path).matches() && !path.contains("//"))
                .orElse("");
    }

    private void refresh() {
        boolean pending = notices.pendingForMe();
        acknowledge.setVisible(pending);
        status.setText(notices.myAcknowledgement()
                .map(at -> getTranslation("purpose.acknowledged-at", JapaneseDates.dateTime(at, locale())))
                .orElse(getTranslation(pending ? "purpose.pending" : "purpose.staff")));
    }

    private Locale locale() {
        return getLocale() == null ? Locale.JAPANESE : getLocale();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("purpose.title");
    }
}
