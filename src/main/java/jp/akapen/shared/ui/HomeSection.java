package jp.akapen.shared.ui;

import com.vaadin.flow.component.Component;
import jp.akapen.shared.PortalUser;

/**
 * A part of the home page ("what is waiting for me"), contributed by the area that knows about it,
 * so the home page never names a feature. Implementations are Spring beans.
 */
public interface HomeSection {

    /** Lower comes first. */
    int order();

    boolean appliesTo(PortalUser user);

    /** A fresh component for one page; called on the UI thread with the user signed in. */
    Component create(PortalUser user);
}
