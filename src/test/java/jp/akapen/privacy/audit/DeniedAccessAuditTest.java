package jp.akapen.privacy.audit;

import static jp.akapen.db.Tables.AUDIT_EVENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.server.ErrorEvent;
import java.util.List;
import java.util.Locale;
import jp.akapen.AkapenSpringTest;
import jp.akapen.TestSupport;
import jp.akapen.account.AccountService;
import jp.akapen.account.MfaAttempted;
import jp.akapen.account.NewAccount;
import jp.akapen.account.Role;
import jp.akapen.manuscript.ManuscriptService;
import jp.akapen.privacy.audit.chain.AuditEvent;
import jp.akapen.shared.PortalUser;
import jp.akapen.shared.Roles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every denied access writes exactly one audit entry (seed P4), wherever it is refused: a route,
 * a service method, an object a service refuses for ownership; and second-factor steps are logged.
 */
@AkapenSpringTest
class DeniedAccessAuditTest extends SpringBrowserlessTest {

    @Autowired
    UserDetailsService users;

    @Autowired
    AuditRepository repository;

    @Autowired
    AuditLogService auditLog;

    @Autowired
    ManuscriptService manuscripts;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    AccountService accounts;

    @Autowired
    PlatformTransactionManager transactions;

    long before;

    @BeforeEach
    void rememberTheEnd() {
        before = repository.last().map(AuditEvent::seq).orElse(0L);
    }

    List<AuditEvent> since() {
        return repository.find(AUDIT_EVENT.SEQ.gt(before), 0, 1000).reversed();
    }

    PortalUser signIn(String username) {
        var user = (PortalUser) TestSupport.signIn(users, username);
        UI.getCurrent().setLocale(Locale.JAPANESE);
        return user;
    }

    static void deniedBy(AuditEvent e, PortalUser user, String objectType, String objectId) {
        assertThat(e.action()).isEqualTo("ACCESS_DENIED");
        assertThat(e.outcome()).isEqualTo("DENIED");
        assertThat(e.actorId()).isEqualTo(user.id());
        assertThat(e.actorRole()).isEqualTo(user.role());
        assertThat(e.objectType()).isEqualTo(objectType);
        assertThat(e.objectId()).isEqualTo(objectId);
        assertThat(e.fields()).isNull();
    }

    @Test
    void a_route_the_role_may_not_open_is_logged_once() {
        var resident = signIn("resident1");

        UI.getCurrent().navigate("audit");

        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("Denied");
        assertThat(find(H1.class).single().getText()).isEqualTo("このページを開く権限がありません");
        assertThat(since()).singleElement().satisfies(e -> deniedBy(e, resident, "route", "audit"));
    }

    @Test
    void an_unknown_path_shows_the_not_found_page_and_is_logged_once_with_the_path_asked_for() {
        var staff = signIn("staff1");

        UI.getCurrent().navigate("no-such-page/42");

        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("NotFoundView");
        assertThat(find(H1.class).single().getText()).isEqualTo("ページが見つかりません");
        assertThat(since()).singleElement().satisfies(e -> deniedBy(e, staff, "url", "/no-such-page/42"));
    }

    @Test
    void a_service_method_the_role_may_not_call_is_logged_once() {
        var handler = signIn("handler1");

        assertThatThrownBy(() -> auditLog.count(AuditFilter.ALL)).isInstanceOf(AuthorizationDeniedException.class);

        assertThat(since()).singleElement().satisfies(e -> deniedBy(e, handler, "method", "AuditLogService.count"));
    }

    @Test
    void another_residents_manuscript_is_refused_as_not_found_and_logged_once() {
        signIn("resident1");
        long someoneElses = manuscripts.visible().getFirst().id();
        var other = signIn("resident2");
        before = repository.last().map(AuditEvent::seq).orElse(0L);

        UI.getCurrent().navigate("manuscripts/" + someoneElses);

        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("Refused");
        assertThat(find(H1.class).single().getText()).isEqualTo("ページが見つかりません");
        assertThat(since()).singleElement().satisfies(e -> deniedBy(e, other, "route", "manuscripts/" + someoneElses));
    }

    @Test
    void a_refusal_inside_a_page_is_logged_once_and_method_security_refusals_are_not_logged_twice() {
        var resident = signIn("resident1");
        UI.getCurrent().navigate("notices");
        var errors = UI.getCurrent().getSession().getErrorHandler();

        errors.error(new ErrorEvent(new RuntimeException(new AccessDeniedException("not your manuscript"))));
        errors.error(new ErrorEvent(new AuthorizationDeniedException("already logged", new AuthorizationDecision(false))));

        assertThat(since()).singleElement().satisfies(e -> deniedBy(e, resident, "route", "notices"));
    }

    @Test
    void a_refused_account_creation_is_logged_once_as_the_creation_asked_for_not_as_the_page() {
        var manager = signIn("manager");
        UI.getCurrent().navigate("accounts");
        before = repository.last().map(AuditEvent::seq).orElse(0L);

        var refusal = catchThrowable(() -> accounts.create(new NewAccount("s26-" + System.nanoTime() % 100_000,
                "区職員のふり", Role.WARD_STAFF, "a long enough password 24")));
        UI.getCurrent().getSession().getErrorHandler().error(new ErrorEvent(refusal));

        assertThat(refusal).isInstanceOf(AccessDeniedException.class);
        assertThat(since()).singleElement()
                .satisfies(e -> deniedBy(e, manager, "method", "AccountService.create(WARD_STAFF)"));
    }

    @Test
    void second_factor_steps_are_logged_and_a_wrong_code_stays_when_its_transaction_rolls_back() {
        var ward = (PortalUser) users.loadUserByUsername("ward1");

        events.publishEvent(new MfaAttempted(ward.id(), Roles.WARD_STAFF, MfaAttempted.Kind.ENROLMENT, true));
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            events.publishEvent(new MfaAttempted(ward.id(), Roles.WARD_STAFF, MfaAttempted.Kind.ONE_TIME_CODE, false));
            status.setRollbackOnly();
        });
        events.publishEvent(new MfaAttempted(ward.id(), Roles.WARD_STAFF, MfaAttempted.Kind.RECOVERY_CODE, true));

        assertThat(since()).extracting(AuditEvent::action, AuditEvent::outcome, AuditEvent::fields, AuditEvent::actorId)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("MFA_ENROLLED", "SUCCESS", List.of("totp_secret"), ward.id()),
                        org.assertj.core.groups.Tuple.tuple("MFA_FAILED", "FAILED", List.of("one_time_code"), ward.id()),
                        org.assertj.core.groups.Tuple.tuple("MFA_SUCCEEDED", "SUCCESS", List.of("recovery_code"), ward.id()));
    }
}
