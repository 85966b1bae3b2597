package jp.akapen.privacy.oversight.incident;

import java.util.Locale;

/** Where an incident stands, worked out from its steps: which report the ward waits for, or closed. */
public enum IncidentState {
    AWAITING_PRELIMINARY, AWAITING_FINAL, FINAL_REPORTED, CLOSED;

    public String labelKey() {
        return "incident.state." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
