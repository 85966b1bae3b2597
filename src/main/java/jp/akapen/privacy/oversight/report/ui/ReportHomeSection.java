package jp.akapen.privacy.oversight.report.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import jp.akapen.privacy.oversight.report.ReportService;
import jp.akapen.shared.JapaneseDates;
import jp.akapen.shared.PortalUser;
import jp.akapen.shared.Roles;
import jp.akapen.shared.ui.HomeSection;
import org.springframework.stereotype.Component;

/** The open report requests on the manager's and the ward's home pages, overdue ones marked (O1; issue 15). */
@Component
class ReportHomeSection implements HomeSection {

    private final ReportService reports;

    ReportHomeSection(ReportService reports) {
        this.reports = reports;
    }

    @Override
    public int order() {
        return 8;
    }

    @Override
    public boolean appliesTo(PortalUser user) {
        return Roles.WARD_STAFF.equals(user.role()) || Roles.CONTRACTOR_MANAGER.equals(user.role());
    }

    @Override
    public com.vaadin.flow.component.Component create(PortalUser user) {
        var section = new Section();
        section.addClassNames("home-card", "oversight-report-home");
        section.add(new H3(section.getTranslation("oversight.report.home.title")));
        var open = reports.requests().stream().filter(r -> !r.answered()).toList();
        if (open.isEmpty()) {
            section.add(new Paragraph(section.getTranslation("oversight.report.home.none")));
        } else {
            var list = new UnorderedList();
            open.forEach(r -> {
                var link = new Anchor("oversight/reports/" + r.id(), section.getTranslation(r.overdue()
                        ? "oversight.report.home.overdue" : "oversight.report.home.item", r.number(),
                        JapaneseDates.date(r.dueOn(), com.vaadin.flow.component.UI.getCurrent().getLocale())));
                list.add(new ListItem(link));
            });
            section.add(list);
        }
        section.add(new Anchor("oversight/reports", section.getTranslation("oversight.report.home.link")));
        return section;
    }
}
