package jp.akapen;

import static jp.akapen.shared.Roles.CONTRACTOR_HANDLER;
import static jp.akapen.shared.Roles.CONTRACTOR_MANAGER;
import static jp.akapen.shared.Roles.CONTRACTOR_STAFF;
import static jp.akapen.shared.Roles.RESIDENT;
import static jp.akapen.shared.Roles.WARD_STAFF;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import java.security.Principal;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import jp.akapen.account.MfaPending;
import jp.akapen.shared.Roles;
import org.junit.jupiter.api.Test;

/**
 * Who may open what, declared once here. A route that is missing from this table, or whose
 * annotations disagree with it, fails the build.
 */
public class AccessMatrixTest {

    static final Set<String> EVERYONE = Set.copyOf(Roles.ALL);

    static final Map<String, Set<String>> DECLARED = Map.ofEntries(
            Map.entry("", EVERYONE),
            Map.entry("notices", EVERYONE),
            Map.entry("account", EVERYONE),
            Map.entry("account/password", EVERYONE),
            Map.entry("mfa/setup", EVERYONE),
            // only for a session halfway through signing in (MfaPending.ROLE), no full role
            Map.entry("mfa", Set.of()),
            Map.entry("accounts", Set.of(WARD_STAFF, CONTRACTOR_MANAGER)),
            Map.entry("manuscripts", EVERYONE),
            Map.entry("manuscripts/:manuscriptId([0-9]{1,18})", EVERYONE),
            Map.entry("manuscripts/:manuscriptId([0-9]{1,18})/rounds/:round([0-9]{1,4})", EVERYONE),
            Map.entry("editions", Set.of(WARD_STAFF, CONTRACTOR_MANAGER, CONTRACTOR_HANDLER, CONTRACTOR_STAFF)),
            // the house dictionary of the proofreading assistant: read by the contractor and the ward (issue 16)
            Map.entry("house-dictionary", Set.of(WARD_STAFF, CONTRACTOR_MANAGER, CONTRACTOR_HANDLER, CONTRACTOR_STAFF)),
            Map.entry("editions/:editionId([0-9]{1,18})",
                    Set.of(WARD_STAFF, CONTRACTOR_MANAGER, CONTRACTOR_HANDLER, CONTRACTOR_STAFF)),
            Map.entry("progress", Set.of(WARD_STAFF, CONTRACTOR_MANAGER)),
            Map.entry("handlers", Set.of(WARD_STAFF, CONTRACTOR_MANAGER)),
            // the ward decides on the period, the handling manager confirms the erasure (issue 14, D1, D3)
            Map.entry("retention", Set.of(WARD_STAFF, CONTRACTOR_MANAGER)),
            Map.entry("audit", Set.of(WARD_STAFF)),
            Map.entry("people", Set.of(WARD_STAFF, CONTRACTOR_HANDLER, CONTRACTOR_MANAGER)),
            Map.entry("my-data", Set.of(RESIDENT)),
            // handlers ask, the ward decides, the manager follows (the service checks designation; issue 14 item 7)
            Map.entry("takeout", Set.of(WARD_STAFF, CONTRACTOR_MANAGER, CONTRACTOR_HANDLER)),
            // the handling manager and the ward record training; designation checks it (issue 15 item 3, O3)
            Map.entry("training", Set.of(WARD_STAFF, CONTRACTOR_MANAGER)),
            // anyone signed in reports an incident and follows their own; the service decides what each may see (O4)
            Map.entry("incidents", EVERYONE),
            Map.entry("incidents/:incidentId([0-9]{1,18})", EVERYONE),
            // the ward asks and reads, the handling manager answers (特記事項14, O1; issue 15)
            Map.entry("oversight/reports", Set.of(WARD_STAFF, CONTRACTOR_MANAGER)),
            Map.entry("oversight/reports/:reportId([0-9]{1,18})", Set.of(WARD_STAFF, CONTRACTOR_MANAGER)),
            // the ward audits on site; the manager reads it and answers findings (特記事項15-17, O2; issue 15)
            Map.entry("oversight/audits", Set.of(WARD_STAFF, CONTRACTOR_MANAGER)),
            Map.entry("oversight/audits/:auditId([0-9]{1,18})", Set.of(WARD_STAFF, CONTRACTOR_MANAGER)),
            Map.entry("purpose-notice", EVERYONE),
            Map.entry("mail/outbox", Set.of(WARD_STAFF, CONTRACTOR_MANAGER)),
            // residents read what was shared with them; the service decides who may add files (issue 12 item 5)
            Map.entry("files", EVERYONE),
            Map.entry("mail/compose", Set.of(CONTRACTOR_MANAGER, CONTRACTOR_HANDLER)),
            Map.entry("mail/correspondence", Set.of(WARD_STAFF)),
            // the ward reads every exchange per article and lecture (E2; issue 12 item 7)
            Map.entry("mail/threads", Set.of(WARD_STAFF)),
            Map.entry("mail/threads/:thread([a-z]{1,20}-[0-9]{1,18})", Set.of(WARD_STAFF)),
            // contractor staff who are not handlers run no lectures; residents see those they are invited to (issue 13)
            Map.entry("lectures", Set.of(RESIDENT, CONTRACTOR_MANAGER, CONTRACTOR_HANDLER, WARD_STAFF)),
            Map.entry("lectures/:lectureId([0-9]{1,18})", Set.of(RESIDENT, CONTRACTOR_MANAGER, CONTRACTOR_HANDLER,
                    WARD_STAFF)),
            // residents answer; handlers and the manager build (the service checks designation); the ward reviews (issue 13)
            Map.entry("surveys", Set.of(RESIDENT, CONTRACTOR_HANDLER, CONTRACTOR_MANAGER, WARD_STAFF)),
            Map.entry("surveys/:surveyId([0-9]{1,18})", Set.of(RESIDENT, CONTRACTOR_HANDLER, CONTRACTOR_MANAGER, WARD_STAFF)),
            Map.entry("surveys/:surveyId([0-9]{1,18})/edit", Set.of(CONTRACTOR_HANDLER, CONTRACTOR_MANAGER)),
            Map.entry("surveys/:surveyId([0-9]{1,18})/results", Set.of(CONTRACTOR_HANDLER, CONTRACTOR_MANAGER, WARD_STAFF)),
            Map.entry("mail/demo-mailbox", Set.of(WARD_STAFF)),
            Map.entry("login", Set.of()));

