package jp.akapen.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.dom.DomListenerRegistration;
import com.vaadin.flow.dom.Element;
import java.util.Arrays;
import java.util.Collection;
import java.util.TreeMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The buttons of a long list of cards without a component and a click listener each (issue 17: a Vaadin
 * {@code Button} with its listener holds about 2.9 KB of every session that shows it, the same {@code vaadin-button}
 * as a bare element about 0.5 KB). Each button is an element that names its action and a key; the list listens
 * once and hands the key to the action's handler. It looks, reads and works from the keyboard as any Vaadin button.
 * The key comes from the browser: a handler checks it as it would a request parameter.
 */
public final class ListActions {

    private static final String BUTTON = "event.target.closest('vaadin-button[data-action]')";
    static final String ACTION = BUTTON + ".dataset.action";
    static final String KEY = BUTTON + ".dataset.key";

    /** A key that names a row by its id: digits that fit a {@code long}. */
    private static final Pattern ID = Pattern.compile("\\d{1,18}");
    /** An action's name goes into the browser's filter as it is. */
    private static final Pattern ACTION_NAME = Pattern.compile("[a-z][a-z0-9-]{0,31}");

    private final Map<String, Consumer<String>> handlers = new TreeMap<>();
    private final DomListenerRegistration listener;

    /**
     * Clicks on the buttons inside {@code list} of the actions it has handlers for, and only those, reach the server:
     * a list inside another (the language switch in the top bar) sends one event per click, not one per list.
     */
    public ListActions(Component list) {
        listener = list.getElement().addEventListener("click", click -> {
            var action = click.getEventData().get(ACTION);
            var key = click.getEventData().get(KEY);
            if (action != null && action.isString() && key != null && key.isString()) {
                var handler = handlers.get(action.asString());
                if (handler != null) {
                    handler.accept(key.asString());
                }
            }
        }).addEventData(ACTION).addEventData(KEY).setFilter(filter(handlers.keySet()));
    }

    /**
     * A boolean (the browser sends the filter's value, and the server obeys only {@code true}): whether the click was
     * on a button of one of {@code actions}.
     */
    static String filter(Collection<String> actions) {
        if (actions.isEmpty()) {
            return "false";
        }
        return "event.target.closest('" + actions.stream().map(a -> "vaadin-button[data-action=\"" + a + "\"]")
                .collect(Collectors.joining(",")) + "') !== null";
    }

    /** What a click on the list's buttons of {@code action} does with their key. */
    public ListActions on(String action, Consumer<String> handler) {
        if (!ACTION_NAME.matcher(action).matches()) {
            throw new IllegalArgumentException("action name " + action);
        }
        handlers.put(action, handler);
        listener.setFilter(filter(handlers.keySet()));
        return this;
    }

    /** What a click on the list's buttons of {@code action} does with their key read as an id; other keys do nothing. */
    public ListActions onId(String action, LongConsumer handler) {
        return on(action, key -> {
            if (ID.matcher(key).matches()) {
                handler.accept(Long.parseLong(key));
            }
        });
    }

    /** A button of {@code action} for the list, with its key, text and Vaadin's button variants. */
    public static Element button(String action, String key, String text, ButtonVariant... variants) {
        // a text node of its own, not setText, which would also send the clearing of the new element's children
        var button = new Element("vaadin-button").appendChild(Element.createText(text));
        button.setAttribute("data-action", action);
        button.setAttribute("data-key", key);
        if (variants.length > 0) {
            button.setAttribute("theme", Arrays.stream(variants).map(ButtonVariant::getVariantName)
                    .collect(Collectors.joining(" ")));
        }
        return button;
    }
}
