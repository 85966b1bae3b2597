package jp.akapen.manuscript;

public enum RoundStatus {
    /** The contractor is correcting. */
    OPEN,
    /** Returned to the resident, who decides on each change. */
    RETURNED,
    /** The resident finished the review; the result is the next version. */
    REVIEWED
}
