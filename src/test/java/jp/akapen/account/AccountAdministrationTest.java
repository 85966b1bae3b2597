package jp.akapen.account;

import static jp.akapen.TestSupport.signIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.http.HttpSessionBindingEvent;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import jp.akapen.AkapenSpringTest;
import jp.akapen.TestSupport;
import jp.akapen.account.mfa.MfaPolicies;
import jp.akapen.account.mfa.MfaPolicy;
import jp.akapen.account.mfa.MfaService;
import jp.akapen.privacy.audit.AuditAction;
import jp.akapen.privacy.audit.AuditFilter;
import jp.akapen.privacy.audit.AuditLogService;
import jp.akapen.privacy.audit.AuditOutcome;
import jp.akapen.privacy.handlers.HandlerDesignationService;
import jp.akapen.privacy.handlers.HandlerRegister;
import jp.akapen.shared.JapaneseDates;
import jp.akapen.shared.notification.NotificationService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Disabling, re-enabling and resetting someone else's sign-in (issue 24; seed P3, P4, R1–R5). */
@AkapenSpringTest
class AccountAdministrationTest {

    static final String PASSWORD = "a passphrase of the person";

    @Autowired
    org.springframework.context.ApplicationContext applicationContext;

    @Autowired
    AccountAdministration administration;

    @Autowired
    AccountService accounts;

    @Autowired
    SignInAccounts signInAccounts;

    @Autowired
    ActiveSessions sessions;

    @Autowired
    UserDetailsService users;

    @Autowired
    AuthenticationManager login;

    @Autowired
    HandlerDesignationService designations;

    @Autowired
    HandlerRegister register;

    @Autowired
    AuditLogService audit;

    @Autowired
    NotificationService notices;

    @Autowired
    MfaService mfa;

    @Autowired
    MfaPolicy policy;

    @Autowired
    TestSupport.MovableClock clock;

    @AfterEach
    void restore() {
        clock.reset();
        MfaPolicies.reset(policy);
    }

    /** A fresh account of this test's own: the demo people stay as other tests expect them. */
    AkapenUser newAccount(Role role) {
        String name = "adm" + UUID.randomUUID().toString().substring(0, 8);
        accounts.bootstrap(new NewAccount(name, "管理 テスト " + name, role, PASSWORD), true);
        return (AkapenUser) users.loadUserByUsername(name);
    }

