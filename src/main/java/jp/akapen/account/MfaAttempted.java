package jp.akapen.account;

/**
 * A second-factor step (seed P3, ASVS L2): a one-time or recovery code entered at login, or an
 * enrolment confirmed. Published for the audit log; holds no code.
 *
 * @param kind      what was attempted
 * @param succeeded whether the code was right
 */
public record MfaAttempted(long accountId, String role, Kind kind, boolean succeeded) {

    public enum Kind {
        ENROLMENT,
        ONE_TIME_CODE,
        RECOVERY_CODE
    }
}
