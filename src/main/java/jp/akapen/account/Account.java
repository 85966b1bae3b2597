package jp.akapen.account;

import java.time.Instant;

/** An account as other areas and views see it; residents' display names are pen names (筆名). */
public record Account(long id, String username, String displayName, Role role, boolean enabled, Instant createdAt) {
}
