package jp.akapen.shared.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import jakarta.annotation.security.RolesAllowed;
import jakarta.servlet.http.HttpServletResponse;
import jp.akapen.shared.Incidents;
import jp.akapen.shared.Roles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What a user sees when building a page fails: an apology and an incident id, no stack trace. */
@RolesAllowed({Roles.RESIDENT, Roles.CONTRACTOR_MANAGER, Roles.CONTRACTOR_HANDLER, Roles.CONTRACTOR_STAFF,
        Roles.WARD_STAFF})
class InternalErrorView extends Main implements HasErrorParameter<Exception> {

    private static final Logger log = LoggerFactory.getLogger(InternalErrorView.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        String incident = Incidents.newId();
        log.error("Incident {} while opening {}", incident, event.getLocation().getPath(), parameter.getCaughtException());
        addClassName("error-page");
        add(new H1(getTranslation("error.title")),
                new Paragraph(getTranslation("error.unexpected", incident)),
                new Anchor("", getTranslation("error.home")));
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
