package jp.akapen.privacy.handlers;

/**
 * A designation was ended before its time (seed P2): published inside the ending transaction, so
 * listeners that act on the outside world (ending the person's sessions) can wait for the commit.
 */
public record HandlerDesignationEnded(long designationId, long accountId) {
}
