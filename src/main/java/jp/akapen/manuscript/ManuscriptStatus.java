package jp.akapen.manuscript;

/** Where a manuscript stands; the dashboard derives an article's stage from it. */
public enum ManuscriptStatus {
    /** The resident may save drafts; the contractor may open the next round. */
    DRAFTING,
    /** A round is open: the contractor is correcting. */
    IN_CORRECTION,
    /** A round was returned: the resident is deciding on its changes. */
    IN_REVIEW,
    /** 校了: the text is final. */
    FINAL
}
