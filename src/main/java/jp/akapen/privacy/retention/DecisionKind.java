package jp.akapen.privacy.retention;

import java.util.Locale;

/** One step in a period's history, as the retention page lists it (D3). Stored by name. */
public enum DecisionKind {
    STARTED,
    EXTENDED,
    HELD,
    RELEASED,
    CONFIRMED,
    MANAGER_REFUSED,
    WARD_REFUSED,
    APPROVED,
    APPROVED_AFTER_GRACE;

    public String labelKey() {
        return "retention.decision." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
