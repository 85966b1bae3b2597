package jp.akapen.manuscript.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import jp.akapen.manuscript.Manuscript;
import jp.akapen.manuscript.ManuscriptLinks;
import jp.akapen.manuscript.ManuscriptService;
import jp.akapen.manuscript.ManuscriptStatus;
import jp.akapen.shared.PortalUser;
import jp.akapen.shared.Roles;
import jp.akapen.shared.ui.HomeSection;
import org.springframework.stereotype.Component;

/** For contractor staff, who have no articles of their own: the manuscripts waiting for a round. */
@Component
class ManuscriptsHomeSection implements HomeSection {

    private static final int SHOWN = 8;

    private final ManuscriptService manuscripts;

    ManuscriptsHomeSection(ManuscriptService manuscripts) {
        this.manuscripts = manuscripts;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public boolean appliesTo(PortalUser user) {
        // the others see their articles' manuscripts on the progress card, with stage and due date
        return Roles.CONTRACTOR_STAFF.equals(user.role());
    }

    @Override
    public com.vaadin.flow.component.Component create(PortalUser user) {
        var section = new Section();
        section.addClassName("home-card");
        section.add(new H3(section.getTranslation("manuscript.list-title")));
        var all = manuscripts.visible();
        List<Manuscript> waiting = all.stream().filter(ManuscriptsHomeSection::waitsForTheContractor).limit(SHOWN).toList();
        if (waiting.isEmpty()) {
            section.add(new Paragraph(section.getTranslation("manuscript.home.nothing", all.size())));
        }
        for (Manuscript m : waiting) {
            var status = new Span(Labels.status(section, m));
            status.addClassName("home-status");
            var row = new Div(new Anchor(ManuscriptLinks.manuscript(m.id()), m.title() + " (" + m.penName() + ")"), status);
            row.addClassName("home-row");
            section.add(row);
        }
        section.add(new Anchor(ManuscriptLinks.LIST, section.getTranslation("manuscript.home.all")));
        return section;
    }

    private static boolean waitsForTheContractor(Manuscript m) {
        return m.status() == ManuscriptStatus.IN_CORRECTION
                || (m.status() == ManuscriptStatus.DRAFTING && m.latestVersion() > 0
                        && (m.currentRound() == 0 || m.anotherRoundRequested()));
    }
}
