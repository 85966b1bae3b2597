package jp.akapen.privacy.purpose.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.QueryParameters;
import jp.akapen.privacy.purpose.PurposeNoticeService;
import jp.akapen.shared.Roles;
import jp.akapen.shared.SignedIn;
import jp.akapen.shared.ui.NavigationGate;
import org.springframework.stereotype.Component;

/**
 * Sends a resident who has not acknowledged the current purpose notice to it before any other page (seed P6), and
 * back to the page they asked for afterwards. Once acknowledged, the session remembers it.
 */
@Component
class PurposeNoticeGate implements NavigationGate {

    static final String ACKNOWLEDGED = PurposeNoticeGate.class.getName() + ".v" + PurposeNoticeService.CURRENT_VERSION;

    private final PurposeNoticeService notices;

    PurposeNoticeGate(PurposeNoticeService notices) {
        this.notices = notices;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (event.getNavigationTarget() == PurposeNoticeView.class
                || !SignedIn.user().map(u -> Roles.RESIDENT.equals(u.role())).orElse(false)) {
            return;
        }
        var session = event.getUI().getSession();
        if (Boolean.TRUE.equals(session.getAttribute(ACKNOWLEDGED))) {
            return;
        }
        if (notices.pendingForMe()) {
            String asked = event.getLocation().getPath();
            event.forwardTo(PurposeNoticeView.class, asked.isEmpty() ? QueryParameters.empty()
                    : QueryParameters.of(PurposeNoticeView.CONTINUE, asked));
        } else {
            session.setAttribute(ACKNOWLEDGED, Boolean.TRUE);
        }
    }
}
