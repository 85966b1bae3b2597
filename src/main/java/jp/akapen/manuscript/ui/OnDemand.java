package jp.akapen.manuscript.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.details.Details;
import java.util.function.Supplier;

/**
 * A closed section whose content is built when it is first opened, once: for a second view of a long text (a span per
 * change or finding) that would otherwise sit in every session that has the page open (issue 17).
 */
final class OnDemand {

    private OnDemand() {
    }

    /** Summed up by the translation of {@code summaryKey} with {@code arguments}. */
    static Details section(String className, Supplier<Component> content, String summaryKey, Object... arguments) {
        var details = new Details();
        details.setSummaryText(details.getTranslation(summaryKey, arguments));
        details.addClassName(className);
        details.addOpenedChangeListener(opened -> {
            if (opened.isOpened() && details.getContent().findAny().isEmpty()) {
                details.add(content.get());
            }
        });
        return details;
    }
}
