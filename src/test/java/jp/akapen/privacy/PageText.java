package jp.akapen.privacy;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridTester;
import com.vaadin.flow.dom.Element;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;

/**
 * Everything a page would send to the browser, as text, for the canary tests (seed P2): every
 * element's text, attributes and properties, and every item of every data-bound component (a
 * grid's or combo box's items reach the browser even when no column shows them).
 */
final class PageText {

    private PageText() {
    }

    /** Texts of the whole UI, one string per element or item. */
    static List<String> texts(UI ui) {
        var out = new ArrayList<String>();
        walk(ui.getElement(), out);
        return out;
    }

    /** Values from {@code canaries} that occur in any of {@code texts}, each occurrence once. */
    static List<String> occurrences(Collection<String> texts, Collection<String> canaries) {
        var found = new ArrayList<String>();
        for (String text : texts) {
            for (String canary : canaries) {
                int at = text.indexOf(canary);
                while (at >= 0) {
                    found.add(canary);
                    at = text.indexOf(canary, at + canary.length());
                }
            }
        }
        return found;
    }

    private static void walk(Element element, List<String> out) {
        if (element.isTextNode()) {
            out.add(element.getText());
            return;
        }
        out.add(element.getTag() + ":" + element.getText());
        element.getAttributeNames().forEach(name -> out.add(name + "=" + element.getAttribute(name)));
        element.getPropertyNames().forEach(name -> out.add(name + "=" + element.getPropertyRaw(name)));
        element.getComponent().ifPresent(component -> items(component, out));
        element.getChildren().forEach(child -> walk(child, out));
        if (element.getNode().isAttached()) {
            element.getNode().getFeatureIfInitialized(com.vaadin.flow.internal.nodefeature.VirtualChildrenList.class)
                    .ifPresent(virtual -> virtual.forEachChild(node -> walk(Element.get(node), out)));
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void items(Component component, List<String> out) {
        if (component instanceof Grid grid) {
            var tester = new GridTester(grid);
            int columns = (int) grid.getColumns().stream().filter(c -> ((Grid.Column<?>) c).isVisible()).count();
            for (int row = 0; row < tester.size(); row++) {
                out.add(String.valueOf(tester.getRow(row)));
                for (int column = 0; column < columns; column++) {
                    try {
                        out.add(tester.getCellText(row, column));
                    } catch (IllegalArgumentException componentColumn) {
                        walk(tester.getCellComponent(row, column).getElement(), out);
                    }
                }
            }
            return;
        }
        try {
            Method dataView = component.getClass().getMethod("getGenericDataView");
            Object view = dataView.invoke(component);
            Method items = view.getClass().getMethod("getItems");
            items.setAccessible(true);
            ((Stream<Object>) items.invoke(view)).forEach(item -> out.add(String.valueOf(item)));
        } catch (NoSuchMethodException notBound) {
            // not a data-bound component
        } catch (ReflectiveOperationException | RuntimeException e) {
            out.add("unreadable items of " + component.getClass().getName() + ": " + e);
        }
    }
}
