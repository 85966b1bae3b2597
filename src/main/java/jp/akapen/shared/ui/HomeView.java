package jp.akapen.shared.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.Comparator;
import java.util.List;
import jp.akapen.shared.PortalUser;
import jp.akapen.shared.Roles;

/** What is waiting for me: the sections the areas contribute for the user's role. */
@Route("")
@Menu(order = 0, icon = "vaadin:home", title = "menu.home")
@RolesAllowed({Roles.RESIDENT, Roles.CONTRACTOR_MANAGER, Roles.CONTRACTOR_HANDLER, Roles.CONTRACTOR_STAFF,
        Roles.WARD_STAFF})
class HomeView extends Main implements HasDynamicTitle {

    HomeView(AuthenticationContext authentication, List<HomeSection> sections) {
        PortalUser user = authentication.getAuthenticatedUser(PortalUser.class).orElseThrow();
        addClassName("home");
        add(new H2(getTranslation("home.greeting", user.displayName())),
                new Paragraph(getTranslation("home.role-intro." + user.role())));
        sections.stream()
                .filter(section -> section.appliesTo(user))
                .sorted(Comparator.comparingInt(HomeSection::order))
                .forEach(section -> add(section.create(user)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("home.title");
    }
}
