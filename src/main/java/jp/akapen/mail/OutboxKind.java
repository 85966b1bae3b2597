package jp.akapen.mail;

/** NOTICE: a portal notice's mail (template approved by the ward once); COMPOSED: a person's mail, four eyes. */
public enum OutboxKind {
    NOTICE,
    COMPOSED
}
