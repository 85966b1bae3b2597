package jp.akapen.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import jp.akapen.shared.PortalUser;
import jp.akapen.shared.Roles;
import jp.akapen.shared.live.LiveHub;
import jp.akapen.shared.live.Topics;
import jp.akapen.shared.notification.NotificationService;

/**
 * The frame around every signed-in page. The side navigation comes from the views' own
 * {@code @Menu} entries, which Vaadin filters to what the user may open, so this class names no
 * feature. Menu titles are i18n keys.
 */
@Layout
@RolesAllowed({Roles.RESIDENT, Roles.CONTRACTOR_MANAGER, Roles.CONTRACTOR_HANDLER, Roles.CONTRACTOR_STAFF,
        Roles.WARD_STAFF})
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private static final String LOGOUT = "logout";

    private final NotificationService notices;
    private final Span viewTitle = new Span();
    private final NoticeBell bell;

    MainLayout(AuthenticationContext authentication, NotificationService notices, LiveHub live) {
        this.notices = notices;
        PortalUser user = authentication.getAuthenticatedUser(PortalUser.class).orElseThrow();
        this.bell = new NoticeBell();
        // the bell follows the person's notices while any page is shown (issue 23)
        Live.follow(bell, live, Topics.account(user.id()), posted -> refreshNotices());
        Live.follow(bell, live, Topics.role(user.role()), posted -> refreshNotices());
        setPrimarySection(Section.DRAWER);
        addToDrawer(brand(), new Scroller(navigation()));
        viewTitle.addClassName("view-title");
        viewTitle.getElement().setAttribute("role", "heading");
        viewTitle.getElement().setAttribute("aria-level", "1");
        // a bare element, as the language switch's: the bar is on every page of every session (issue 17)
        var logout = ListActions.button(LOGOUT, "", getTranslation("layout.logout"), ButtonVariant.LUMO_TERTIARY)
                .setAttribute("class", "logout");
        logout.insertChild(0, new Element("vaadin-icon").setAttribute("icon", "vaadin:sign-out").setAttribute("slot",
                "prefix"));
        var toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("layout.menu"));
        var wide = new Div(who(user), new LanguageSwitch());
        wide.getElement().appendChild(logout);
        wide.addClassName("navbar-wide");
        new ListActions(wide).on(LOGOUT, key -> authentication.logout());
        addToNavbar(toggle, viewTitle, bell, wide, new AccountMenu(user, authentication::logout));
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        String title = getContent() instanceof HasDynamicTitle titled ? titled.getPageTitle() : "";
        viewTitle.setText(title);
        // on a phone the title is cut with an ellipsis; the whole of it stays one long-press away
        viewTitle.setTitle(title);
        refreshNotices();
    }

    void refreshNotices() {
        bell.show(notices.myUnreadCount());
    }

    private Component brand() {
        var name = new Span("赤ペン");
        name.addClassName("brand-name");
        name.getElement().setAttribute("lang", "ja"); // the portal's name, read as Japanese in either language
        var sub = new Span("Akapen");
        sub.addClassName("brand-sub");
        var brand = new Header(name, sub);
        brand.addClassName("brand");
        return brand;
    }

    /**
     * The items are bare elements, the DOM a {@code SideNavItem} makes (the path, the label as text, the icon in the
     * prefix slot) without a component each: a {@code SideNavItem} with its {@code Icon} holds about 1.9 KB of every
     * session on every page, and the ward's menu has 24 (issue 17).
     */
    private SideNav navigation() {
        var nav = new SideNav();
        nav.addClassName("main-nav");
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            var item = new Element("vaadin-side-nav-item");
            item.setAttribute("path", entry.path().startsWith("/") ? entry.path().substring(1) : entry.path());
            if (entry.icon() != null && entry.icon().startsWith("vaadin:")) {
                item.appendChild(new Element("vaadin-icon").setAttribute("icon", entry.icon()).setAttribute("slot",
                        "prefix"));
            }
            item.appendChild(Element.createText(getTranslation(entry.title())));
            nav.getElement().appendChild(item);
        }
        return nav;
    }

    private Component who(PortalUser user) {
        var name = new Span(user.displayName());
        name.addClassName("user-name");
        var role = new Span(getTranslation("role." + user.role()));
        role.addClassName("user-role");
        var who = new Div(name, role);
        who.addClassName("user");
        return who;
    }
}
