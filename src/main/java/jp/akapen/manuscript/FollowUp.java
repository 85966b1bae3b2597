package jp.akapen.manuscript;

/** What the resident wants after finishing a review. */
public enum FollowUp {
    /** Keep working on the text; the contractor may open another round later. */
    NONE,
    /** Ask the contractor for another round. */
    ANOTHER_ROUND,
    /** 校了: the result is final. */
    FINAL
}
