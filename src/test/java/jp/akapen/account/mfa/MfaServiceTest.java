package jp.akapen.account.mfa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import jp.akapen.AkapenSpringTest;
import jp.akapen.TestSupport;
import jp.akapen.account.AccountService;
import jp.akapen.account.AkapenUser;
import jp.akapen.account.MfaAttempted;
import jp.akapen.account.MfaPending;
import jp.akapen.account.NewAccount;
import jp.akapen.account.Role;
import jp.akapen.shared.SignedIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Enrolling a second factor and signing in with it (seed P3, ASVS L2 V2.7/V2.8). */
@AkapenSpringTest
@RecordApplicationEvents
class MfaServiceTest {

    @Autowired
    MfaService mfa;

    @Autowired
    MfaPolicy policy;

    @Autowired
    AccountService accounts;

    @Autowired
    UserDetailsService users;

    @Autowired
    Clock clock;

    @Autowired
    ApplicationEvents events;

    final Totp totp = new Totp();

    @AfterEach
    void restorePolicy() {
        policy.reset();
    }

    /** A fresh contractor handler of this test's own, so that demo users stay without a second factor. */
    AkapenUser newHandler() {
        String name = "mfa" + UUID.randomUUID().toString().substring(0, 8);
        accounts.bootstrap(new NewAccount(name, "二段階 テスト", Role.CONTRACTOR_HANDLER, "unused demo-like passphrase"), true);
        return (AkapenUser) users.loadUserByUsername(name);
    }

    String codeNow(MfaEnrolment enrolment) {
        return totp.codeAt(Base32.decode(enrolment.secret()), clock.instant());
    }

    String codeNextStep(MfaEnrolment enrolment) {
        return totp.codeAt(Base32.decode(enrolment.secret()), clock.instant().plus(Totp.STEP));
    }

    /** Signs the user in, enrols them, and returns the enrolment (secret) and the recovery codes. */
    record Enrolled(MfaEnrolment enrolment, java.util.List<String> recoveryCodes) {
    }

    Enrolled enrol(AkapenUser user) {
        TestSupport.signIn(users, user.getUsername());
        var enrolment = mfa.beginEnrolment();
        var outcome = mfa.confirmEnrolment(enrolment, codeNow(enrolment));
        assertThat(outcome.accepted()).isTrue();
        TestSupport.signOut();
        return new Enrolled(enrolment, outcome.value().recoveryCodes());
    }

