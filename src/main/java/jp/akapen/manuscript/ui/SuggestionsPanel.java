package jp.akapen.manuscript.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import jp.akapen.manuscript.ConcurrentEditException;
import jp.akapen.manuscript.CorrectionService;
import jp.akapen.manuscript.ManuscriptException;
import jp.akapen.manuscript.Round;
import jp.akapen.proofreading.Bilingual;
import jp.akapen.proofreading.ProofreadingService;
import jp.akapen.proofreading.Suggestion;

/**
 * The proofreading assistant beside an open round (issue 16; W2): the saved corrected text with what the rules found
 * marked in it, and a card per finding with its reason and source. One click makes a finding a tracked change (or
 * every finding of its rule); a finding that needs judgement only advises; a dismissed one stays away.
 *
 * <p>The findings are not kept between clicks: a long text has hundreds, whole sentences among them, and every session
 * with the page open would carry them (issue 17). The next page of cards, the marked text and a mark's card ask the
 * service again (the rules take some 30 ms on 20,000 characters) and go on only if it finds what the page shows.
 */
class SuggestionsPanel extends Div {

    /** Cards built at a time: each is 15 to 19 nodes of the session's UI tree (issue 17). */
    static final int PAGE = 10;
    private static final String MARK_INDEX = "event.target.dataset.index";

    private final CorrectionService corrections;
    private final long roundId;
    private final int lockVersion;
    /** The saved corrected text the findings are in (the editor's own value while nothing is typed). */
    private final String text;
    private final int found;
    /** Tells the findings the page was built from from others, without keeping them. */
    private final int fingerprint;
    private final BooleanSupplier unsaved;
    private final Runnable reload;
    private final Paragraph problem = new Paragraph();
    private final Div list = new Div();
    private final Button more = new Button();
    private int shown;

    SuggestionsPanel(CorrectionService corrections, Round round, List<Suggestion> suggestions,
            List<ProofreadingService.Dismissed> dismissed, BooleanSupplier unsaved, Runnable reload) {
        this.corrections = corrections;
        this.roundId = round.id();
        this.lockVersion = round.lockVersion();
        this.text = round.correctedText();
        this.found = suggestions.size();
        this.fingerprint = suggestions.hashCode();
        this.unsaved = unsaved;
        this.reload = reload;
        addClassName("suggestions-panel");
        setId("suggestions");
        add(new H3(getTranslation("manuscript.suggestion.title", suggestions.size())));
        problem.addClassName("form-problem");
        problem.setId("suggestion-problem");
        problem.setVisible(false);
        if (suggestions.isEmpty()) {
            add(new Paragraph(getTranslation("manuscript.suggestion.none")), problem);
        } else {
            add(new Paragraph(getTranslation("manuscript.suggestion.help")));
            list.addClassName("suggestion-list");
            more.addClassName("more-changes");
            more.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            more.addClickListener(click -> again().ifPresent(this::showMore));
            var side = new Div(list, more);
            side.addClassName("suggestion-side");
            var columns = new Div(markedTextOnDemand(suggestions), side);
            columns.addClassName("suggestion-columns");
            add(problem, columns);
            showMore(suggestions);
        }
        if (!dismissed.isEmpty()) {
            add(dismissedList(dismissed));
        }
    }

    /** What the contractor chose not to be told about for this manuscript, each with a way back. */
    private Details dismissedList(List<ProofreadingService.Dismissed> dismissed) {
        var rows = new Div();
        rows.addClassName("dismissed-list");
        for (var one : dismissed) {
            var found = new Span(abbreviate(one.found()));
            found.addClassName("change-del");
            found.getElement().setAttribute("lang", "ja");
            var rule = new Span(getTranslation("manuscript.change.rule", one.ruleId()));
            rule.addClassName("suggestion-category");
            var restore = new Button(getTranslation("manuscript.suggestion.restore"), click -> {
                try {
                    corrections.restoreSuggestion(roundId, one.ruleId(), one.found());
                    Notification.show(getTranslation("manuscript.suggestion.restored"))
                            .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                    reload.run();
                } catch (ManuscriptException refused) {
                    refuse(getTranslation(refused.messageKey()));
                }
            });
            restore.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            restore.addClassName("restore-suggestion");
            var row = new Div(found, rule, restore);
            row.addClassName("dismissed-row");
            rows.add(row);
        }
        var details = new Details(getTranslation("manuscript.suggestion.dismissed", dismissed.size()), rows);
        details.addClassName("dismissed-suggestions");
        return details;
    }

