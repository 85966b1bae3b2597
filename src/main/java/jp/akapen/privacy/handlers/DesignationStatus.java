package jp.akapen.privacy.handlers;

/** Where a designation stands today; only an {@link #ACTIVE} one lets its holder open personal data. */
public enum DesignationStatus {
    UPCOMING,
    ACTIVE,
    ENDED;

    /** i18n key of the status as users read it. */
    public String labelKey() {
        return "handlers.status." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
