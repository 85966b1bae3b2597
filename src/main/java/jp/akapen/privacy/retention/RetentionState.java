package jp.akapen.privacy.retention;

import java.util.Locale;

/** Where a cohort's retention period stands, as people read it. */
public enum RetentionState {
    /** Neither the last edition delivered nor the term ended yet. */
    NOT_STARTED,
    RUNNING,
    /** Running to a later date the ward set (D3). */
    EXTENDED,
    /** Stopped by the ward, no date (D3). */
    HELD,
    /** The due date has come: the handling manager confirms the erasure (or refuses, saying why). */
    AWAITING_MANAGER,
    /** The manager confirmed: ward staff approve (or refuse, saying why). */
    AWAITING_WARD,
    /** Erasure approved; the erasure itself is another area's work. */
    APPROVED;

    public String labelKey() {
        return "retention.state." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Whether the clock counts down towards the due date. */
    public boolean counting() {
        return this == RUNNING || this == EXTENDED;
    }
}
