package jp.akapen.edition.progress;

/** Where an article stands on the way from its first draft to the delivered magazine (W5). */
public enum Stage {
    /** No manuscript or no version of it yet. */
    NOT_STARTED,
    /** The resident submitted a draft; the contractor's next round has not opened. */
    DRAFT_SUBMITTED,
    /** A round is open: the contractor is correcting. */
    IN_CORRECTION,
    /** A round was returned: the resident is deciding on its changes or revising. */
    WITH_RESIDENT,
    /** 校了: the text is final, design has not begun. */
    FINAL,
    /** Design, proofs and printing (デザイン・校正・印刷). */
    IN_LAYOUT,
    /** The edition was delivered (納品). */
    DELIVERED
}
