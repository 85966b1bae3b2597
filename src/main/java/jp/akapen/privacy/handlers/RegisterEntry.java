package jp.akapen.privacy.handlers;

/**
 * A designation as the register shows it: names are display names (staff are never residents, so
 * no pen names are needed and no personal data is involved); {@code role} is one of
 * {@link jp.akapen.shared.Roles}, or null when the account is no longer enabled.
 */
public record RegisterEntry(Designation designation, String personName, String role, String designatedByName,
        String endedByName, DesignationStatus status) {
}
