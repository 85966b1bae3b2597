package jp.akapen.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import jp.akapen.AkapenSpringTest;
import jp.akapen.RouteLocations;
import jp.akapen.TestSupport;
import jp.akapen.account.AccountService;
import jp.akapen.edition.EditionService;
import jp.akapen.manuscript.CorrectionService;
import jp.akapen.manuscript.ManuscriptService;
import jp.akapen.privacy.purpose.PurposeNoticeService;
import jp.akapen.privacy.vault.PersonalDataService;
import jp.akapen.shared.PortalUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The canary test without a browser (seed P2, P9): residents' personal data is planted as unique
 * values; every route is opened as each person who may not read it, and everything each page would
 * send to the browser (texts, attributes, properties, items of grids and lists) is searched.
 */
@AkapenSpringTest
class CanaryViewTest extends SpringBrowserlessTest {

    @Autowired
    UserDetailsService users;
    @Autowired
    AccountService accounts;
    @Autowired
    PersonalDataService personalData;
    @Autowired
    PurposeNoticeService purposeNotice;
    @Autowired
    EditionService editions;
    @Autowired
    org.springframework.context.ApplicationContext context;
    @Autowired
    ManuscriptService manuscripts;
    @Autowired
    CorrectionService corrections;

    Canaries canaries;
    List<String> locations;

    @BeforeEach
    void plantCanariesAndListEveryRoute() {
        long handler1 = ((PortalUser) users.loadUserByUsername("handler1")).id();
        canaries = Canaries.plant(users, accounts, personalData, purposeNotice, editions, handler1);
        TestSupport.signIn(users, "ward1");
        locations = RouteLocations.all(context);
    }

    @Test
    void no_page_gives_a_non_handler_any_residents_personal_data() {
        var viewers = new ArrayList<>(List.of("staff1", "manager", "resident1", canaries.undesignatedHandler(),
                canaries.residentUsernames().getFirst()));
        int pages = 0;
        long texts = 0;
        var leaks = new ArrayList<String>();
        for (String viewer : viewers) {
            var forbidden = canaries.valuesExceptOf(viewer);
            for (String location : locations) {
                TestSupport.signIn(users, viewer);
                UI.getCurrent().setLocale(Locale.JAPANESE);
                UI.getCurrent().navigate(location);
                var seen = PageText.texts(UI.getCurrent());
                texts += seen.size();
                pages++;
                PageText.occurrences(seen, forbidden).forEach(value -> leaks.add(viewer + " /" + location));
            }
        }
        System.out.printf("Canary (view tests): %d locations of every route as %d people = %d pages, %d texts searched, %d occurrences%n",
                locations.size(), viewers.size(), pages, texts, leaks.size());
        assertThat(leaks).isEmpty();
        assertThat(pages).isGreaterThanOrEqualTo(viewers.size() * 10);
    }

    @Test
    void the_scan_finds_a_canary_where_it_may_be_shown_so_it_can_fail() {
        String own = canaries.residentUsernames().getFirst();
        TestSupport.signIn(users, own);
        UI.getCurrent().setLocale(Locale.JAPANESE);
        UI.getCurrent().navigate("my-data");

        var seen = PageText.texts(UI.getCurrent());

        assertThat(PageText.occurrences(seen, List.of(canaries.data().getFirst().email()))).isNotEmpty();
    }
}
