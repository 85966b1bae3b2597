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
import jp.akapen.manuscript.RoundStamp;
import jp.akapen.manuscript.RoundStatus;
import jp.akapen.shared.JapaneseDates;
import jp.akapen.shared.People;
import jp.akapen.shared.Roles;
import jp.akapen.shared.live.LiveHub;
import jp.akapen.shared.live.Topics;
import jp.akapen.shared.ui.Live;
import jp.akapen.shared.ui.PresenceStrip;
import jp.akapen.shared.ui.SessionWatch;
import jp.akapen.shared.ui.UpdateBanner;
import com.vaadin.flow.shared.Registration;

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
    private final LiveHub live;
    private final People people;
    private final SessionWatch sessions;
    private final Div content = new Div();
    private final UpdateBanner banner = new UpdateBanner(this::reload);
    private Manuscript manuscript;
    /**
     * The round's number; the round itself (both texts and every change) is read again when needed rather than kept
     * in every session that has the page open (issue 17).
     */
    private int number;
    private String title;
    private CorrectionPanel panel;
    /** What the page shows, to tell whether an event changed it (issue 23). */
    private RoundStamp shown;
    private Registration following;

    RoundView(ManuscriptService manuscripts, CorrectionService corrections, ReviewService reviews, LiveHub live,
            People people, SessionWatch sessions) {
        this.manuscripts = manuscripts;
        this.corrections = corrections;
        this.reviews = reviews;
        this.live = live;
        this.people = people;
        this.sessions = sessions;
        addClassName("round");
        content.addClassName("live-content");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = Long.parseLong(event.getRouteParameters().get(ManuscriptLinks.MANUSCRIPT_PARAMETER).orElseThrow());
        number = Integer.parseInt(event.getRouteParameters().get(ManuscriptLinks.ROUND_PARAMETER).orElseThrow());
        title = null;
        Round round;
        try {
            manuscript = manuscripts.get(id);
            round = corrections.round(id, number);
        } catch (ManuscriptException missing) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        removeAll();
        var actions = corrections.actions(manuscript.id(), round.number());
        String activity = actions.contains(ManuscriptAction.CORRECT) ? "correcting"
                : actions.contains(ManuscriptAction.REVIEW) ? "reviewing" : "reading-round";
        String topic = Topics.manuscript(manuscript.id());
        add(banner, new PresenceStrip(live, people, topic, activity, round.number(), p -> Labels.activity(this, p)),
                content);
        if (following != null) {
            following.remove();
        }
        following = Live.follow(content, live, topic, happened -> {
            if (!"presence".equals(happened.kind()) && !state().equals(shown)) {
                banner.tell(getTranslation("live.manuscript." + happened.kind()));
            }
        });
        build(round, null);
    }

    void reload() {
        show(corrections.round(manuscript.id(), number));
    }

    /** The page again with {@code round} as just read, such as the round a save gives back. */
    private void show(Round round) {
        String typed = panel == null ? null : panel.typed();
        manuscript = manuscripts.get(manuscript.id());
        build(round, typed);
    }

    /** What the page would show now, read without the round's texts and changes: events come often (issue 17). */
    private RoundStamp state() {
        return corrections.stamp(manuscript.id(), number);
    }

    private void build(Round round, String typed) {
        content.removeAll();
        panel = null;
        shown = RoundStamp.of(manuscript, round);
        title = manuscript.title() + " · " + Labels.round(this, round.number());
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
        content.add(header);

        if (actions.contains(ManuscriptAction.CORRECT)) {
            panel = new CorrectionPanel(corrections, sessions, round, typed, this::reload, this::show);
            content.add(panel);
        } else if (actions.contains(ManuscriptAction.REVIEW)) {
            long manuscriptId = manuscript.id();
            int roundNumber = round.number();
            content.add(new ReviewPanel(reviews, round, () -> corrections.round(manuscriptId, roundNumber), this::reload));
        } else {
            content.add(readOnly(round));
        }
    }

    private Div readOnly(Round round) {
        var panel = new Div();
        panel.addClassName("round-read-only");
        if (round.status() == RoundStatus.OPEN) {
            panel.add(new Paragraph(getTranslation("manuscript.round.being-corrected")));
        }
        if (round.resultVersionNumber() != null) {
            panel.add(new Paragraph(getTranslation("manuscript.round.result", round.resultVersionNumber())));
        }
        long manuscriptId = manuscript.id();
        panel.add(TrackedText.onDemand(round, () -> corrections.round(manuscriptId, number)));
        panel.add(new PagedCards(round.changes(), () -> corrections.round(manuscriptId, number).changes(),
                change -> {
            var card = new ChangeCard(change);
            var decision = new Span(getTranslation("manuscript.decision." + change.decision().name().toLowerCase(Locale.ROOT)));
            decision.addClassName("decision-label");
            card.actions().add(decision);
            return card;
        }));
        return panel;
    }

    @Override
    public String getPageTitle() {
        return title == null ? getTranslation("manuscript.list-title") : title;
    }
}
