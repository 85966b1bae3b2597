package jp.akapen.mail;

/** A message's way out (issue 12 item 6). DRAFT and AWAITING_APPROVAL are for composed mails (four eyes, next). */
public enum OutboxState {
    DRAFT,
    AWAITING_APPROVAL,
    APPROVED,
    SENDING,
    SENT,
    FAILED
}
