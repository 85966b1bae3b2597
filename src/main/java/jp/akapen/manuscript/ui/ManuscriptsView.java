package jp.akapen.manuscript.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jp.akapen.manuscript.Manuscript;
import jp.akapen.manuscript.ManuscriptLinks;
import jp.akapen.manuscript.ManuscriptService;
import jp.akapen.shared.JapaneseDates;
import jp.akapen.shared.Roles;
import jp.akapen.shared.SignedIn;
import jp.akapen.shared.ui.GridOnPhones;
import jp.akapen.shared.ui.GridRows;

/** 原稿: the manuscripts the user may open, newest activity first. */
@Route(ManuscriptLinks.LIST)
@Menu(order = 10, icon = "vaadin:file-text-o", title = "menu.manuscripts")
@RolesAllowed({Roles.RESIDENT, Roles.CONTRACTOR_MANAGER, Roles.CONTRACTOR_HANDLER, Roles.CONTRACTOR_STAFF,
        Roles.WARD_STAFF})
class ManuscriptsView extends Main implements HasDynamicTitle {

    private final ManuscriptService manuscripts;
    private final Grid<Manuscript> grid = new Grid<>();

    ManuscriptsView(ManuscriptService manuscripts) {
        this.manuscripts = manuscripts;
        addClassName("manuscripts");
        // widths in rem (texts wrap inside them); on a phone the title and the status come first
        var title = grid.addComponentColumn(m -> new Anchor(ManuscriptLinks.manuscript(m.id()), m.title()))
                .setHeader(getTranslation("manuscript.title")).setWidth("11rem").setFlexGrow(3);
        grid.addColumn(Manuscript::penName).setHeader(getTranslation("manuscript.pen-name")).setWidth("7rem")
                .setFlexGrow(1);
        var status = grid.addColumn(m -> Labels.status(this, m)).setHeader(getTranslation("manuscript.status"))
                .setWidth("9rem").setFlexGrow(1);
        grid.addColumn(m -> m.latestVersion() == 0 ? "—" : "v" + m.latestVersion())
                .setHeader(getTranslation("manuscript.version")).setWidth("5.5rem").setFlexGrow(0);
        grid.addColumn(m -> JapaneseDates.dateTime(m.updatedAt(), getLocale()))
                .setHeader(getTranslation("manuscript.updated")).setWidth("9rem").setFlexGrow(1);
        GridOnPhones.first(grid, 760, title, status);
        grid.setEmptyStateText(getTranslation("manuscript.none"));
        add(grid);
        String role = SignedIn.require().role();
        if (Roles.WARD_STAFF.equals(role) || Roles.CONTRACTOR_MANAGER.equals(role)) {
            add(whereToAssign());
        }
        refresh();
    }

    /** Manuscripts come from articles: the way to give a resident one is an edition's page. */
    private Section whereToAssign() {
        var section = new Section(new Paragraph(getTranslation("manuscript.assign-help")),
                new Anchor("editions", getTranslation("manuscript.assign-where")));
        section.addClassName("assign-manuscript");
        return section;
    }

    private void refresh() {
        GridRows.show(grid, manuscripts.visible());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("manuscript.list-title");
    }
}
