package jp.akapen.manuscript;

public enum VersionOrigin {
    /** Written or pasted in the browser. */
    DRAFT,
    /** From an uploaded file. */
    UPLOAD,
    /** Base of a round plus the changes the resident accepted. */
    REVIEW
}
