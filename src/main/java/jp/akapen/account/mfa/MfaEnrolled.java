package jp.akapen.account.mfa;

import java.util.List;
import java.util.Optional;
import jp.akapen.account.AkapenUser;

/**
 * A confirmed enrolment: the recovery codes, shown this once, and for someone halfway through
 * signing in, the user to sign in as (the confirmed code was their second factor).
 */
public record MfaEnrolled(List<String> recoveryCodes, Optional<AkapenUser> signInAs) {

    @Override
    public String toString() {
        return "MfaEnrolled[" + recoveryCodes.size() + " codes]";
    }
}
