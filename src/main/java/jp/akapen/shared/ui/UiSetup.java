package jp.akapen.shared.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.List;
import jp.akapen.shared.Incidents;
import jp.akapen.shared.LoggedRefusal;
import jp.akapen.shared.i18n.AkapenI18NProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import jp.akapen.shared.AccessDenied;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.stereotype.Component;

/**
 * Per session and UI: the language chosen with {@link LanguageSwitch}, the areas' {@link NavigationGate}s before
 * every navigation, and an error handler that shows users a plain message with an incident id, never a stack trace;
 * the id and the trace go to the log. A refusal by a service's own ownership check is published as
 * {@link AccessDenied} for the audit log (seed P4); refusals of method security are logged by Spring's own event.
 */
@Component
class UiSetup implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(UiSetup.class);

    private final ApplicationEventPublisher events;
    private final List<NavigationGate> gates;

    UiSetup(ApplicationEventPublisher events, List<NavigationGate> gates) {
        this.events = events;
        this.gates = List.copyOf(gates);
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(
                error -> handle(error, events)));
        event.getSource().addUIInitListener(init -> {
            var chosen = LanguageSwitch.chosen(init.getUI().getSession());
            if (chosen != null) {
                init.getUI().setLocale(chosen);
            }
            // the page was rendered before the session's choice was known: screen readers must not read English as
            // Japanese (WCAG 3.1.1)
            init.getUI().getPage().executeJs("document.documentElement.lang = $0",
                    AkapenI18NProvider.supported(init.getUI().getLocale()).getLanguage());
            init.getUI().addBeforeEnterListener(navigation -> gates.forEach(gate -> gate.beforeEnter(navigation)));
        });
    }

    static void handle(ErrorEvent event) {
        handle(event, null);
    }

    static void handle(ErrorEvent event, ApplicationEventPublisher events) {
        Throwable error = event.getThrowable();
        String message;
        if (causedBy(error, AccessDeniedException.class)) {
            log.warn("Denied: {}", error.getMessage());
            if (events != null && !causedBy(error, AuthorizationDeniedException.class)
                    && !causedBy(error, LoggedRefusal.class)) {
                events.publishEvent(new AccessDenied(where()));
            }
            message = translate("error.denied");
        } else {
            String incident = Incidents.newId();
            log.error("Incident {}", incident, error);
            message = translate("error.unexpected", incident);
        }
        UI ui = UI.getCurrent();
        if (ui != null) {
            var notification = Notification.show(message, 10_000, Notification.Position.MIDDLE);
            notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    /** The page the refused action was taken on. */
    private static String where() {
        UI ui = UI.getCurrent();
        return ui == null ? "route:" : "route:" + ui.getInternals().getActiveViewLocation().getPath();
    }

    static boolean causedBy(Throwable error, Class<? extends Throwable> type) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static String translate(String key, Object... args) {
        UI ui = UI.getCurrent();
        return ui != null ? ui.getTranslation(key, args) : key;
    }
}
