package jp.akapen.shared.ui;

import com.vaadin.flow.component.Component;
import jp.akapen.shared.PortalUser;

/**
 * A part of マイアカウント (/account), contributed by the area that owns the setting (the mail area's "notices by
 * mail"), so the account area never depends on it. Implementations are Spring beans.
 */
public interface AccountPageSection {

    /** Lower comes first. */
    int order();

    /** A fresh component for one page; called on the UI thread with the user signed in. */
    Component create(PortalUser user);
}
