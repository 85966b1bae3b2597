package jp.akapen.privacy.takeout;

import java.util.Locale;

/** Where a take-out stands: asked, decided by the ward, exported once, and closed by a report of return or destruction. */
public enum TakeOutState {
    REQUESTED,
    APPROVED,
    REFUSED,
    EXPORTED,
    RETURNED,
    DESTROYED;

    public String labelKey() {
        return "takeout.state." + name().toLowerCase(Locale.ROOT);
    }

    /** Data is out of the portal and has not been reported back. */
    public boolean isOut() {
        return this == EXPORTED;
    }
}
