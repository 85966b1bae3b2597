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
import jp.akapen.shared.Roles;

/**
 * Unknown pages and pages the user may not open look the same, so that a denied route does not
 * reveal that it exists. (Vaadin reports a denied route as not found in production mode and as
 * access denied in development mode; both land here.)
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

    @RolesAllowed({Roles.RESIDENT, Roles.CONTRACTOR_MANAGER, Roles.CONTRACTOR_HANDLER, Roles.CONTRACTOR_STAFF,
            Roles.WARD_STAFF})
    static class Denied extends Main implements HasErrorParameter<AccessDeniedException> {

        @Override
        public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
            return show(this);
        }
    }
}
