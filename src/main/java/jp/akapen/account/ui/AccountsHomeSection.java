package jp.akapen.account.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import jp.akapen.account.AccountService;
import jp.akapen.shared.PortalUser;
import jp.akapen.shared.Roles;
import jp.akapen.shared.ui.HomeSection;
import org.springframework.stereotype.Component;

/** For those who create accounts: how many they manage, and the way to add one. */
@Component
class AccountsHomeSection implements HomeSection {

    private final AccountService accounts;

    AccountsHomeSection(AccountService accounts) {
        this.accounts = accounts;
    }

    @Override
    public int order() {
        return 80;
    }

    @Override
    public boolean appliesTo(PortalUser user) {
        return Roles.WARD_STAFF.equals(user.role()) || Roles.CONTRACTOR_MANAGER.equals(user.role());
    }

    @Override
    public com.vaadin.flow.component.Component create(PortalUser user) {
        var section = new Section();
        section.addClassName("home-card");
        section.add(new H3(section.getTranslation("account.title")),
                new Paragraph(section.getTranslation("account.home.count", accounts.manageableAccounts().size())),
                new Anchor("accounts", section.getTranslation("account.home.manage")));
        return section;
    }
}
