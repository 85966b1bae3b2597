package jp.akapen.shared.ui;

import com.vaadin.flow.component.select.Select;

/**
 * A select narrower than its longest choice cuts the chosen one off with an ellipsis; its {@code title} then holds the
 * whole, shown on hover and read aloud (issue 22: selectors cut off with no way to read the whole).
 */
public final class WholeValue {

    private WholeValue() {
    }

    /** Keeps the select's title at its chosen item's label. Call after its label generator and value are set. */
    public static <T> void titled(Select<T> select) {
        show(select);
        select.addValueChangeListener(change -> show(select));
    }

    private static <T> void show(Select<T> select) {
        T value = select.getValue();
        String label = value == null ? "" : select.getItemLabelGenerator().apply(value);
        if (label == null || label.isBlank()) {
            select.getElement().removeAttribute("title");
        } else {
            select.getElement().setAttribute("title", label);
        }
    }
}
