package jp.akapen.shared.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/**
 * "Someone else changed what this page shows" (issue 23), said in place and kept until the person acts: the button
 * shows the new state, which the page builds without losing what was typed and not saved.
 */
public class UpdateBanner extends Div {

    private final Span text = new Span();

    public UpdateBanner(Runnable update) {
        addClassName("update-banner");
        getElement().setAttribute("role", "status");
        getElement().setAttribute("aria-live", "polite");
        var show = new Button(getTranslation("live.update.show"), click -> {
            setVisible(false);
            update.run();
        });
        show.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        show.addClassName("update-show");
        add(text, show);
        setVisible(false);
    }

    /** Says what happened ({@code message}, already translated) and stays until the person updates the page. */
    public void tell(String message) {
        text.setText(message);
        setVisible(true);
    }
}
