package jp.akapen.manuscript.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jp.akapen.manuscript.Manuscript;
import jp.akapen.manuscript.ManuscriptException;
import jp.akapen.manuscript.ManuscriptService;
import jp.akapen.shared.JapaneseDates;
import jp.akapen.shared.People;
import jp.akapen.shared.Roles;
import jp.akapen.shared.SignedIn;

/** 原稿: the manuscripts the user may open; ward and contractor manager give residents new ones. */
@Route("manuscripts")
@Menu(order = 10, icon = "vaadin:file-text-o", title = "menu.manuscripts")
@RolesAllowed({Roles.RESIDENT, Roles.CONTRACTOR_MANAGER, Roles.CONTRACTOR_HANDLER, Roles.CONTRACTOR_STAFF,
        Roles.WARD_STAFF})
class ManuscriptsView extends Main implements HasDynamicTitle {

    private final ManuscriptService manuscripts;
    private final Grid<Manuscript> grid = new Grid<>();

    ManuscriptsView(ManuscriptService manuscripts, People people) {
        this.manuscripts = manuscripts;
        addClassName("manuscripts");
        grid.addComponentColumn(m -> new Anchor("manuscripts/" + m.id(), m.title()))
                .setHeader(getTranslation("manuscript.title")).setFlexGrow(2);
        grid.addColumn(Manuscript::penName).setHeader(getTranslation("manuscript.pen-name")).setAutoWidth(true);
        grid.addColumn(m -> Labels.status(this, m)).setHeader(getTranslation("manuscript.status")).setAutoWidth(true);
        grid.addColumn(m -> m.latestVersion() == 0 ? "—" : "v" + m.latestVersion())
                .setHeader(getTranslation("manuscript.version")).setAutoWidth(true);
        grid.addColumn(m -> JapaneseDates.dateTime(m.updatedAt(), getLocale()))
                .setHeader(getTranslation("manuscript.updated")).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("manuscript.none"));
        add(grid);
        String role = SignedIn.require().role();
        if (Roles.WARD_STAFF.equals(role) || Roles.CONTRACTOR_MANAGER.equals(role)) {
            add(assignForm(people));
        }
        refresh();
    }

    private Section assignForm(People people) {
        var title = new TextField(getTranslation("manuscript.title"));
        title.setMaxLength(200);
        title.setRequired(true);
        title.setWidth("24em");
        var resident = new ComboBox<People.Person>(getTranslation("manuscript.pen-name"));
        resident.setItems(people.withRole(Roles.RESIDENT));
        resident.setItemLabelGenerator(People.Person::displayName);
        resident.setRequired(true);
        var assign = new Button(getTranslation("manuscript.assign"), click -> {
            if (resident.getValue() == null) {
                resident.setInvalid(true);
                resident.setErrorMessage(getTranslation("manuscript.error.not-a-resident"));
                return;
            }
            try {
                var created = manuscripts.assign(title.getValue(), resident.getValue().id(), null);
                title.clear();
                resident.clear();
                title.setInvalid(false);
                refresh();
                Notification.show(getTranslation("manuscript.assigned", created.title(), created.penName()))
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (ManuscriptException refused) {
                title.setInvalid(true);
                title.setErrorMessage(getTranslation(refused.messageKey()));
            }
        });
        assign.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var row = new HorizontalLayout(title, resident, assign);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        var section = new Section(new H2(getTranslation("manuscript.assign-title")),
                new Paragraph(getTranslation("manuscript.assign-help")), row);
        section.addClassName("assign-manuscript");
        return section;
    }

    private void refresh() {
        grid.setItems(manuscripts.visible());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("manuscript.list-title");
    }
}
