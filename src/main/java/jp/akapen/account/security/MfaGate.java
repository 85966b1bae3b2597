package jp.akapen.account.security;

import jp.akapen.account.AkapenUser;
import jp.akapen.account.mfa.MfaService;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.Authentication;

/**
 * After the password: someone who must use a second factor gets a session that is only halfway
 * signed in ({@link MfaPendingAuthentication}); everyone else is signed in as before.
 */
class MfaGate implements AuthenticationProvider {

    private final AuthenticationProvider passwordStep;
    private final MfaService mfa;

    MfaGate(AuthenticationProvider passwordStep, MfaService mfa) {
        this.passwordStep = passwordStep;
        this.mfa = mfa;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        Authentication result = passwordStep.authenticate(attempt);
        if (result != null && result.getPrincipal() instanceof AkapenUser user) {
            var pending = mfa.pendingFor(user);
            if (pending.isPresent()) {
                return new MfaPendingAuthentication(pending.get(), result.getDetails());
            }
        }
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return passwordStep.supports(authentication);
    }
}
