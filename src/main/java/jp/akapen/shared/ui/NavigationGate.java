package jp.akapen.shared.ui;

import com.vaadin.flow.router.BeforeEnterEvent;

/**
 * A check every navigation passes before a page opens, which may send the user elsewhere first (e.g. a resident
 * who has not yet acknowledged the purpose notice). Areas register one as a Spring bean; the shared area calls
 * them without knowing what they are.
 */
public interface NavigationGate {

    /** May forward the event elsewhere; must let the page it forwards to through. */
    void beforeEnter(BeforeEnterEvent event);
}
