package jp.akapen.privacy.oversight.inspection.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jp.akapen.privacy.oversight.inspection.InspectionException;
import jp.akapen.privacy.oversight.inspection.InspectionService;
import jp.akapen.shared.JapaneseDates;
import jp.akapen.shared.Roles;

/**
 * 年次監査 (特記事項15-17, seed O2; issue 15 item 2): the fiscal years' audits, and for ward staff the button that starts
 * this year's. Each audit opens on its own page.
 */
@Route("oversight/audits")
@Menu(order = 76, icon = "vaadin:clipboard-user", title = "menu.oversight-audits")
@RolesAllowed({Roles.WARD_STAFF, Roles.CONTRACTOR_MANAGER})
class InspectionsView extends Main implements HasDynamicTitle {

    private final InspectionService service;
    final Div message = new Div();

    InspectionsView(InspectionService service) {
        this.service = service;
        addClassName("oversight-audits");
        message.setVisible(false);
        message.getElement().setAttribute("role", "alert");
        build();
    }

    private void build() {
        removeAll();
        add(new Paragraph(getTranslation("oversight.audit.intro")));
        Integer year = service.yearToStart();
        if (year != null) {
            var start = new Button(getTranslation("oversight.audit.start", JapaneseDates.fiscalYear(year, getLocale())),
                    click -> {
                        try {
                            var started = service.start(year);
                            getUI().ifPresent(ui -> ui.navigate("oversight/audits/" + started.id()));
                        } catch (InspectionException refused) {
                            AuditTexts.refuse(message, refused);
                        }
                    });
            start.addThemeVariants(ButtonVariant.PRIMARY);
            start.addClassName("oversight-audit-start");
            add(new Div(start), message);
        }
        add(new H2(getTranslation("oversight.audit.list")));
        var list = new Div();
        list.addClassName("oversight-audit-list");
        var all = service.audits();
        if (all.isEmpty()) {
            list.add(new Paragraph(getTranslation("oversight.audit.none")));
        }
        all.forEach(a -> {
            var link = new Anchor("oversight/audits/" + a.id(), getTranslation("oversight.audit.of-year",
                    JapaneseDates.fiscalYear(a.fiscalYear(), getLocale())));
            link.addClassName("oversight-audit-link");
            var state = new Span(getTranslation(a.finished() ? "oversight.audit.state.finished"
                    : "oversight.audit.state.running"));
            state.addClassName("status-badge");
            var row = new Div(link, state, new Span(getTranslation("oversight.by", a.startedBy(),
                    JapaneseDates.dateTime(a.startedAt(), getLocale()))));
            row.addClassName("oversight-audit-row");
            list.add(row);
        });
        add(list);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("oversight.audit.title");
    }
}
