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
import java.util.function.BiConsumer;
import java.util.function.BooleanSupplier;
import jp.akapen.manuscript.ConcurrentEditException;
import jp.akapen.manuscript.CorrectionService;
import jp.akapen.manuscript.ManuscriptException;
import jp.akapen.manuscript.Round;
import jp.akapen.proofreading.Bilingual;
import jp.akapen.proofreading.ProofreadingService;
import jp.akapen.proofreading.Suggestion;
import jp.akapen.shared.ui.ListActions;

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

    /** Cards built at a time: each is 15 to 19 nodes of the session's UI tree, some 7 KB (issue 17). */
    static final int PAGE = 5;
    /** Findings up to which the marked text is shown at once. */
    static final int MARKED_AT_ONCE = 10;
    private static final String MARK_INDEX = "event.target.dataset.index";
    private static final String USE = "use";
    private static final String APPLY_RULE = "apply-rule";
    private static final String DISMISS = "dismiss";

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
            new ListActions(list)
                    .on(USE, key -> onCard(key, this::use))
                    .on(APPLY_RULE, key -> onCard(key, (s, none) -> act(() -> corrections.applyRule(roundId, lockVersion,
                            s.ruleId()))))
                    .on(DISMISS, key -> onCard(key, (s, none) -> dismiss(s)));
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
     * Up to {@value #MARKED_AT_ONCE} findings the marked text shows at once; more (a long text has hundreds, a span
     * each) are marked in it when it is asked for, once: the cards beside it show them meanwhile (issue 17).
     */
    private Component markedTextOnDemand(List<Suggestion> suggestions) {
        if (suggestions.size() <= MARKED_AT_ONCE) {
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
        var alternatives = suggestion.replacements();
        for (int k = 0; k < alternatives.size(); k++) {
            String alternative = alternatives.get(k);
            var use = ListActions.button(USE, index + ":" + k, getTranslation("manuscript.suggestion.use",
                    alternative.isEmpty() ? getTranslation("manuscript.change.nothing") : alternative),
                    k == 0 ? new ButtonVariant[] {ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY}
                            : new ButtonVariant[] {ButtonVariant.LUMO_SMALL});
            actions.getElement().appendChild(use);
        }
        long sameRule = suggestions.stream()
                .filter(s -> s.ruleId().equals(suggestion.ruleId()) && !s.adviceOnly()).count();
        if (!suggestion.adviceOnly() && sameRule > 1) {
            actions.getElement().appendChild(ListActions.button(APPLY_RULE, String.valueOf(index),
                    getTranslation("manuscript.suggestion.apply-all", sameRule), ButtonVariant.LUMO_SMALL)
                    .setAttribute("class", "apply-rule"));
        }
        actions.getElement().appendChild(ListActions.button(DISMISS, String.valueOf(index),
                getTranslation("manuscript.suggestion.dismiss"), ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY)
                .setAttribute("class", "dismiss-suggestion"));
        card.add(head, category, why, source, actions);
        return card;
    }

    /**
     * A card's button, by the finding's index on the page (and the alternative's): the findings are read again, and the
     * action goes on only if they are those the page shows and the index is one of its cards (it comes from the browser).
     */
    private void onCard(String key, BiConsumer<Suggestion, Integer> action) {
        var parts = key.split(":", -1);
        if (parts.length > 2 || !parts[0].matches("\\d{1,6}") || parts.length == 2 && !parts[1].matches("\\d{1,3}")) {
            return;
        }
        int index = Integer.parseInt(parts[0]);
        int alternative = parts.length == 2 ? Integer.parseInt(parts[1]) : -1;
        if (index >= shown) {
            return;
        }
        again().map(suggestions -> suggestions.get(index))
                .filter(s -> alternative < s.replacements().size() && (alternative < 0 || !s.adviceOnly()))
                .ifPresent(s -> action.accept(s, alternative));
    }

    private void use(Suggestion suggestion, int alternative) {
        if (alternative < 0) {
            return;
        }
        act(() -> corrections.applySuggestion(roundId, lockVersion, suggestion.ruleId(), suggestion.start(),
                suggestion.end(), suggestion.replacements().get(alternative)));
    }

    private void dismiss(Suggestion suggestion) {
        try {
            corrections.dismissSuggestion(roundId, suggestion.ruleId(), suggestion.found());
            reload.run();
        } catch (ManuscriptException refused) {
            refuse(getTranslation(refused.messageKey()));
        }
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
