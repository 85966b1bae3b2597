package jp.akapen.account;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpSessionBindingEvent;
import jakarta.servlet.http.HttpSessionEvent;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextImpl;

/** The session bookkeeping that lets ending a designation end its holder's sessions (seed P2). */
class ActiveSessionsTest {

    static final Instant T0 = Instant.parse("2026-11-20T03:00:00Z");

    MutableClock clock = new MutableClock();
    ActiveSessions sessions = new ActiveSessions(clock);

    static final class MutableClock extends Clock {
        Instant now = T0;

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    static AkapenUser user(long id, Role role) {
        return new AkapenUser(new Account(id, "u" + id, "User " + id, role, true, T0, null), "{noop}x");
    }

    MockHttpSession signIn(AkapenUser user) {
        var session = new MockHttpSession();
        var context = new SecurityContextImpl(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        session.setAttribute(ActiveSessions.SECURITY_CONTEXT, context);
        sessions.attributeAdded(new HttpSessionBindingEvent(session, ActiveSessions.SECURITY_CONTEXT, context));
        return session;
    }

    @Test
    void every_session_of_the_person_is_invalidated_and_nobody_elses() {
        var handlerAtWork = signIn(user(11, Role.CONTRACTOR_HANDLER));
        var handlerAtHome = signIn(user(11, Role.CONTRACTOR_HANDLER));
        var colleague = signIn(user(12, Role.CONTRACTOR_HANDLER));

        assertThat(sessions.endSessionsOf(11)).isEqualTo(2);

        assertThat(handlerAtWork.isInvalid()).isTrue();
        assertThat(handlerAtHome.isInvalid()).isTrue();
        assertThat(colleague.isInvalid()).isFalse();
        assertThat(sessions.countOf(11)).isZero();
        assertThat(sessions.countOf(12)).isOne();
    }

    @Test
    void only_sessions_signed_in_before_the_cut_off_end_when_one_is_given() {
        var before = signIn(user(21, Role.CONTRACTOR_HANDLER));
        clock.now = T0.plus(Duration.ofMinutes(5));
        var after = signIn(user(21, Role.CONTRACTOR_HANDLER));

        assertThat(sessions.endSessionsOf(21, T0.plus(Duration.ofMinutes(1)))).isOne();

        assertThat(before.isInvalid()).isTrue();
        assertThat(after.isInvalid()).isFalse();
    }

    @Test
    void a_session_that_logged_out_or_timed_out_is_forgotten() {
        var loggedOut = signIn(user(31, Role.WARD_STAFF));
        sessions.attributeRemoved(new HttpSessionBindingEvent(loggedOut, ActiveSessions.SECURITY_CONTEXT));
        var timedOut = signIn(user(31, Role.WARD_STAFF));
        sessions.sessionDestroyed(new HttpSessionEvent(timedOut));

        assertThat(sessions.countOf(31)).isZero();
        assertThat(sessions.endSessionsOf(31)).isZero();
    }

    @Test
    void a_session_already_invalidated_elsewhere_is_skipped_without_error() {
        var session = signIn(user(41, Role.CONTRACTOR_HANDLER));
        session.invalidate();
        assertThat(sessions.endSessionsOf(41)).isZero();
    }

    @Test
    void a_session_whose_user_changes_counts_for_the_new_user_only() {
        var session = signIn(user(51, Role.CONTRACTOR_HANDLER));
        var other = user(52, Role.CONTRACTOR_MANAGER);
        var context = new SecurityContextImpl(
                UsernamePasswordAuthenticationToken.authenticated(other, null, other.getAuthorities()));
        session.setAttribute(ActiveSessions.SECURITY_CONTEXT, context);
        sessions.attributeReplaced(new HttpSessionBindingEvent(session, ActiveSessions.SECURITY_CONTEXT, context));

        assertThat(sessions.countOf(51)).isZero();
        assertThat(sessions.countOf(52)).isOne();
    }
}