    /**
     * Up to a page of cards' findings the marked text shows at once; more (a long text has hundreds, a span each) are
     * marked in it when it is asked for, once: the cards beside it show them meanwhile (issue 17).
     */
    private Component markedTextOnDemand(List<Suggestion> suggestions) {
        if (suggestions.size() <= PAGE) {
            return markedText(suggestions);
        }
        return OnDemand.section("suggestion-text-details", () -> again().map(this::markedText).orElseGet(Div::new),
                "manuscript.suggestion.show-text", suggestions.size());
    }

    /**
     * The findings as the service sees them now, if they are those the page was built from; otherwise the page says it
     * is out of date, as a stale one-click fix does.
     */
    private Optional<List<Suggestion>> again() {
        var now = corrections.suggestions(roundId);
        if (now.size() != found || now.hashCode() != fingerprint) {
            refuse(getTranslation("manuscript.suggestion.stale"));
            return Optional.empty();
        }
        return Optional.of(now);
    }

    /**
     * The corrected text with each finding marked; where findings overlap, the first one is marked. A click on a mark
     * shows its card: one listener on the text, not one per mark (a long text has hundreds). The text between marks
     * goes in as text nodes, which hold less of the session than spans.
     */
    private Div markedText(List<Suggestion> suggestions) {
        var marked = new Div();
        marked.addClassName("suggestion-text");
        marked.getElement().setAttribute("lang", "ja");
        marked.getElement().addEventListener("click", click -> {
            var index = click.getEventData().get(MARK_INDEX);
            if (index != null && index.isString() && index.asString().matches("\\d{1,6}")) {
                showCard(Integer.parseInt(index.asString()));
            }
        }).addEventData(MARK_INDEX);
        int at = 0;
        for (int i = 0; i < suggestions.size(); i++) {
            Suggestion s = suggestions.get(i);
            if (s.start() < at || s.start() == s.end()) {
                continue;
            }
            if (s.start() > at) {
                marked.add(new Text(text.substring(at, s.start())));
            }
            var mark = new Span(text.substring(s.start(), s.end()));
            mark.addClassNames("suggestion-mark", "category-" + s.category().name().toLowerCase(Locale.ROOT));
            mark.getElement().setAttribute("title", label(s));
            mark.getElement().setAttribute("data-index", String.valueOf(i));
            marked.add(mark);
            at = s.end();
        }
        if (at < text.length()) {
            marked.add(new Text(text.substring(at)));
        }
        return marked;
    }

    private void showCard(int index) {
        if (index >= found) {
            return;
        }
        if (shown <= index) {
            var suggestions = again().orElse(null);
            if (suggestions == null) {
                return;
            }
            while (shown <= index) {
                showMore(suggestions);
            }
        }
        list.getChildren().skip(index).findFirst().ifPresent(card -> card.getElement().callJsFunction("scrollIntoView"));
    }

    private void showMore(List<Suggestion> suggestions) {
        int until = Math.min(suggestions.size(), shown + PAGE);
        for (int i = shown; i < until; i++) {
            list.add(card(suggestions, i));
        }
        shown = until;
        more.setVisible(shown < suggestions.size());
        more.setText(getTranslation("manuscript.suggestion.more", Math.min(PAGE, suggestions.size() - shown),
                suggestions.size() - shown));
    }

