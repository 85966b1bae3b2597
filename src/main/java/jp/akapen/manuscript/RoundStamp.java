package jp.akapen.manuscript;

/**
 * What tells whether a round changed since a page showed it, without its texts and changes: its status and the lock
 * version every save moves on (issue 23). Pages open on a round compare it at each event about their manuscript.
 */
public record RoundStamp(RoundStatus status, int lockVersion) {

    public static RoundStamp of(Round round) {
        return new RoundStamp(round.status(), round.lockVersion());
    }
}
