package jp.akapen.manuscript;

import java.util.Collection;
import java.util.List;
import jp.akapen.shared.PortalUser;
import jp.akapen.shared.Roles;
import jp.akapen.shared.SignedIn;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The manuscript area's public answers for the progress dashboard: state and round timestamps per
 * article, in bulk. Texts and names are not part of it.
 */
@Service
@Transactional(readOnly = true)
public class ManuscriptFacts {

    private final ManuscriptFactsRepository repository;

    ManuscriptFacts(ManuscriptFactsRepository repository) {
        this.repository = repository;
    }

    @Secured({Roles.Authorities.RESIDENT, Roles.Authorities.CONTRACTOR_MANAGER, Roles.Authorities.CONTRACTOR_HANDLER,
            Roles.Authorities.CONTRACTOR_STAFF, Roles.Authorities.WARD_STAFF})
    public List<ArticleManuscript> forArticles(Collection<Long> articleIds) {
        if (articleIds.isEmpty()) {
            return List.of();
        }
        PortalUser user = SignedIn.require();
        var facts = repository.forArticles(articleIds);
        return Roles.RESIDENT.equals(user.role())
                ? facts.stream().filter(f -> f.residentId() == user.id()).toList() : facts;
    }

    @Secured({Roles.Authorities.CONTRACTOR_MANAGER, Roles.Authorities.WARD_STAFF})
    public List<RoundTiming> finishedRounds(Collection<Long> articleIds) {
        return articleIds.isEmpty() ? List.of() : repository.finishedRounds(articleIds);
    }

    @Secured({Roles.Authorities.CONTRACTOR_MANAGER, Roles.Authorities.WARD_STAFF})
    public List<RoundTiming> finishedRoundsOfEveryArticle() {
        return repository.finishedRoundsOfEveryArticle();
    }
}
