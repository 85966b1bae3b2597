package jp.akapen.account.mfa;

/** Lets tests in other packages switch the second-factor requirement; reset it in @AfterEach. */
public final class MfaPolicies {

    private MfaPolicies() {
    }

    public static void require(MfaPolicy policy, boolean required) {
        policy.require(required);
    }

    public static void reset(MfaPolicy policy) {
        policy.reset();
    }

    /** The code the person's app shows at the given time, for a secret as the page shows it. */
    public static String codeAt(String secretAsShown, java.time.Instant at) {
        return new Totp().codeAt(Base32.decode(secretAsShown), at);
    }
}
