package jp.akapen.account;

import java.time.Instant;

/**
 * An account as other areas and views see it; residents' display names are pen names (筆名). {@code email} is the
 * work address of contractor and ward staff (null when none is set); residents never have one here, since their
 * addresses are personal data and live in the privacy vault (seed P1).
 */
public record Account(long id, String username, String displayName, Role role, boolean enabled, Instant createdAt,
        String email) {
}
