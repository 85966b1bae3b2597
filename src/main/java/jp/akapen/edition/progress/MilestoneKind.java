package jp.akapen.edition.progress;

/** The dates of an edition's schedule (W5), in this order along an edition. */
public enum MilestoneKind {
    DRAFT_DUE,
    FIRST_CORRECTION_DUE,
    FINAL_TEXT_DUE,
    DESIGN_PROOF,
    PRINT,
    DELIVERY
}
