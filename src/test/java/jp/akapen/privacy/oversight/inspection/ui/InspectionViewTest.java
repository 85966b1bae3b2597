package jp.akapen.privacy.oversight.inspection.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.RouteConfiguration;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import jp.akapen.AkapenSpringTest;
import jp.akapen.TestSupport;
import jp.akapen.privacy.oversight.inspection.Checklist;
import jp.akapen.privacy.oversight.inspection.InspectionService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The audit page lists every checklist item with links to evidence pages that exist (O2; issue 15 item 2). */
@AkapenSpringTest
class InspectionViewTest extends SpringBrowserlessTest {

    @Autowired
    UserDetailsService users;
    @Autowired
    InspectionService inspections;

    @Test
    void every_checklist_item_is_listed_and_every_evidence_link_opens_a_registered_page() {
        TestSupport.signIn(users, "ward1");
        UI.getCurrent().setLocale(Locale.JAPANESE);
        var audit = inspections.audits().stream().findFirst().orElseGet(() -> {
            int year = 1875 + java.util.concurrent.ThreadLocalRandom.current().nextInt(24);
            return inspections.start(year);
        });

        navigate("oversight/audits/" + audit.id(), InspectionView.class);

        var checklist = Checklist.shipped();
        for (var item : checklist.items()) {
            var row = find(Div.class).withId("oversight-item-" + item.code()).single();
            var links = find(Anchor.class, row).withClassName("oversight-evidence").all();
            assertThat(links).as(item.code()).hasSize(item.evidence().size());
            if (item.kind() == Checklist.Kind.CLAUSE) {
                assertThat(links).as(item.code()).isNotEmpty();
            }
        }
        var routes = RouteConfiguration.forApplicationScope();
        Set<String> unresolved = new TreeSet<>();
        find(Anchor.class).withClassName("oversight-evidence").all().forEach(link -> {
            if (routes.getRoute(link.getHref()).isEmpty()) {
                unresolved.add(link.getHref());
            }
        });
        assertThat(unresolved).isEmpty();
    }
}
