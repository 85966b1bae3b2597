package jp.akapen.manuscript;

/**
 * What tells whether a round page's content changed since it was shown, without the round's texts and changes: the
 * manuscript's status and newest version, the round's status and the lock version every save moves on (issue 23).
 * Pages open on a round compare it at each event about their manuscript, which come often (issue 17).
 */
public record RoundStamp(ManuscriptStatus manuscriptStatus, int latestVersion, RoundStatus status, int lockVersion) {

    public static RoundStamp of(Manuscript manuscript, Round round) {
        return new RoundStamp(manuscript.status(), manuscript.latestVersion(), round.status(), round.lockVersion());
    }
}
