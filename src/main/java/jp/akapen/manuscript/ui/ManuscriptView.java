package jp.akapen.manuscript.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import jp.akapen.shared.People;
import jp.akapen.shared.live.LiveHub;
import jp.akapen.shared.live.Topics;
import jp.akapen.shared.ui.DateFields;
import jp.akapen.shared.ui.Live;
import jp.akapen.shared.ui.PresenceStrip;
import jp.akapen.shared.ui.SessionWatch;
import jp.akapen.shared.ui.UpdateBanner;
import jp.akapen.manuscript.CorrectionService;
import jp.akapen.manuscript.Manuscript;
import jp.akapen.manuscript.ManuscriptAction;
import jp.akapen.manuscript.ManuscriptException;
import jp.akapen.manuscript.ManuscriptLinks;
import jp.akapen.manuscript.ManuscriptService;
import jp.akapen.manuscript.ManuscriptStatus;
import jp.akapen.manuscript.Round;
import jp.akapen.manuscript.Version;
import jp.akapen.shared.JapaneseDates;
import jp.akapen.shared.Roles;
import jp.akapen.shared.ui.WholeValue;

/** One manuscript: the draft, its rounds, versions compared, a preview and the history. */
@Route(ManuscriptLinks.MANUSCRIPT_ROUTE)
@RolesAllowed({Roles.RESIDENT, Roles.CONTRACTOR_MANAGER, Roles.CONTRACTOR_HANDLER, Roles.CONTRACTOR_STAFF,
        Roles.WARD_STAFF})
