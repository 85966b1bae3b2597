package jp.akapen.edition.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import jp.akapen.edition.ProgressRow;
import jp.akapen.edition.ProgressService;
import jp.akapen.manuscript.ManuscriptLinks;
import jp.akapen.shared.PortalUser;
import jp.akapen.shared.Roles;
import jp.akapen.shared.ui.HomeSection;
import org.springframework.stereotype.Component;

/**
 * What is due, per role: a resident's articles and their next dates; the rounds waiting for a
 * handler, oldest first; for the ward and the contractor manager, overdue items first.
 */
@Component
class EditionHomeSection implements HomeSection {

    private static final int SHOWN = 8;

    private final ProgressService progress;

    EditionHomeSection(ProgressService progress) {
        this.progress = progress;
    }

    @Override
    public int order() {
        return 5;
    }

    @Override
    public boolean appliesTo(PortalUser user) {
        return !Roles.CONTRACTOR_STAFF.equals(user.role());
    }

    @Override
    public com.vaadin.flow.component.Component create(PortalUser user) {
        var section = new Section();
        section.addClassName("home-card");
        List<ProgressRow> rows;
        String title;
        switch (user.role()) {
            case Roles.RESIDENT -> {
                rows = progress.myArticles();
                title = "progress.home.mine";
            }
            case Roles.CONTRACTOR_HANDLER -> {
                rows = progress.waitingForMe();
                title = "progress.home.waiting";
            }
            default -> {
                rows = progress.progress(null);
                title = "progress.home.overdue-first";
            }
        }
        section.add(new H3(section.getTranslation(title)));
        if (rows.isEmpty()) {
            section.add(new Paragraph(section.getTranslation("progress.home.nothing")));
        }
        rows.stream().limit(SHOWN).forEach(row -> section.add(row(section, row)));
        if (!Roles.RESIDENT.equals(user.role()) && !Roles.CONTRACTOR_HANDLER.equals(user.role())) {
            section.add(new Anchor("progress", section.getTranslation("progress.home.all")));
        }
        return section;
    }

    private static Div row(Section in, ProgressRow row) {
        var title = row.manuscriptId() == null ? new Span(row.article().title())
                : new Anchor(ManuscriptLinks.manuscript(row.manuscriptId()), row.article().title());
        var stage = new Span(EditionLabels.stage(in, row.stage()));
        stage.addClassName("home-status");
        var due = new Span(row.stage().nextDue() == null ? ""
                : (row.overdue() ? "⚠ " + in.getTranslation("progress.overdue") + " · " : "")
                        + in.getTranslation("progress.home.due", EditionLabels.date(in, row.stage().nextDue())));
        if (row.overdue()) {
            due.addClassName("overdue-text");
        }
        var line = new Div(title, stage, due);
        line.addClassName("home-row");
        return line;
    }
}
