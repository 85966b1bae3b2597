package jp.akapen.manuscript;

import java.time.Instant;

/**
 * A manuscript as lists show it. The resident appears by pen name only.
 *
 * @param latestVersion number of the newest version, 0 before the first draft
 * @param currentRound number of the newest round, 0 before the first
 */
public record Manuscript(long id, Long articleId, String title, long residentId, String penName,
        ManuscriptStatus status, boolean anotherRoundRequested, int latestVersion, int currentRound,
        Instant updatedAt) {
}
