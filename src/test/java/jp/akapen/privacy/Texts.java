package jp.akapen.privacy;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.dom.Element;

/** Everything the server-side element tree of a UI would send to the browser: text, properties, attributes. */
public final class Texts {

    private Texts() {
    }

    public static String everything() {
        var out = new StringBuilder();
        collect(UI.getCurrent().getElement(), out);
        return out.toString();
    }

    private static void collect(Element element, StringBuilder out) {
        out.append(element.getText()).append('\n');
        element.getPropertyNames().forEach(name -> out.append(name).append('=')
                .append(element.getProperty(name, "")).append('\n'));
        element.getAttributeNames().forEach(name -> out.append(name).append('=')
                .append(element.getAttribute(name)).append('\n'));
        element.getChildren().forEach(child -> collect(child, out));
    }
}
