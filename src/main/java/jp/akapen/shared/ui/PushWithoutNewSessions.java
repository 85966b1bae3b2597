package jp.akapen.shared.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.atmosphere.cpr.ApplicationConfig;
import org.springframework.stereotype.Component;

/**
 * A push request of a page whose session has ended starts no new one. Atmosphere makes a session for every push request
 * that comes without one, and a page the person has just signed out of still says goodbye on its push connection while
 * the browser loads the login page: the goodbye's answer set a new session's cookie over the login page's, and the
 * password typed next was refused as sent from an expired page ({@code SignedOutPageTest}). A page's push request needs
 * the session its page was drawn in, which exists by then; Vaadin answers one without it with "session expired".
 */
@Component
class PushWithoutNewSessions implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        PushFramework.of(event).ifPresent(atmosphere -> atmosphere.addInitParameter(ApplicationConfig.PROPERTY_SESSION_CREATE,
                "false"));
    }
}