    private Div card(List<Suggestion> suggestions, int index) {
        var suggestion = suggestions.get(index);
        var card = new Div();
        card.addClassNames("suggestion-card", "category-" + suggestion.category().name().toLowerCase(Locale.ROOT));
        card.setId("suggestion-" + index);
        var found = new Span(suggestion.found().isEmpty() ? getTranslation("manuscript.change.nothing")
                : abbreviate(suggestion.found()));
        found.addClassName("change-del");
        found.getElement().setAttribute("lang", "ja");
        var head = new Div(found);
        head.addClassName("suggestion-head");
        if (suggestion.adviceOnly()) {
            var advice = new Span(getTranslation("manuscript.suggestion.advice"));
            advice.addClassName("suggestion-advice");
            head.add(advice);
        } else {
            String first = suggestion.replacements().getFirst();
            var after = new Span(first.isEmpty() ? getTranslation("manuscript.change.nothing") : first);
            after.addClassName(first.isEmpty() ? "change-empty" : "change-ins");
            after.getElement().setAttribute("lang", "ja");
            head.add(after);
        }
        var category = new Span(label(suggestion));
        category.addClassName("suggestion-category");
        var why = new Paragraph(Bilingual.in(getLocale(), suggestion.message()));
        why.addClassName("suggestion-why");
        var source = new Paragraph(getTranslation("manuscript.suggestion.source", suggestion.source()));
        source.addClassName("suggestion-source");
        var actions = new Div();
        actions.addClassName("change-actions");
        for (String alternative : suggestion.replacements()) {
            var use = new Button(getTranslation("manuscript.suggestion.use",
                    alternative.isEmpty() ? getTranslation("manuscript.change.nothing") : alternative),
                    click -> act(() -> corrections.applySuggestion(roundId, lockVersion, suggestion.ruleId(),
                            suggestion.start(), suggestion.end(), alternative)));
            use.addThemeVariants(ButtonVariant.LUMO_SMALL);
            if (alternative.equals(suggestion.replacements().getFirst())) {
                use.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            }
            actions.add(use);
        }
        long sameRule = suggestions.stream()
                .filter(s -> s.ruleId().equals(suggestion.ruleId()) && !s.adviceOnly()).count();
        if (!suggestion.adviceOnly() && sameRule > 1) {
            var all = new Button(getTranslation("manuscript.suggestion.apply-all", sameRule),
                    click -> act(() -> corrections.applyRule(roundId, lockVersion, suggestion.ruleId())));
            all.addThemeVariants(ButtonVariant.LUMO_SMALL);
            all.addClassName("apply-rule");
            actions.add(all);
        }
        var dismiss = new Button(getTranslation("manuscript.suggestion.dismiss"), click -> {
            try {
                corrections.dismissSuggestion(roundId, suggestion.ruleId(), suggestion.found());
                reload.run();
            } catch (ManuscriptException refused) {
                refuse(getTranslation(refused.messageKey()));
            }
        });
        dismiss.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        dismiss.addClassName("dismiss-suggestion");
        actions.add(dismiss);
        card.add(head, category, why, source, actions);
        return card;
    }

    private void act(Runnable action) {
        if (unsaved.getAsBoolean()) {
            refuse(getTranslation("manuscript.suggestion.save-first"));
            return;
        }
        try {
            action.run();
            Notification.show(getTranslation("manuscript.suggestion.applied"))
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            reload.run();
        } catch (ConcurrentEditException stale) {
            refuse(getTranslation("manuscript.suggestion.stale"));
        } catch (ManuscriptException refused) {
            refuse(getTranslation(refused.messageKey()));
        }
    }

    private void refuse(String why) {
        problem.setText(why);
        problem.setVisible(true);
        problem.getElement().callJsFunction("scrollIntoView");
    }

    private String label(Suggestion suggestion) {
        return getTranslation("proofreading.category." + suggestion.category().name()) + " · " + suggestion.ruleId();
    }

    private static String abbreviate(String text) {
        return text.codePointCount(0, text.length()) <= 40 ? text : text.substring(0, text.offsetByCodePoints(0, 39)) + "…";
    }
}
