package jp.akapen.privacy.retention.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import jp.akapen.privacy.retention.RetentionService;
import jp.akapen.privacy.retention.RetentionState;
import jp.akapen.shared.PortalUser;
import jp.akapen.shared.Roles;
import jp.akapen.shared.ui.HomeSection;
import org.springframework.stereotype.Component;

/** The retention countdown on the manager's and the ward's home pages (D1; issue 14 item 1). */
@Component
class RetentionHomeSection implements HomeSection {

    private final RetentionService retention;

    RetentionHomeSection(RetentionService retention) {
        this.retention = retention;
    }

    @Override
    public int order() {
        return 7;
    }

    @Override
    public boolean appliesTo(PortalUser user) {
        return Roles.WARD_STAFF.equals(user.role()) || Roles.CONTRACTOR_MANAGER.equals(user.role());
    }

    @Override
    public com.vaadin.flow.component.Component create(PortalUser user) {
        var section = new Section();
        section.addClassNames("home-card", "retention-home");
        section.add(new H3(section.getTranslation("retention.home.title")));
        var started = retention.periods().stream().filter(p -> p.state() != RetentionState.NOT_STARTED).toList();
        if (started.isEmpty()) {
            section.add(new Paragraph(section.getTranslation("retention.home.none")));
        } else {
            var list = new UnorderedList();
            started.forEach(p -> list.add(new ListItem(section.getTranslation("retention.home.item",
                    PeriodTexts.cohort(section, p), section.getTranslation(p.state().labelKey()),
                    PeriodTexts.due(section, p), PeriodTexts.countdown(section, p)))));
            section.add(list);
        }
        section.add(new Anchor("retention", section.getTranslation("retention.home.link")));
        return section;
    }
}
