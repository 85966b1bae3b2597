package jp.akapen.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.internal.JacksonUtils;
import com.vaadin.flow.internal.nodefeature.ElementListenerMap;
import java.util.Optional;
import java.util.stream.Stream;

/** Browserless view tests' click on a {@link ListActions} button: the event the browser sends for it. */
public final class ListClicks {

    private ListClicks() {
    }

    /** The action button inside {@code within} whose text is {@code text}. */
    public static Element button(Component within, String text) {
        return descendants(within.getElement())
                .filter(e -> e.getTag().equals("vaadin-button") && e.hasAttribute("data-action")
                        && e.getText().equals(text))
                .findFirst().orElseThrow(() -> new AssertionError("no button 「" + text + "」"));
    }

    /** The action buttons inside {@code within} that have the class {@code className}. */
    public static java.util.List<Element> withClass(Component within, String className) {
        return descendants(within.getElement())
                .filter(e -> e.getTag().equals("vaadin-button") && e.hasAttribute("data-action")
                        && e.getClassList().contains(className))
                .toList();
    }

    /** The one action button inside {@code within} that has the class {@code className}. */
    public static Element single(Component within, String className) {
        var found = withClass(within, className);
        if (found.size() != 1) {
            throw new AssertionError(found.size() + " buttons of class " + className);
        }
        return found.getFirst();
    }

    /**
     * Clicks {@code button} as the browser would: every list around it gets its action and key, and the value of the
     * list's own filter (true only if the list handles the button's action).
     */
    public static void click(Element button) {
        String action = button.getAttribute("data-action");
        for (Optional<Element> at = Optional.ofNullable(button.getParent()); at.isPresent();
                at = Optional.ofNullable(at.get().getParent())) {
            var list = at.get();
            var listeners = list.getNode().getFeature(ElementListenerMap.class);
            var data = JacksonUtils.createObjectNode();
            data.put(ListActions.ACTION, action);
            data.put(ListActions.KEY, button.getAttribute("data-key"));
            for (String expression : listeners.getExpressions("click")) {
                if (expression.endsWith("!== null") || expression.equals("false")) {
                    data.put(expression, expression.contains("[data-action=\"" + action + "\"]"));
                }
            }
            listeners.fireEvent(new DomEvent(list, "click", data));
        }
    }

    public static void click(Component within, String text) {
        click(button(within, text));
    }

    private static Stream<Element> descendants(Element element) {
        return element.isTextNode() ? Stream.empty()
                : Stream.concat(Stream.of(element), element.getChildren().flatMap(ListClicks::descendants));
    }
}