    static void halfwayAs(MfaPending pending) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new TestingAuthenticationToken(pending, null, MfaPending.AUTHORITY));
        SecurityContextHolder.setContext(context);
    }

    @Test
    void a_user_enrols_with_a_code_from_the_app_and_receives_ten_recovery_codes_once() {
        var user = newHandler();
        TestSupport.signIn(users, user.getUsername());
        assertThat(mfa.status().enrolled()).isFalse();

        var enrolment = mfa.beginEnrolment();
        assertThat(enrolment.otpauthUri()).startsWith("otpauth://totp/Akapen%3A" + user.getUsername() + "?secret=");
        var outcome = mfa.confirmEnrolment(enrolment, codeNow(enrolment));

        assertThat(outcome.accepted()).isTrue();
        assertThat(outcome.value().recoveryCodes()).hasSize(10);
        assertThat(outcome.value().signInAs()).as("already signed in").isEmpty();
        var status = mfa.status();
        assertThat(status.enrolled()).isTrue();
        assertThat(status.recoveryCodesLeft()).isEqualTo(10);
        assertThat(events.stream(MfaAttempted.class))
                .containsExactly(new MfaAttempted(user.id(), "CONTRACTOR_HANDLER", MfaAttempted.Kind.ENROLMENT, true));
    }

    @Test
    void a_wrong_code_at_enrolment_stores_nothing_and_says_so() {
        var user = newHandler();
        TestSupport.signIn(users, user.getUsername());
        var enrolment = mfa.beginEnrolment();
        String wrong = codeNow(enrolment).equals("000000") ? "111111" : "000000";

        var outcome = mfa.confirmEnrolment(enrolment, wrong);

        assertThat(outcome.problemKey()).isEqualTo("mfa.code.wrong");
        assertThat(mfa.status().enrolled()).isFalse();
        assertThat(mfa.confirmEnrolment(enrolment, "12345").problemKey()).isEqualTo("mfa.code.malformed");
        assertThat(events.stream(MfaAttempted.class)).extracting(MfaAttempted::succeeded).containsExactly(false);
    }

    @Test
    void the_password_alone_signs_in_only_those_who_neither_enrolled_nor_must() {
        var user = newHandler();
        assertThat(mfa.pendingFor(user)).as("demo mode, not enrolled").isEmpty();

        policy.require(true);
        assertThat(mfa.pendingFor(user)).as("required for handlers").hasValueSatisfying(p -> assertThat(p.enrolled()).isFalse());
        assertThat(mfa.pendingFor((AkapenUser) users.loadUserByUsername("resident1"))).as("not for residents").isEmpty();

        policy.reset();
        enrol(user);
        assertThat(mfa.pendingFor(user)).as("enrolled, whatever the policy").hasValueSatisfying(p -> assertThat(p.enrolled()).isTrue());
    }

    @Test
    void halfway_through_signing_in_a_person_is_nobody_to_the_services() {
        var user = newHandler();
        halfwayAs(new MfaPending(user.id(), user.getUsername(), Role.CONTRACTOR_HANDLER, false));

        assertThat(SignedIn.user()).isEmpty();
        assertThatThrownBy(() -> mfa.renewRecoveryCodes("123456")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accounts.creatableRoles()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_right_code_completes_the_sign_in_and_the_same_code_never_works_twice() {
        var user = newHandler();
        var enrolled = enrol(user);
        halfwayAs(mfa.pendingFor(user).orElseThrow());

        String code = codeNextStep(enrolled.enrolment());
        var first = mfa.completeSignIn(code);
        var replay = mfa.completeSignIn(code);

        assertThat(first.accepted()).isTrue();
        assertThat(first.value().getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .containsExactly("ROLE_CONTRACTOR_HANDLER");
        assertThat(first.value().getPassword()).as("no password hash travels on").isNull();
        assertThat(replay.problemKey()).isEqualTo("mfa.code.used");
        assertThat(events.stream(MfaAttempted.class)).filteredOn(e -> e.kind() == MfaAttempted.Kind.ONE_TIME_CODE)
                .extracting(MfaAttempted::succeeded).containsExactly(true, false);
    }

    @Test
    void a_pending_person_who_enrolled_cannot_enrol_again_with_the_password_alone() {
        var user = newHandler();
        enrol(user);
        halfwayAs(mfa.pendingFor(user).orElseThrow());

        assertThatThrownBy(() -> mfa.beginEnrolment()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void someone_who_must_enrol_while_signing_in_is_signed_in_by_the_confirmed_code() {
        var user = newHandler();
        policy.require(true);
        halfwayAs(mfa.pendingFor(user).orElseThrow());

        var enrolment = mfa.beginEnrolment();
        var outcome = mfa.confirmEnrolment(enrolment, codeNow(enrolment));

        assertThat(outcome.value().signInAs()).hasValueSatisfying(u -> assertThat(u.id()).isEqualTo(user.id()));
        assertThat(outcome.value().recoveryCodes()).hasSize(10);
    }

    @Test
    void each_recovery_code_works_once() {
        var user = newHandler();
        var enrolled = enrol(user);
        halfwayAs(mfa.pendingFor(user).orElseThrow());
        String recovery = enrolled.recoveryCodes().get(3).toUpperCase();

        assertThat(mfa.completeSignIn(recovery).accepted()).isTrue();
        assertThat(mfa.completeSignIn(recovery).problemKey()).isEqualTo("mfa.recovery.wrong");
        TestSupport.signIn(users, user.getUsername());
        assertThat(mfa.status().recoveryCodesLeft()).isEqualTo(9);
        assertThat(events.stream(MfaAttempted.class)).filteredOn(e -> e.kind() == MfaAttempted.Kind.RECOVERY_CODE)
                .extracting(MfaAttempted::succeeded).containsExactly(true, false);
    }

    @Test
    void after_five_wrong_codes_even_the_right_one_waits() {
        var user = newHandler();
        var enrolled = enrol(user);
        halfwayAs(mfa.pendingFor(user).orElseThrow());
        String right = codeNextStep(enrolled.enrolment());
        String wrong = right.equals("000000") ? "111111" : "000000";

        for (int attempt = 1; attempt <= 4; attempt++) {
            assertThat(mfa.completeSignIn(wrong).problemKey()).as("attempt %d", attempt).isEqualTo("mfa.code.wrong");
        }
        var fifth = mfa.completeSignIn(wrong);
        var rightButPaused = mfa.completeSignIn(right);

        assertThat(fifth.problemKey()).isEqualTo("mfa.code.throttled");
        assertThat(fifth.retryAt()).isAfter(Instant.now());
        assertThat(rightButPaused.problemKey()).isEqualTo("mfa.code.throttled");
        assertThat(events.stream(MfaAttempted.class)).filteredOn(e -> e.kind() == MfaAttempted.Kind.ONE_TIME_CODE)
                .hasSize(6).noneMatch(MfaAttempted::succeeded);
    }

    @Test
    void renewing_recovery_codes_asks_for_a_code_and_voids_the_old_ones() {
        var user = newHandler();
        var enrolled = enrol(user);
        TestSupport.signIn(users, user.getUsername());

        assertThat(mfa.renewRecoveryCodes("000000").accepted()).isFalse();
        var renewed = mfa.renewRecoveryCodes(codeNextStep(enrolled.enrolment()));

        assertThat(renewed.value()).hasSize(10).doesNotContainAnyElementsOf(enrolled.recoveryCodes());
        halfwayAs(mfa.pendingFor(user).orElseThrow());
        assertThat(mfa.completeSignIn(enrolled.recoveryCodes().getFirst()).problemKey()).isEqualTo("mfa.recovery.wrong");
    }

    // seed P3, ASVS L2 V2.7/V2.8: a stolen session must not replace the second factor for good
    @Test
    void a_signed_in_user_replaces_their_authenticator_only_with_a_current_code_or_a_recovery_code() {
        var user = newHandler();
        var old = enrol(user);
        TestSupport.signIn(users, user.getUsername());
        var replacement = mfa.beginEnrolment();
        String wrongCurrent = codeNextStep(old.enrolment()).equals("000000") ? "111111" : "000000";

        var withoutProof = mfa.confirmEnrolment(replacement, codeNow(replacement));
        var withWrongProof = mfa.confirmEnrolment(replacement, codeNow(replacement), wrongCurrent);

        assertThat(withoutProof.problemKey()).isEqualTo("mfa.enrol.current.wrong");
        assertThat(withWrongProof.problemKey()).isEqualTo("mfa.enrol.current.wrong");
        assertThat(mfa.status().recoveryCodesLeft()).as("old recovery codes kept").isEqualTo(10);
        var withRecoveryCode = mfa.confirmEnrolment(replacement, codeNow(replacement), old.recoveryCodes().get(2));
        assertThat(withRecoveryCode.accepted()).isTrue();
        assertThat(events.stream(MfaAttempted.class)).filteredOn(e -> e.kind() == MfaAttempted.Kind.ONE_TIME_CODE)
                .extracting(MfaAttempted::succeeded).containsExactly(false);
        halfwayAs(mfa.pendingFor(user).orElseThrow());
        assertThat(mfa.completeSignIn(codeNextStep(old.enrolment())).problemKey()).as("the old app is replaced")
                .isEqualTo("mfa.code.wrong");
    }

    // seed P3, ASVS L2 2.2.1: guesses of the current code at re-enrolment share the sign-in's pause
    @Test
    void wrong_current_codes_at_re_enrolment_count_towards_the_same_pause_as_at_sign_in() {
        var user = newHandler();
        var old = enrol(user);
        TestSupport.signIn(users, user.getUsername());
        var replacement = mfa.beginEnrolment();
        String right = codeNextStep(old.enrolment());
        String wrong = right.equals("000000") ? "111111" : "000000";

        for (int attempt = 1; attempt <= 4; attempt++) {
            assertThat(mfa.confirmEnrolment(replacement, codeNow(replacement), wrong).problemKey()).as("attempt %d", attempt)
                    .isEqualTo("mfa.enrol.current.wrong");
        }
        var fifth = mfa.confirmEnrolment(replacement, codeNow(replacement), wrong);

        assertThat(fifth.problemKey()).isEqualTo("mfa.code.throttled");
        halfwayAs(mfa.pendingFor(user).orElseThrow());
        assertThat(mfa.completeSignIn(right).problemKey()).isEqualTo("mfa.code.throttled");
    }

    // seed P3, ASVS L2 2.2.1: the pause is checked and the attempt counted under one row lock
    @Test
    void parallel_wrong_codes_from_many_halfway_sessions_are_counted_one_at_a_time_so_only_four_are_checked_before_the_pause()
            throws Exception {
        var user = newHandler();
        var enrolled = enrol(user);
        var pending = mfa.pendingFor(user).orElseThrow();
        String right = codeNextStep(enrolled.enrolment());
        String wrong = right.equals("000000") ? "111111" : "000000";
        int sessions = 10; // as many as the connection pool holds: the step must not need two connections each
        var start = new CountDownLatch(1);
        List<String> problems = new ArrayList<>();

        try (var pool = Executors.newFixedThreadPool(sessions)) {
            List<Future<MfaOutcome<AkapenUser>>> outcomes = new ArrayList<>();
            for (int session = 0; session < sessions; session++) {
                outcomes.add(pool.submit(() -> {
                    halfwayAs(pending);
                    try {
                        start.await();
                        return mfa.completeSignIn(wrong);
                    } finally {
                        SecurityContextHolder.clearContext();
                    }
                }));
            }
            start.countDown();
            for (var outcome : outcomes) {
                problems.add(outcome.get(2, TimeUnit.MINUTES).problemKey());
            }
        }

        assertThat(problems).filteredOn("mfa.code.wrong"::equals).as("checked before the pause").hasSize(4);
        assertThat(problems).filteredOn("mfa.code.throttled"::equals).hasSize(6);
    }
}
