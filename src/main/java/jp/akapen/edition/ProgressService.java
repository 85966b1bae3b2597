package jp.akapen.edition;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.akapen.edition.progress.Figures;
import jp.akapen.edition.progress.Stage;
import jp.akapen.edition.progress.StageView;
import jp.akapen.edition.progress.Stages;
import jp.akapen.edition.progress.Turnarounds;
import jp.akapen.manuscript.ArticleManuscript;
import jp.akapen.manuscript.ManuscriptFacts;
import jp.akapen.manuscript.RoundTiming;
import jp.akapen.shared.JapaneseDates;
import jp.akapen.shared.People;
import jp.akapen.shared.PortalUser;
import jp.akapen.shared.Roles;
import jp.akapen.shared.SignedIn;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The progress dashboard (seed W6, W7): each article's stage derived from its manuscript and the
 * edition's schedule, days in stage, next due date and overdue as of today (the clock bean), and
 * correction turnaround per edition and per handler. A few set-based queries per page, never one
 * per article.
 */
@Service
@Transactional(readOnly = true)
public class ProgressService {

    private final EditionRepository repository;
    private final EditionService editions;
    private final ManuscriptFacts facts;
    private final People people;
    private final Clock clock;

    ProgressService(EditionRepository repository, EditionService editions, ManuscriptFacts facts, People people,
            Clock clock) {
        this.repository = repository;
        this.editions = editions;
        this.facts = facts;
        this.people = people;
        this.clock = clock;
    }

    /** Overdue articles first, then by the next due date, undated last. */
    private static final Comparator<ProgressRow> OVERDUE_FIRST = Comparator.comparing(ProgressRow::overdue).reversed()
            .thenComparing(r -> r.stage().nextDue(), Comparator.nullsLast(Comparator.naturalOrder()));

    /** One edition's articles, or every edition's when editionId is null; overdue ones first. */
    @Secured({Roles.Authorities.WARD_STAFF, Roles.Authorities.CONTRACTOR_MANAGER})
    public List<ProgressRow> progress(Long editionId) {
        var rows = editionId == null ? repository.allArticles() : repository.articlesOf(editionId);
        return rows(editions.articles(rows)).stream().sorted(OVERDUE_FIRST).toList();
    }

    /** The signed-in resident's articles, soonest due first. */
    @Secured(Roles.Authorities.RESIDENT)
    public List<ProgressRow> myArticles() {
        PortalUser me = SignedIn.require();
        return rows(editions.articles(repository.articlesOfResident(me.id()))).stream()
                .sorted(Comparator.comparing((ProgressRow r) -> r.stage().nextDue(),
                        Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }

    /**
     * Articles waiting for the signed-in handler: a draft to open a round on, or a round to
     * return; the one waiting longest first.
     */
    @Secured({Roles.Authorities.CONTRACTOR_HANDLER, Roles.Authorities.CONTRACTOR_MANAGER})
    public List<ProgressRow> waitingForMe() {
        PortalUser me = SignedIn.require();
        return rows(editions.articles(repository.articlesOfHandler(me.id()))).stream()
                .filter(r -> r.stage().stage() == Stage.DRAFT_SUBMITTED || r.stage().stage() == Stage.IN_CORRECTION)
                .sorted(Comparator.comparing((ProgressRow r) -> r.stage().since(),
                        Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }

    @Secured({Roles.Authorities.WARD_STAFF, Roles.Authorities.CONTRACTOR_MANAGER})
    public TurnaroundSummary turnaround() {
        List<Edition> all = repository.allEditions();
        Map<Long, Long> editionOf = repository.editionOfEveryArticle();
        List<RoundTiming> rounds = facts.finishedRoundsOfEveryArticle().stream()
                .filter(r -> editionOf.containsKey(r.articleId())).toList();
        Map<Long, Figures> byEdition = Turnarounds.by(rounds, r -> editionOf.get(r.articleId()));
        var perEdition = all.stream()
                .map(e -> new TurnaroundSummary.ForEdition(e, byEdition.getOrDefault(e.id(), Figures.NONE))).toList();
        Map<Long, Figures> byHandler = Turnarounds.by(rounds, RoundTiming::handlerId);
        var names = people.displayNames(byHandler.keySet());
        var perHandler = byHandler.entrySet().stream()
                .map(e -> new TurnaroundSummary.ForHandler(e.getKey(), names.getOrDefault(e.getKey(), "?"), e.getValue()))
                .sorted(Comparator.comparing(TurnaroundSummary.ForHandler::handlerName))
                .toList();
        return new TurnaroundSummary(Turnarounds.of(rounds), perEdition, perHandler);
    }

    /** The finished rounds of one edition, for figures a person can check against the timestamps. */
    @Secured({Roles.Authorities.WARD_STAFF, Roles.Authorities.CONTRACTOR_MANAGER})
    public Figures turnaroundOf(long editionId) {
        var articleIds = repository.articlesOf(editionId).stream().map(EditionRepository.ArticleRow::id).toList();
        return Turnarounds.of(facts.finishedRounds(articleIds));
    }

    private List<ProgressRow> rows(List<Article> articles) {
        if (articles.isEmpty()) {
            return List.of();
        }
        Set<Long> editionIds = new HashSet<>();
        articles.forEach(a -> editionIds.add(a.editionId()));
        Map<Long, Edition> editionById = new HashMap<>();
        repository.editions(editionIds).forEach(e -> editionById.put(e.id(), e));
        Map<Long, ArticleManuscript> manuscriptOf = new HashMap<>();
        facts.forArticles(articles.stream().map(Article::id).toList())
                .forEach(m -> manuscriptOf.putIfAbsent(m.articleId(), m));
        LocalDate today = JapaneseDates.today(clock);
        List<ProgressRow> rows = new ArrayList<>();
        for (Article article : articles) {
            Edition edition = editionById.get(article.editionId());
            ArticleManuscript manuscript = manuscriptOf.get(article.id());
            StageView stage = Stages.of(manuscript, edition.milestones(), edition.confirmedDelivery(), today);
            rows.add(new ProgressRow(article, edition, stage, Stages.daysInStage(stage, today, JapaneseDates.ZONE),
                    Stages.overdue(stage, today), manuscript == null ? null : manuscript.lastActivity(),
                    manuscript == null ? null : manuscript.manuscriptId()));
        }
        return rows;
    }
}
