package jp.akapen.shared.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.RolesAllowed;
import jakarta.servlet.http.HttpServletResponse;
import jp.akapen.shared.AccessDenied;
import jp.akapen.shared.LoggedRefusal;
import jp.akapen.shared.Roles;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authorization.AuthorizationDeniedException;

/**
 * The pages a signed-in user sees instead of the one asked for (issue 24), each logged once with the
 * path asked for (seed P4) through {@link AccessDenied}: an unknown path (or an object that does not
 * exist) here, as 404; a route the user's role may not open in {@link Denied} (Vaadin's navigation
 * access control reroutes signed-in users there in every mode), as 403; an object a service refuses
 * while a page opens (another resident's manuscript) in {@link Refused}, as 404 like a missing one, so
 * that nobody learns which manuscripts exist.
 */
@RolesAllowed({Roles.RESIDENT, Roles.CONTRACTOR_MANAGER, Roles.CONTRACTOR_HANDLER, Roles.CONTRACTOR_STAFF,
        Roles.WARD_STAFF})
@ParentLayout(MainLayout.class) // the menu stays, so the person can go on from here
class NotFoundView extends ErrorPage implements HasErrorParameter<NotFoundException> {

    private final ApplicationEventPublisher events;

    NotFoundView(ApplicationEventPublisher events) {
        this.events = events;
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        events.publishEvent(new AccessDenied("url:/" + event.getLocation().getPath()));
        return page(this, "error.not-found.title", "error.not-found.missing", HttpServletResponse.SC_NOT_FOUND);
    }

    static int show(ErrorPage page) {
        return page(page, "error.not-found.title", "error.not-found", HttpServletResponse.SC_NOT_FOUND);
    }

    private static int page(ErrorPage page, String title, String text, int status) {
        page.removeAll();
        page.addClassName("error-page");
        page.setPageTitle(page.getTranslation(title));
        page.add(new H1(page.getPageTitle()), new Paragraph(page.getTranslation(text)),
                new Anchor("", page.getTranslation("error.home")));
        return status;
    }

    static String route(BeforeEnterEvent event) {
        return "route:" + event.getLocation().getPath();
    }

    @RolesAllowed({Roles.RESIDENT, Roles.CONTRACTOR_MANAGER, Roles.CONTRACTOR_HANDLER, Roles.CONTRACTOR_STAFF,
            Roles.WARD_STAFF})
    @ParentLayout(MainLayout.class)
    static class Denied extends ErrorPage implements HasErrorParameter<AccessDeniedException> {

        private final ApplicationEventPublisher events;

        Denied(ApplicationEventPublisher events) {
            this.events = events;
        }

        @Override
        public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
            events.publishEvent(new AccessDenied(route(event)));
            return page(this, "error.forbidden.title", "error.forbidden", HttpServletResponse.SC_FORBIDDEN);
        }
    }

    /**
     * A service refused the page's object. Refusals of Spring's method security are logged where
     * they happen ({@link AuthorizationDeniedException}), so only the others are published here.
     */
    @RolesAllowed({Roles.RESIDENT, Roles.CONTRACTOR_MANAGER, Roles.CONTRACTOR_HANDLER, Roles.CONTRACTOR_STAFF,
            Roles.WARD_STAFF})
    @ParentLayout(MainLayout.class)
    static class Refused extends ErrorPage
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
