package jp.akapen.edition;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.akapen.manuscript.ArticleCorrespondence;
import jp.akapen.manuscript.ManuscriptLinks;
import jp.akapen.shared.correspondence.CorrespondenceThreads;
import jp.akapen.shared.correspondence.ThreadActivity;
import jp.akapen.shared.correspondence.ThreadEntry;
import jp.akapen.shared.correspondence.ThreadInfo;
import jp.akapen.shared.correspondence.ThreadKey;
import org.springframework.stereotype.Component;

/**
 * Articles as correspondence threads (E2): title, edition and the residents' pen names from this area; the
 * correction exchanges from the manuscript area's {@link ArticleCorrespondence}, which checks the ward's role.
 */
@Component
class ArticleThreads implements CorrespondenceThreads {

    private final EditionService editions;
    private final ArticleCorrespondence corrections;

    ArticleThreads(EditionService editions, ArticleCorrespondence corrections) {
        this.editions = editions;
        this.corrections = corrections;
    }

    @Override
    public String kind() {
        return ThreadKey.ARTICLE;
    }

    @Override
    public List<ThreadInfo> threads() {
        var threads = new ArrayList<ThreadInfo>();
        for (Edition edition : editions.editions()) {
            for (Article article : editions.articlesOf(edition.id())) {
                threads.add(new ThreadInfo(ThreadKey.article(article.id()), article.title(), edition.title(),
                        article.penNames(), ManuscriptLinks.LIST));
            }
        }
        return threads;
    }

    @Override
    public Optional<Long> threadOfLink(String link) {
        return corrections.articleOfLink(link);
    }

    @Override
    public List<ThreadEntry> entries(long id) {
        return corrections.ofArticle(id);
    }

    @Override
    public Map<Long, ThreadActivity> activity() {
        return corrections.activity();
    }
}
