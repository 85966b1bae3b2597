package jp.akapen.account.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import jp.akapen.account.MfaPending;
import jp.akapen.account.Role;
import jp.akapen.account.SignInAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** The per-request check that ends a session of a disabled or reset account on any instance (issue 24). */
class SessionCheckFilterTest {

    final SignInAccounts accounts = mock(SignInAccounts.class);
    final SessionCheckFilter filter = new SessionCheckFilter(accounts);

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    MockHttpSession requestAs(Object principal) throws Exception {
        var session = new MockHttpSession();
        var request = new MockHttpServletRequest("GET", "/notices");
        request.setSession(session);
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken(principal, null, "ROLE_X"));
        filter.doFilter(request, new MockHttpServletResponse(), new MockFilterChain());
        return session;
    }

    @Test
    void a_session_of_an_account_disabled_or_reset_since_it_signed_in_ends_and_the_request_goes_on_signed_out()
            throws Exception {
        when(accounts.sessionValid(5, 0)).thenReturn(false);

        var session = requestAs(new MfaPending(5, "handler9", Role.CONTRACTOR_HANDLER, false, 0));

        assertThat(session.isInvalid()).isTrue();
        assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();
    }

    @Test
    void a_session_whose_account_is_unchanged_goes_on() throws Exception {
        when(accounts.sessionValid(5, 3)).thenReturn(true);

        var session = requestAs(new MfaPending(5, "handler9", Role.CONTRACTOR_HANDLER, false, 3));

        assertThat(session.isInvalid()).isFalse();
        assertThat(SecurityContextHolder.getContext().getAuthentication()).isNotNull();
    }
}