    Authentication logIn(String username, String password) {
        return login.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password));
    }

    String refusalOf(Runnable action) {
        try {
            action.run();
        } catch (AccountException refused) {
            return String.join(",", refused.messageKeys());
        }
        throw new AssertionError("not refused");
    }

    @Test
    void a_disabled_account_cannot_sign_in_and_a_wrong_password_reads_as_for_an_unknown_name() {
        AkapenUser staff = newAccount(Role.CONTRACTOR_STAFF);
        signIn(users, "manager");

        Account disabled = administration.disable(staff.id());

        assertThat(disabled.enabled()).isFalse();
        assertThatThrownBy(() -> logIn(staff.getUsername(), PASSWORD)).as("the right password")
                .isInstanceOf(DisabledException.class);
        var wrongForDisabled = catchFailure(() -> logIn(staff.getUsername(), "not the password at all"));
        var wrongForNobody = catchFailure(() -> logIn("nobody-" + UUID.randomUUID(), "not the password at all"));
        assertThat(wrongForDisabled).isInstanceOf(BadCredentialsException.class);
        assertThat(wrongForDisabled.getClass()).isEqualTo(wrongForNobody.getClass());
        assertThat(wrongForDisabled.getMessage()).isEqualTo(wrongForNobody.getMessage());

        signIn(users, "manager");
        assertThat(administration.enable(staff.id()).enabled()).isTrue();
        assertThat(logIn(staff.getUsername(), PASSWORD).isAuthenticated()).isTrue();
    }

    private static RuntimeException catchFailure(Runnable attempt) {
        try {
            attempt.run();
        } catch (RuntimeException failure) {
            return failure;
        }
        throw new AssertionError("signed in");
    }

    @Test
    void disabling_ends_the_persons_sessions_here_at_once_and_elsewhere_at_their_next_request() {
        AkapenUser handler = newAccount(Role.CONTRACTOR_HANDLER);
        var session = new MockHttpSession();
        var context = new SecurityContextImpl(
                UsernamePasswordAuthenticationToken.authenticated(handler, null, handler.getAuthorities()));
        session.setAttribute(ActiveSessions.SECURITY_CONTEXT, context);
        sessions.attributeAdded(new HttpSessionBindingEvent(session, ActiveSessions.SECURITY_CONTEXT, context));
        assertThat(sessions.countOf(handler.id())).isEqualTo(1);
        assertThat(signInAccounts.sessionValid(handler.id(), handler.sessionEpoch())).isTrue();

        signIn(users, "manager");
        administration.disable(handler.id());

        assertThat(session.isInvalid()).as("this instance's session").isTrue();
        assertThat(signInAccounts.sessionValid(handler.id(), handler.sessionEpoch()))
                .as("what another instance's session check asks").isFalse();
        administration.enable(handler.id());
        assertThat(signInAccounts.sessionValid(handler.id(), handler.sessionEpoch()))
                .as("re-enabling revives no old session").isFalse();
    }

    @Test
    void disabling_a_designated_handler_ends_the_designation_and_keeps_the_register_row() {
        AkapenUser handler = newAccount(Role.CONTRACTOR_HANDLER);
        jp.akapen.privacy.TrainingFixture.train(applicationContext, handler.id());
        signIn(users, "manager");
        designations.designate(handler.id(), LocalDate.ofInstant(clock.instant(), JapaneseDates.ZONE), null);
        assertThat(register.isActive(handler.id())).isTrue();

        administration.disable(handler.id());

        assertThat(register.isActive(handler.id())).isFalse();
        assertThat(designations.register()).filteredOn(e -> e.designation().accountId() == handler.id())
                .singleElement().satisfies(e -> {
                    assertThat(e.designation().endedAt()).isNotNull();
                    assertThat(e.endedByName()).isEqualTo("編集 責子（取扱責任者）");
                });
    }

    @Test
    void the_manager_and_the_ward_each_act_only_on_their_own_kinds_of_account_and_never_on_their_own() {
        AkapenUser resident = newAccount(Role.RESIDENT);
        AkapenUser staff = newAccount(Role.CONTRACTOR_STAFF);
        AkapenUser manager = newAccount(Role.CONTRACTOR_MANAGER);

        signIn(users, "manager");
        assertThat(refusalOf(() -> administration.disable(resident.id()))).isEqualTo("account.manage.not-yours");
        assertThat(refusalOf(() -> administration.resetSignIn(resident.id()))).isEqualTo("account.manage.not-yours");
        assertThat(refusalOf(() -> administration.disable(manager.id()))).isEqualTo("account.manage.not-yours");
        long managerId = ((AkapenUser) users.loadUserByUsername("manager")).id();
        assertThat(refusalOf(() -> administration.disable(managerId))).isEqualTo("account.manage.own");
        assertThat(administration.actionsOn(((AkapenUser) users.loadUserByUsername("manager")).account())).isEmpty();

        AkapenUser ward = (AkapenUser) signIn(users, "ward1");
        assertThat(refusalOf(() -> administration.disable(staff.id()))).isEqualTo("account.manage.not-yours");
        assertThat(refusalOf(() -> administration.resetSignIn(ward.id()))).isEqualTo("account.manage.own");
        assertThat(administration.actionsOn(resident.account()))
                .containsExactlyInAnyOrder(AccountAction.DISABLE, AccountAction.RESET_SIGN_IN);
        assertThat(administration.disable(manager.id()).enabled()).isFalse();
        assertThat(resident.account().enabled()).isTrue();

        for (String who : List.of("resident1", "handler1", "staff1")) {
            signIn(users, who);
            assertThatThrownBy(() -> administration.disable(resident.id())).as(who).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> administration.resetSignIn(staff.id())).as(who).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(signInAccounts.sessionValid(resident.id(), resident.sessionEpoch())).as("nothing happened").isTrue();

        signIn(users, "ward1");
        var denied = audit.find(new AuditFilter(null, null, ward.id(), AuditAction.ACCESS_DENIED, AuditOutcome.DENIED,
                "account", Long.toString(staff.id())), 0, 10);
        assertThat(denied).as("the ward's refused attempt on the staff account is logged").hasSize(1);
        assertThat(audit.find(new AuditFilter(null, null, ward.id(), AuditAction.ACCOUNT_DISABLED, null, "account",
                Long.toString(manager.id())), 0, 10)).hasSize(1);
    }

    @Test
    void with_mfa_off_a_resetter_who_signed_in_by_password_over_ten_minutes_ago_is_refused() {
        MfaPolicies.require(policy, false);
        AkapenUser resident = newAccount(Role.RESIDENT);
        signIn(users, "ward1");
        clock.advance(Duration.ofMinutes(10).plusSeconds(1));

        assertThat(refusalOf(() -> administration.resetSignIn(resident.id()))).isEqualTo("account.reset.sign-in-too-old");
        assertThat(logIn(resident.getUsername(), PASSWORD).isAuthenticated()).as("nothing was reset").isTrue();

        signIn(users, "ward1");
        assertThat(administration.resetSignIn(resident.id()).code()).hasSize(19);
    }

    @Test
    void with_mfa_on_a_resetter_needs_their_own_second_factor_within_ten_minutes() {
        MfaPolicies.require(policy, true);
        AkapenUser staff = newAccount(Role.CONTRACTOR_STAFF);
        AkapenUser manager = newAccount(Role.CONTRACTOR_MANAGER);
        signInWithSecondFactor(manager);
        assertThat(((AkapenUser) SecurityContextHolder.getContext().getAuthentication().getPrincipal()).secondFactor())
                .isTrue();

        clock.advance(Duration.ofMinutes(11));
        assertThat(refusalOf(() -> administration.resetSignIn(staff.id())))
                .isEqualTo("account.reset.second-factor-too-old");

        signInWithSecondFactor(manager);
        var before = clock.instant();
        assertThat(administration.resetSignIn(staff.id()).validUntil())
                .isBetween(before.plus(Duration.ofHours(72)), clock.instant().plus(Duration.ofHours(72)));
    }

    /** Enrols the person's app (once) and signs them in with its code, as the /mfa page does. */
    private void signInWithSecondFactor(AkapenUser person) {
        var current = (AkapenUser) signIn(users, person.getUsername());
        if (!mfa.status().enrolled()) {
            var enrolment = mfa.beginEnrolment();
            secrets.put(person.id(), enrolment.secret());
            assertThat(mfa.confirmEnrolment(enrolment, MfaPolicies.codeAt(enrolment.secret(), clock.instant()))
                    .accepted()).isTrue();
        }
        var pending = mfa.pendingFor(current).orElseThrow();
        var halfway = SecurityContextHolder.createEmptyContext();
        halfway.setAuthentication(new TestingAuthenticationToken(pending, null, MfaPending.AUTHORITY));
        SecurityContextHolder.setContext(halfway);
        clock.advance(Duration.ofSeconds(31)); // a later code than the last one used
        var outcome = mfa.completeSignIn(MfaPolicies.codeAt(secrets.get(person.id()), clock.instant()));
        assertThat(outcome.accepted()).as(outcome.toString()).isTrue();
        var full = SecurityContextHolder.createEmptyContext();
        full.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(outcome.value(), null,
                outcome.value().getAuthorities()));
        SecurityContextHolder.setContext(full);
    }

    private final java.util.Map<Long, String> secrets = new java.util.HashMap<>();

    @Test
    void a_reset_gives_a_one_time_code_that_only_lets_the_person_set_a_new_password() {
        AkapenUser resident = newAccount(Role.RESIDENT);
        AkapenUser ward = (AkapenUser) signIn(users, "ward1");
        int wardNoticesBefore = notices.myUnreadCount();

        ResetCode reset = administration.resetSignIn(resident.id());

        assertThat(notices.myUnreadCount()).as("the ward is notified").isEqualTo(wardNoticesBefore + 1);
        assertThat(signInAccounts.sessionValid(resident.id(), resident.sessionEpoch())).as("sessions end").isFalse();
        assertThatThrownBy(() -> logIn(resident.getUsername(), PASSWORD)).as("the old password")
                .isInstanceOf(BadCredentialsException.class);
        Authentication halfway = logIn(resident.getUsername(), reset.code());
        assertThat(halfway.getPrincipal()).as("the code signs in halfway only").isInstanceOf(MfaPending.class);
        assertThat(halfway.getAuthorities()).extracting(Object::toString).containsExactly(MfaPending.AUTHORITY);
        SecurityContextHolder.getContext().setAuthentication(halfway);
        assertThat(mfa.resetPending()).isTrue();
        var tooEarly = mfa.beginEnrolment();
        assertThatThrownBy(() -> mfa.confirmEnrolment(tooEarly, MfaPolicies.codeAt(tooEarly.secret(), clock.instant())))
                .as("no authenticator before the new password").isInstanceOf(AccessDeniedException.class);

        assertThatThrownBy(() -> mfa.finishReset("short")).isInstanceOfSatisfying(AccountException.class,
                e -> assertThat(e.messageKeys()).containsExactly("password.too-short"));
        var signedIn = mfa.finishReset("my own new passphrase");

        assertThat(signedIn).as("a resident needs no authenticator here").hasValueSatisfying(
                user -> assertThat(user.id()).isEqualTo(resident.id()));
        assertThatThrownBy(() -> logIn(resident.getUsername(), reset.code())).as("the code is spent")
                .isInstanceOf(BadCredentialsException.class);
        assertThat(logIn(resident.getUsername(), "my own new passphrase").getPrincipal()).isInstanceOf(AkapenUser.class);

        signIn(users, "ward1");
        assertThat(audit.find(new AuditFilter(null, null, ward.id(), AuditAction.ACCOUNT_SIGN_IN_RESET, null, "account",
                Long.toString(resident.id())), 0, 10)).hasSize(1);
        assertThat(audit.find(new AuditFilter(null, null, resident.id(), AuditAction.ACCOUNT_PASSWORD_CHANGED, null,
                "account", Long.toString(resident.id())), 0, 10)).as("the new password, by the person").hasSize(1);
    }

    @Test
    void a_reset_removes_a_lost_authenticator_and_one_whose_role_needs_one_enrols_again() {
        MfaPolicies.require(policy, true);
        AkapenUser handler = newAccount(Role.CONTRACTOR_HANDLER);
        signInWithSecondFactor(handler);
        assertThat(mfa.status().enrolled()).isTrue();
        AkapenUser manager = newAccount(Role.CONTRACTOR_MANAGER);
        signInWithSecondFactor(manager);

        ResetCode reset = administration.resetSignIn(handler.id());

        Authentication halfway = logIn(handler.getUsername(), reset.code());
        SecurityContextHolder.getContext().setAuthentication(halfway);
        assertThat(mfa.status().enrolled()).as("the lost app is gone").isFalse();
        assertThat(mfa.finishReset("the handler's new passphrase")).as("enrol next").isEmpty();
        var enrolment = mfa.beginEnrolment();
        var enrolled = mfa.confirmEnrolment(enrolment, MfaPolicies.codeAt(enrolment.secret(), clock.instant()));
        assertThat(enrolled.value().signInAs()).hasValueSatisfying(user -> {
            assertThat(user.id()).isEqualTo(handler.id());
            assertThat(user.secondFactor()).isTrue();
        });
    }

    @Test
    void an_expired_code_is_refused_as_such_only_to_whoever_types_it() {
        AkapenUser resident = newAccount(Role.RESIDENT);
        signIn(users, "ward1");
        ResetCode reset = administration.resetSignIn(resident.id());
        clock.advance(Duration.ofHours(72));

        assertThatThrownBy(() -> logIn(resident.getUsername(), reset.code()))
                .isInstanceOf(org.springframework.security.authentication.CredentialsExpiredException.class);
        assertThatThrownBy(() -> logIn(resident.getUsername(), "some other guess here"))
                .isInstanceOf(BadCredentialsException.class);
    }
}
