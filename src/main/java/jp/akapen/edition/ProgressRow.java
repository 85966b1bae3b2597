package jp.akapen.edition;

import java.time.Instant;
import jp.akapen.edition.progress.StageView;

/**
 * One article on the dashboard. Overdue is computed from today, never stored.
 *
 * @param manuscriptId null until the article's manuscript exists
 */
public record ProgressRow(Article article, Edition edition, StageView stage, long daysInStage, boolean overdue,
        Instant lastActivity, Long manuscriptId) {
}
