package jp.akapen.lecture;

/** A resident's answer to an invitation: 出席 / 欠席 / 未定. */
public enum Rsvp {
    ATTEND,
    DECLINE,
    UNDECIDED
}
