package jp.akapen.proofreading;

import java.util.Optional;

/**
 * Which edition an article belongs to, for the edition's allowed words. The edition area answers; proofreading
 * itself knows nothing of editions.
 */
public interface ArticleEditions {

    Optional<Long> editionOf(long articleId);
}