class ManuscriptView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final ManuscriptService manuscripts;
    private final CorrectionService corrections;
    private final Clock clock;
    private final LiveHub live;
    private final People people;
    private final SessionWatch sessions;
    /** Rebuilt on every change; the banner and who else is here stay above it. */
    private final Div content = new Div();
    private final UpdateBanner banner = new UpdateBanner(this::refresh);
    private Manuscript manuscript;
    private String selectedTab;
    private DraftEditor editor;
    /** What the page shows, to tell whether an event changed it (issue 23). */
    private String shown;
    private com.vaadin.flow.shared.Registration following;

    ManuscriptView(ManuscriptService manuscripts, CorrectionService corrections, Clock clock, LiveHub live,
            People people, SessionWatch sessions) {
        this.manuscripts = manuscripts;
        this.corrections = corrections;
        this.clock = clock;
        this.live = live;
        this.people = people;
        this.sessions = sessions;
        addClassName("manuscript");
        content.addClassName("live-content");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = Long.parseLong(event.getRouteParameters().get(ManuscriptLinks.MANUSCRIPT_PARAMETER).orElseThrow());
        try {
            manuscript = manuscripts.get(id);
        } catch (ManuscriptException missing) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
            return;
        }
        removeAll();
        var actions = manuscripts.actions(manuscript.id());
        String activity = actions.contains(ManuscriptAction.WRITE_DRAFT) ? "writing" : "reading";
        String topic = Topics.manuscript(manuscript.id());
        add(banner, new PresenceStrip(live, people, topic, activity, null, p -> Labels.activity(this, p)), content);
        if (following != null) {
            following.remove();
        }
        following = Live.follow(content, live, topic, happened -> {
            if (!"presence".equals(happened.kind()) && !state().equals(shown)) {
                banner.tell(getTranslation("live.manuscript." + happened.kind()));
            }
        });
        build(null);
    }

    private String state() {
        var m = manuscripts.get(manuscript.id());
        return state(m, manuscripts.versions(m.id()), corrections.rounds(m.id()));
    }

    private static String state(Manuscript m, List<Version> versions, List<Round> rounds) {
        var state = new StringBuilder(m.status() + "/" + m.currentRound() + "/" + versions.size());
        rounds.forEach(r -> state.append('/').append(r.status()).append(':').append(r.changes().size()));
        return state.toString();
    }

    private void build(String typed) {
        content.removeAll();
        editor = null;
        var actions = manuscripts.actions(manuscript.id());
        var versions = manuscripts.versions(manuscript.id());
        var rounds = corrections.rounds(manuscript.id());
        shown = state(manuscript, versions, rounds);
        var status = new Span(Labels.status(this, manuscript));
        status.addClassNames("status-badge", "status-" + manuscript.status().name().toLowerCase(Locale.ROOT));
        var meta = new Paragraph(getTranslation("manuscript.by", manuscript.penName()));
        meta.addClassName("manuscript-meta");
        var header = new Div(new H2(manuscript.title()), status, meta);
        header.addClassName("manuscript-header");
        content.add(header);

        var tabs = new TabSheet();
        tabs.setWidthFull();
        tabs.add(getTranslation("manuscript.tab.text"), textTab(actions, versions, typed));
        tabs.add(getTranslation("manuscript.tab.rounds"), roundsTab(actions, rounds));
        tabs.add(getTranslation("manuscript.tab.compare"), compareTab(versions));
        tabs.add(getTranslation("manuscript.tab.preview"), previewTab(versions));
        tabs.add(getTranslation("manuscript.tab.history"), historyTab());
        if (selectedTab != null) {
            for (int i = 0; i < 5; i++) {
                if (tabs.getTabAt(i).getLabel().equals(selectedTab)) {
                    tabs.setSelectedIndex(i);
                }
            }
        }
        tabs.addSelectedChangeListener(change -> selectedTab = change.getSelectedTab().getLabel());
        content.add(tabs);
    }

    private Component textTab(Set<ManuscriptAction> actions, List<Version> versions, String typed) {
        Version latest = versions.isEmpty() ? null : versions.getLast();
        var tab = new Div();
        if (actions.contains(ManuscriptAction.REVIEW)) {
            tab.add(new Paragraph(getTranslation("manuscript.draft.review-first")),
                    new Anchor(ManuscriptLinks.round(manuscript.id(), manuscript.currentRound()),
                            getTranslation("manuscript.round.open-review")));
            if (typed != null) {
                // the draft cannot be saved until the review is done; what was typed stays in view (and in the
                // browser, which offers it again when the editor is back)
                var kept = new TextArea(getTranslation("manuscript.draft.kept-for-later"));
                kept.setValue(typed);
                kept.setReadOnly(true);
                kept.setWidthFull();
                kept.addClassName("kept-text");
                tab.add(kept);
            }
        } else if (actions.contains(ManuscriptAction.WRITE_DRAFT)) {
            if (manuscript.status() == ManuscriptStatus.IN_CORRECTION) {
                tab.add(new Paragraph(getTranslation("manuscript.draft.round-open")));
            }
            editor = new DraftEditor(manuscripts, sessions, manuscript, latest, typed, saved -> refresh());
            tab.add(editor);
            if (actions.contains(ManuscriptAction.MARK_FINAL)) {
                var finalise = new Button(getTranslation("manuscript.final.mark"), click -> confirmFinal());
                finalise.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                tab.add(finalise);
            }
        } else if (latest == null) {
            tab.add(new Paragraph(getTranslation("manuscript.no-version")));
        } else {
            var title = new Paragraph(getTranslation("manuscript.version.of", latest.number(),
                    JapaneseDates.dateTime(latest.createdAt(), getLocale()), latest.authorName()));
            title.addClassName("version-meta");
            var body = new Div();
            body.addClassName("tracked-text");
            body.setText(latest.body());
            tab.add(title, body);
        }
        return tab;
    }

    private void confirmFinal() {
        var dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("manuscript.final.mark"));
        dialog.add(new Paragraph(getTranslation("manuscript.final.confirm")));
        var yes = new Button(getTranslation("manuscript.final.mark"), click -> {
            dialog.close();
            try {
                manuscripts.markFinal(manuscript.id());
                refresh();
            } catch (ManuscriptException refused) {
                error(refused);
            }
        });
        yes.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("manuscript.cancel"), click -> dialog.close()), yes);
        dialog.open();
    }

    private Component roundsTab(Set<ManuscriptAction> actions, List<Round> rounds) {
        var tab = new Div();
        tab.addClassName("rounds");
        if (rounds.isEmpty()) {
            tab.add(new Paragraph(getTranslation("manuscript.round.none")));
        }
        for (Round round : rounds) {
            var link = new Anchor(ManuscriptLinks.round(manuscript.id(), round.number()),
                    Labels.round(this, round.number()));
            var facts = new Span(getTranslation("manuscript.round.facts", round.baseVersionNumber(),
                    getTranslation("manuscript.round.status." + round.status().name().toLowerCase(Locale.ROOT)),
                    JapaneseDates.date(round.dueOn(), getLocale()), round.changes().size()));
            var row = new Div(link, facts);
            row.addClassName("round-row");
            tab.add(row);
        }
        if (actions.contains(ManuscriptAction.OPEN_ROUND)) {
            tab.add(openRoundForm(rounds.size() + 1));
        }
        return tab;
    }

    private Component openRoundForm(int number) {
        var due = new DatePicker(getTranslation("manuscript.round.due"));
        LocalDate today = JapaneseDates.today(clock);
        due.setMin(today);
        due.setValue(today.plusDays(7));
        DateFields.typeable(due, getLocale());
        var open = new Button(getTranslation("manuscript.round.open", Labels.round(this, number)), click -> {
            try {
                var round = corrections.openRound(manuscript.id(), due.getValue());
                getUI().ifPresent(ui -> ui.navigate(ManuscriptLinks.round(manuscript.id(), round.number())));
            } catch (ManuscriptException refused) {
                due.setInvalid(true);
                due.setErrorMessage(getTranslation(refused.messageKey()));
            }
        });
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        open.setId("open-round");
        var form = new HorizontalLayout(due, open);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.addClassName("open-round");
        return form;
    }

    private Component compareTab(List<Version> versions) {
        var tab = new Div();
        if (versions.size() < 2) {
            tab.add(new Paragraph(getTranslation("manuscript.compare.need-two")));
            return tab;
        }
        var from = versionSelect("manuscript.compare.from", versions, versions.get(versions.size() - 2));
        var to = versionSelect("manuscript.compare.to", versions, versions.getLast());
        var mode = new RadioButtonGroup<String>(getTranslation("manuscript.compare.mode"));
        mode.setItems("inline", "side");
        mode.setItemLabelGenerator(m -> getTranslation("manuscript.compare." + m));
        mode.setValue("inline");
        var result = new Div();
        result.addClassName("comparison");
        Runnable show = () -> {
            result.removeAll();
            if (from.getValue() == null || to.getValue() == null) {
                return;
            }
            Version a = from.getValue();
            Version b = to.getValue();
            if (Math.max(a.body().length(), b.body().length()) > Background.LONG_TEXT) {
                Background.run(result, () -> manuscripts.compare(manuscript.id(), a.number(), b.number()),
                        comparison -> result.add(comparison(comparison, mode.getValue())), this::error);
            } else {
                result.add(comparison(manuscripts.compare(manuscript.id(), a.number(), b.number()), mode.getValue()));
            }
        };
        from.addValueChangeListener(e -> show.run());
        to.addValueChangeListener(e -> show.run());
        mode.addValueChangeListener(e -> show.run());
        var controls = new HorizontalLayout(from, to, mode);
        controls.setAlignItems(FlexComponent.Alignment.BASELINE);
        controls.setWrap(true);
        tab.add(controls, result);
        show.run();
        return tab;
    }

    private Component comparison(jp.akapen.manuscript.Comparison comparison, String mode) {
        var summary = new Paragraph(getTranslation("manuscript.compare.summary", comparison.changes().size()));
        summary.addClassName("comparison-summary");
        Component body = "side".equals(mode)
                ? new VersionComparison(comparison, "v" + comparison.from().number(), "v" + comparison.to().number())
                : new TrackedText(comparison.from().body(), comparison.changes(), null);
        return new Div(summary, body);
    }

    private Select<Version> versionSelect(String labelKey, List<Version> versions, Version selected) {
        var select = new Select<Version>();
        select.setLabel(getTranslation(labelKey));
        select.setItems(versions);
        select.setItemLabelGenerator(this::versionLabel);
        select.setValue(selected);
        WholeValue.titled(select);
        return select;
    }

    private String versionLabel(Version v) {
        String origin = getTranslation("manuscript.origin." + v.origin().name().toLowerCase(Locale.ROOT));
        return "v" + v.number() + " · " + origin + " · " + JapaneseDates.dateTime(v.createdAt(), getLocale());
    }

    private Component previewTab(List<Version> versions) {
        var tab = new Div();
        if (versions.isEmpty()) {
            tab.add(new Paragraph(getTranslation("manuscript.no-version")));
            return tab;
        }
        var which = versionSelect("manuscript.version", versions, versions.getLast());
        var preview = new MarkdownPreview(versions.getLast().body());
        which.addValueChangeListener(e -> preview.setMarkdown(e.getValue() == null ? "" : e.getValue().body()));
        tab.add(which, preview);
        return tab;
    }

    private Component historyTab() {
        var tab = new Div();
        tab.addClassName("history");
        for (var entry : manuscripts.history(manuscript.id())) {
            var when = new Span(JapaneseDates.dateTime(entry.at(), getLocale()));
            when.addClassName("history-time");
            String round = entry.roundNumber() == null ? "" : Labels.round(this, entry.roundNumber()) + " · ";
            var what = new Span(round + getTranslation("manuscript.event." + entry.kind().toLowerCase(Locale.ROOT)
                    .replace('_', '-'), entry.args().toArray()));
            var who = new Span(entry.actorName());
            who.addClassName("history-who");
            var row = new Div(when, who, what);
            row.addClassName("history-row");
            tab.add(row);
        }
        return tab;
    }

    private void refresh() {
        String typed = editor == null ? null : editor.typed();
        manuscript = manuscripts.get(manuscript.id());
        build(typed);
    }

    private void error(RuntimeException failure) {
        if (!(failure instanceof ManuscriptException refused)) {
            throw failure;
        }
        Notification.show(getTranslation(refused.messageKey())).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    @Override
    public String getPageTitle() {
        return manuscript == null ? getTranslation("manuscript.list-title") : manuscript.title();
    }
}
