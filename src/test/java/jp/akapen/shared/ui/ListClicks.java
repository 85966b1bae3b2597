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

    /** Clicks {@code button} as the browser would: its list's listener gets its action and key. */
    public static void click(Element button) {
        var data = JacksonUtils.createObjectNode();
        data.put(ListActions.FILTER, true);
        data.put(ListActions.ACTION, button.getAttribute("data-action"));
        data.put(ListActions.KEY, button.getAttribute("data-key"));
        for (Optional<Element> at = Optional.ofNullable(button.getParent()); at.isPresent();
                at = Optional.ofNullable(at.get().getParent())) {
            var list = at.get();
            list.getNode().getFeature(ElementListenerMap.class).fireEvent(new DomEvent(list, "click", data));
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
