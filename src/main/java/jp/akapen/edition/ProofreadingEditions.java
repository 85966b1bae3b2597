package jp.akapen.edition;

import java.util.Optional;
import jp.akapen.proofreading.ArticleEditions;
import org.springframework.stereotype.Component;

/** Tells the proofreading check which edition's allowed words apply to an article's manuscript (issue 16). */
@Component
class ProofreadingEditions implements ArticleEditions {

    private final EditionRepository repository;

    ProofreadingEditions(EditionRepository repository) {
        this.repository = repository;
    }

    @Override
    public Optional<Long> editionOf(long articleId) {
        return repository.editionOfArticle(articleId);
    }
}