    static final Set<String> OPEN_TO_ANONYMOUS = Set.of("login");

    public static Map<String, Class<?>> routes() {
        return ArchitectureTest.PRODUCTION.stream()
                .filter(c -> c.isAnnotatedWith(Route.class))
                .map(c -> c.reflect())
                .collect(Collectors.toMap(c -> c.getAnnotation(Route.class).value(), c -> c, (a, b) -> a, TreeMap::new));
    }

    @Test
    void every_route_is_in_the_declared_matrix() {
        assertThat(routes().keySet()).containsExactlyInAnyOrderElementsOf(DECLARED.keySet());
    }

    @Test
    void each_role_may_open_exactly_the_declared_routes() {
        var checker = new AccessAnnotationChecker();
        Principal someone = () -> "someone";
        routes().forEach((path, view) -> {
            for (String role : Roles.ALL) {
                boolean allowed = checker.hasAccess(view, someone, role::equals);
                boolean expected = DECLARED.get(path).contains(role) || OPEN_TO_ANONYMOUS.contains(path);
                assertThat(allowed).as("role %s on /%s", role, path).isEqualTo(expected);
            }
            boolean anonymous = checker.hasAccess(view, null, r -> false);
            assertThat(anonymous).as("anonymous on /%s", path).isEqualTo(OPEN_TO_ANONYMOUS.contains(path));
        });
    }

    /** Password given, second factor due (seed P3): the code page and nothing else. */
    @Test
    void a_session_halfway_through_signing_in_may_open_only_the_code_page() {
        var checker = new AccessAnnotationChecker();
        Principal halfway = () -> "someone";
        routes().forEach((path, view) -> assertThat(checker.hasAccess(view, halfway, MfaPending.ROLE::equals))
                .as("/%s", path).isEqualTo(path.equals("mfa") || OPEN_TO_ANONYMOUS.contains(path)));
    }

    @Test
    void the_matrix_covers_every_role() {
        assertThat(DECLARED.values().stream().flatMap(Set::stream).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(RESIDENT, CONTRACTOR_MANAGER, CONTRACTOR_HANDLER, CONTRACTOR_STAFF, WARD_STAFF);
    }
}
