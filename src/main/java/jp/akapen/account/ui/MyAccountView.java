package jp.akapen.account.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
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
import jp.akapen.account.SignInHistory;
import jp.akapen.shared.JapaneseDates;
import jp.akapen.shared.PortalUser;
import jp.akapen.shared.Roles;
import jp.akapen.shared.ui.AccountPageSection;
import jp.akapen.shared.ui.GridRows;

/**
 * マイアカウント: the signed-in person's own sign-in history (issue 24; seed P3, P4), so that they
 * notice a sign-in that was not theirs, and the ways to change their password and second factor; below, what
 * other areas contribute ({@link AccountPageSection}: the mail area's notices by mail).
 */
@Route("account")
@Menu(order = 94, icon = "vaadin:user-clock", title = "menu.account")
@RolesAllowed({Roles.RESIDENT, Roles.CONTRACTOR_MANAGER, Roles.CONTRACTOR_HANDLER, Roles.CONTRACTOR_STAFF,
        Roles.WARD_STAFF})
class MyAccountView extends Main implements HasDynamicTitle {

    final Grid<SignInHistory.Entry> history = new Grid<>();

    MyAccountView(SignInHistory signIns, AuthenticationContext authentication, List<AccountPageSection> sections) {
        addClassName("my-account");
        history.addClassName("sign-in-history");
        history.addColumn(e -> JapaneseDates.dateTime(e.at(), getLocale()))
                .setHeader(getTranslation("account.history.when")).setAutoWidth(true);
        history.addColumn(e -> getTranslation(e.outcome().labelKey()))
                .setHeader(getTranslation("account.history.outcome")).setFlexGrow(1);
        history.addColumn(e -> e.address() == null ? "—" : e.address())
                .setHeader(getTranslation("account.history.address")).setAutoWidth(true);
        history.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        GridRows.show(history, signIns.mine());
        var links = new Div(new Anchor("account/password", getTranslation("menu.password")),
                new Anchor("mfa/setup", getTranslation("menu.mfa")));
        links.addClassName("my-account-links");
        add(new H2(getTranslation("account.history.title")),
                new Paragraph(getTranslation("account.history.intro", SignInHistory.LIMIT)), history, links);
        PortalUser user = authentication.getAuthenticatedUser(PortalUser.class).orElseThrow();
        sections.stream().sorted(Comparator.comparingInt(AccountPageSection::order))
                .forEach(section -> add(section.create(user)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("account.mine.title");
    }
}
