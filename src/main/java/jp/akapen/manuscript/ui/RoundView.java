package jp.akapen.manuscript.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;
import jp.akapen.manuscript.CorrectionService;
import jp.akapen.manuscript.Manuscript;
import jp.akapen.manuscript.ManuscriptAction;
import jp.akapen.manuscript.ManuscriptException;
import jp.akapen.manuscript.ManuscriptLinks;
import jp.akapen.manuscript.ManuscriptService;
import jp.akapen.manuscript.ReviewService;
import jp.akapen.manuscript.Round;
import jp.akapen.manuscript.RoundStatus;
import jp.akapen.shared.JapaneseDates;
import jp.akapen.shared.Roles;

/**
 * One correction round: the contractor corrects while it is open, the resident decides once it is
 * returned, and everyone else (ward staff, the round after it is done) reads it.
 */
@Route(ManuscriptLinks.ROUND_ROUTE)
@RolesAllowed({Roles.RESIDENT, Roles.CONTRACTOR_MANAGER, Roles.CONTRACTOR_HANDLER, Roles.CONTRACTOR_STAFF,
        Roles.WARD_STAFF})
class RoundView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final ManuscriptService manuscripts;
    private final CorrectionService corrections;
    private final ReviewService reviews;
    private Manuscript manuscript;
    private Round round;

    RoundView(ManuscriptService manuscripts, CorrectionService corrections, ReviewService reviews) {
        this.manuscripts = manuscripts;
        this.corrections = corrections;
        this.reviews = reviews;
        addClassName("round");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = Long.parseLong(event.getRouteParameters().get(ManuscriptLinks.MANUSCRIPT_PARAMETER).orElseThrow());
        int number = Integer.parseInt(event.getRouteParameters().get(ManuscriptLinks.ROUND_PARAMETER).orElseThrow());
        try {
            manuscript = manuscripts.get(id);
            round = corrections.round(id, number);
        } catch (ManuscriptException missing) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        build();
    }

    void reload() {
        manuscript = manuscripts.get(manuscript.id());
        round = corrections.round(manuscript.id(), round.number());
        build();
    }

    private void build() {
        removeAll();
        var actions = corrections.actions(manuscript.id(), round.number());
        var back = new Anchor(ManuscriptLinks.manuscript(manuscript.id()), manuscript.title());
        back.addClassName("back-link");
        var status = new Span(getTranslation("manuscript.round.status." + round.status().name().toLowerCase(Locale.ROOT)));
        status.addClassNames("status-badge", "round-status-" + round.status().name().toLowerCase(Locale.ROOT));
        var facts = new Paragraph(getTranslation("manuscript.round.header", manuscript.penName(),
                round.baseVersionNumber(), JapaneseDates.date(round.dueOn(), getLocale()), round.openedByName()));
        facts.addClassName("manuscript-meta");
        var header = new Div(back, new H2(Labels.round(this, round.number())), status, facts);
        header.addClassName("manuscript-header");
        add(header);

        if (actions.contains(ManuscriptAction.CORRECT)) {
            add(new CorrectionPanel(corrections, round, this::reload));
        } else if (actions.contains(ManuscriptAction.REVIEW)) {
            add(new ReviewPanel(reviews, round, this::reload));
        } else {
            add(readOnly());
        }
    }

    private Div readOnly() {
        var panel = new Div();
        panel.addClassName("round-read-only");
        if (round.status() == RoundStatus.OPEN) {
            panel.add(new Paragraph(getTranslation("manuscript.round.being-corrected")));
        }
        if (round.resultVersionNumber() != null) {
            panel.add(new Paragraph(getTranslation("manuscript.round.result", round.resultVersionNumber())));
        }
        panel.add(new TrackedText(round.baseText(), round.applicable(), null));
        panel.add(new PagedCards(round.changes(), change -> {
            var card = new ChangeCard(change, true);
            var decision = new Span(getTranslation("manuscript.decision." + change.decision().name().toLowerCase(Locale.ROOT)));
            decision.addClassName("decision-label");
            card.actions().add(decision);
            return card;
        }));
        return panel;
    }

    @Override
    public String getPageTitle() {
        return round == null ? getTranslation("manuscript.list-title")
                : manuscript.title() + " · " + Labels.round(this, round.number());
    }
}
