package jp.akapen.shared.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.servlet.http.HttpServletResponse;
import jp.akapen.shared.AccessDenied;
import jp.akapen.shared.LoggedRefusal;
import jp.akapen.shared.Roles;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authorization.AuthorizationDeniedException;

/**
 * Unknown pages and pages the user may not open look the same, so that a denied route does not
 * reveal that it exists. A route the user's role may not open lands in {@link Denied} (Vaadin's
 * navigation access control reroutes signed-in users there in every mode), an object a service
 * refuses while a page opens (another resident's manuscript) in {@link Refused}; both tell the
 * audit log (seed P4) through {@link AccessDenied}.
 */
@RolesAllowed({Roles.RESIDENT, Roles.CONTRACTOR_MANAGER, Roles.CONTRACTOR_HANDLER, Roles.CONTRACTOR_STAFF,
        Roles.WARD_STAFF})
class NotFoundView extends Main implements HasErrorParameter<NotFoundException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        return show(this);
    }

    static int show(Main page) {
        page.removeAll();
        page.addClassName("error-page");
        page.add(new H1(page.getTranslation("error.not-found.title")),
                new Paragraph(page.getTranslation("error.not-found")),
                new Anchor("", page.getTranslation("error.home")));
        return HttpServletResponse.SC_NOT_FOUND;
    }

    static String route(BeforeEnterEvent event) {
        return "route:" + event.getLocation().getPath();
    }

    @RolesAllowed({Roles.RESIDENT, Roles.CONTRACTOR_MANAGER, Roles.CONTRACTOR_HANDLER, Roles.CONTRACTOR_STAFF,
            Roles.WARD_STAFF})
    static class Denied extends Main implements HasErrorParameter<AccessDeniedException> {

        private final ApplicationEventPublisher events;

        Denied(ApplicationEventPublisher events) {
            this.events = events;
        }

        @Override
        public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
            events.publishEvent(new AccessDenied(route(event)));
            return show(this);
        }
    }

    /**
     * A service refused the page's object. Refusals of Spring's method security are logged where
     * they happen ({@link AuthorizationDeniedException}), so only the others are published here.
     */
    @RolesAllowed({Roles.RESIDENT, Roles.CONTRACTOR_MANAGER, Roles.CONTRACTOR_HANDLER, Roles.CONTRACTOR_STAFF,
            Roles.WARD_STAFF})
    static class Refused extends Main
            implements HasErrorParameter<org.springframework.security.access.AccessDeniedException> {

        private final ApplicationEventPublisher events;

        Refused(ApplicationEventPublisher events) {
            this.events = events;
        }

        @Override
        public int setErrorParameter(BeforeEnterEvent event,
                ErrorParameter<org.springframework.security.access.AccessDeniedException> parameter) {
            if (!(parameter.getCaughtException() instanceof AuthorizationDeniedException)
                    && !(parameter.getCaughtException() instanceof LoggedRefusal)) {
                events.publishEvent(new AccessDenied(route(event)));
            }
            return show(this);
        }
    }
}
