package jp.akapen.manuscript;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What the progress dashboard needs to know about the manuscript of one article, read in one
 * query for many articles.
 *
 * @param versions how many versions exist (0: nothing submitted yet)
 * @param roundNumber the newest round's number, 0 before the first
 * @param roundStatus the newest round's status, null before the first
 * @param roundDue the newest round's due date, null before the first
 * @param statusSince when the manuscript entered its present state (last draft, round opened,
 *     returned, reviewed, another round asked, final)
 * @param lastActivity the newest event of any kind
 */
public record ArticleManuscript(long articleId, long manuscriptId, long residentId, ManuscriptStatus status,
        boolean anotherRoundRequested, int versions, int roundNumber, RoundStatus roundStatus, LocalDate roundDue,
        Instant statusSince, Instant lastActivity) {
}
