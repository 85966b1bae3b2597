package jp.akapen.privacy.vault;

/**
 * What a data key protects: one cohort's residents, one person not yet in any cohort, one file in the portal
 * (issue 12 item 5), so that each can be erased by destroying its key, or (one key, scope id 0) every account's TOTP
 * secret.
 */
enum KeyScope {
    COHORT,
    PERSON,
    MFA,
    FILE;

    /** The id bound into the wrapped key's tag, e.g. {@code cohort:12}, so a wrapped key copied to another row fails. */
    String keyId(long scopeId) {
        return name().toLowerCase(java.util.Locale.ROOT) + ":" + scopeId;
    }
}
