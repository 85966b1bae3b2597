package jp.akapen.manuscript;

/**
 * What the signed-in person may do now with a manuscript or one of its rounds; the services hand
 * these to the views and refuse the same actions when they are not in the set.
 */
public enum ManuscriptAction {
    /** The resident saves a new draft (also while a round is open: the round moves onto it). */
    WRITE_DRAFT,
    /** The resident declares the latest version final without another round (校了). */
    MARK_FINAL,
    /** The contractor opens the next round on the latest version. */
    OPEN_ROUND,
    /** The contractor corrects the open round. */
    CORRECT,
    /** The resident reviews the returned round. */
    REVIEW
}
