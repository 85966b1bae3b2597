package jp.akapen.privacy.oversight.inspection;

import java.util.Locale;

/** A finding's corrective action: open, reported done by its owner, closed by the ward. */
public enum FindingState {
    OPEN, DONE, CLOSED;

    public String labelKey() {
        return "oversight.audit.finding.state." + name().toLowerCase(Locale.ROOT);
    }
}
