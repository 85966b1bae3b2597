package jp.akapen.proofreading;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import jp.akapen.shared.PortalUser;
import jp.akapen.shared.Roles;
import jp.akapen.shared.SignedIn;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The proofreading assistant inside the portal (issue 16; W2): checks a text of a manuscript with the house dictionary
 * as the contractor manager keeps it, leaving out what the contractor dismissed for that manuscript and the words its
 * edition allows. Which round and which text may be checked is the manuscript area's decision; this service only
 * knows the roles.
 */
@Service
@Transactional
public class ProofreadingService {

    static final int MAX_TERM = 100;
    static final int MAX_FOUND = 200;
    private static final Pattern OWN_ID = Pattern.compile("notation\\.own-(\\d+)");
    /** The shipped file's rows: read once, as they change only with a release. */
    private static final List<HouseTerm> SHIPPED = TermLists.houseRows().stream()
            .map(r -> new HouseTerm(r[0], r[1], r[2], r[3], r[4], r[5], HouseTerm.Origin.SHIPPED, false, null, null))
            .toList();

    private final ProofreadingRepository repository;
    private final ArticleEditions articleEditions;
    private final Clock clock;
    private volatile Cached cached;

    /** Texts whose suggestions are kept (each text is its own key: 40 KB for 20,000 characters). */
    static final int RECENT_TEXTS = 64;

    private record Cached(String version, RecentChecks checks) {
    }

    ProofreadingService(ProofreadingRepository repository, ArticleEditions articleEditions, Clock clock) {
        this.repository = repository;
        this.articleEditions = articleEditions;
        this.clock = clock;
    }

    /** The suggestions for a text of a manuscript, in text order. */
    @Secured({Roles.Authorities.CONTRACTOR_MANAGER, Roles.Authorities.CONTRACTOR_HANDLER,
            Roles.Authorities.CONTRACTOR_STAFF})
    @Transactional(readOnly = true)
    public List<Suggestion> check(String text, long manuscriptId, Long articleId) {
        var dismissed = repository.dismissals(manuscriptId);
        List<Range> allowedPlaces = new ArrayList<>();
        Optional.ofNullable(articleId).flatMap(articleEditions::editionOf).map(repository::allowed)
                .orElse(List.of()).forEach(term -> {
                    for (int at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + 1)) {
                        allowedPlaces.add(new Range(at, at + term.length()));
                    }
                });
        return checks().check(text).stream()
                .filter(s -> !dismissed.contains(new ProofreadingRepository.Dismissal(s.ruleId(), key(s.found()))))
                .filter(s -> allowedPlaces.stream().noneMatch(r -> r.start() <= s.start() && s.end() <= r.end()))
                .toList();
    }

    private record Range(int start, int end) {
    }

    /** The contractor will not see this rule's suggestion for this text of the manuscript again. */
    @Secured({Roles.Authorities.CONTRACTOR_MANAGER, Roles.Authorities.CONTRACTOR_HANDLER,
            Roles.Authorities.CONTRACTOR_STAFF})
    public void dismiss(long manuscriptId, String ruleId, String found) {
        PortalUser user = SignedIn.require();
        repository.dismiss(manuscriptId, ruleId, key(found), user.id(), clock.instant());
    }

    /** What was dismissed for the manuscript, the latest first: a rule id and the text it found. */
    @Secured({Roles.Authorities.CONTRACTOR_MANAGER, Roles.Authorities.CONTRACTOR_HANDLER,
            Roles.Authorities.CONTRACTOR_STAFF})
    @Transactional(readOnly = true)
    public List<Dismissed> dismissed(long manuscriptId) {
        return repository.dismissalsLatestFirst(manuscriptId).stream()
                .map(d -> new Dismissed(d.ruleId(), d.found())).toList();
    }

    /** Takes a dismissal back: the rule's suggestion for that text shows again. @return false when there was none */
    @Secured({Roles.Authorities.CONTRACTOR_MANAGER, Roles.Authorities.CONTRACTOR_HANDLER,
            Roles.Authorities.CONTRACTOR_STAFF})
    public boolean undismiss(long manuscriptId, String ruleId, String found) {
        SignedIn.require();
        return repository.undismiss(manuscriptId, ruleId, key(found));
    }

    /** A dismissed suggestion: the rule and the text it found. */
    public record Dismissed(String ruleId, String found) {
    }

    /** A dismissal is keyed by the found text, shortened to what the table holds. */
    private static String key(String found) {
        return found.length() <= MAX_FOUND ? found : found.substring(0, MAX_FOUND);
    }

    @Secured({Roles.Authorities.CONTRACTOR_MANAGER, Roles.Authorities.CONTRACTOR_HANDLER,
            Roles.Authorities.CONTRACTOR_STAFF, Roles.Authorities.WARD_STAFF})
    @Transactional(readOnly = true)
    public List<String> allowed(long editionId) {
        return repository.allowed(editionId);
    }

    /** A word the edition uses on purpose (a title, a name, a quoted term): no rule flags it in its manuscripts. */
    @Secured({Roles.Authorities.CONTRACTOR_MANAGER, Roles.Authorities.WARD_STAFF})
    public void allow(long editionId, String term) {
        PortalUser user = SignedIn.require();
        String word = term == null ? "" : term.strip();
        if (word.isEmpty()) {
            throw new ProofreadingException("proofreading.error.term-empty");
        }
        if (word.codePointCount(0, word.length()) > MAX_TERM || word.length() > MAX_TERM) {
            throw new ProofreadingException("proofreading.error.term-long");
        }
        repository.allow(editionId, word, user.id(), clock.instant());
    }

    @Secured({Roles.Authorities.CONTRACTOR_MANAGER, Roles.Authorities.WARD_STAFF})
    public void disallow(long editionId, String term) {
        SignedIn.require();
        repository.disallow(editionId, term);
    }

    /** The house dictionary as it applies now: the shipped rows (changed or not) first, then the manager's own. */
    @Secured({Roles.Authorities.CONTRACTOR_MANAGER, Roles.Authorities.CONTRACTOR_HANDLER,
            Roles.Authorities.CONTRACTOR_STAFF, Roles.Authorities.WARD_STAFF})
    @Transactional(readOnly = true)
    public List<HouseTerm> houseTerms() {
        return merged(repository.houseRows());
    }

    /**
     * Adds a row (no rule id) or changes one. The row's example must show it: its "before" gives the row's suggestion
     * and its "after" does not, as the shipped file's rows are tested.
     */
    @Secured(Roles.Authorities.CONTRACTOR_MANAGER)
    public HouseTerm saveHouseTerm(HouseTerm.Form draft) {
        PortalUser user = SignedIn.require();
        var stored = repository.houseRows();
        var current = merged(stored);
        String ruleId = draft.ruleId() == null || draft.ruleId().isBlank() ? nextOwnId(current) : draft.ruleId();
        if (draft.ruleId() != null && current.stream().noneMatch(t -> t.ruleId().equals(ruleId))) {
            throw new ProofreadingException("proofreading.error.not-found");
        }
        var row = new ProofreadingRepository.Row(ruleId, required(draft.pattern(), 200), required(draft.replacement(), 200),
                required(draft.note(), 400), required(draft.exampleBefore(), 400), required(draft.exampleAfter(), 400),
                false, user.id(), clock.instant());
        TermEntry entry;
        try {
            entry = TermLists.houseEntry(row.ruleId(), row.pattern(), row.replacement(), row.note(),
                    row.exampleBefore(), row.exampleAfter());
        } catch (RuntimeException badPattern) {
            throw new ProofreadingException("proofreading.error.pattern");
        }
        var alone = new TermRule(List.of(entry), TermRule.HOUSE_SOURCE, false);
        if (alone.check(new Draft(row.exampleBefore())).isEmpty()) {
            throw new ProofreadingException("proofreading.error.example-before");
        }
        if (!alone.check(new Draft(row.exampleAfter())).isEmpty()) {
            throw new ProofreadingException("proofreading.error.example-after");
        }
        repository.saveHouseRow(row);
        return houseTerms().stream().filter(t -> t.ruleId().equals(ruleId)).findFirst().orElseThrow();
    }

    /** Switches a row off (a shipped row too) or back on; nothing is deleted, so the file's row can be restored. */
    @Secured(Roles.Authorities.CONTRACTOR_MANAGER)
    public void withdrawHouseTerm(String ruleId, boolean withdrawn) {
        PortalUser user = SignedIn.require();
        var term = houseTerms().stream().filter(t -> t.ruleId().equals(ruleId)).findFirst()
                .orElseThrow(() -> new ProofreadingException("proofreading.error.not-found"));
        repository.saveHouseRow(new ProofreadingRepository.Row(term.ruleId(), term.pattern(), term.replacement(),
                term.note(), term.exampleBefore(), term.exampleAfter(), withdrawn, user.id(), clock.instant()));
    }

    private static String required(String value, int max) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            throw new ProofreadingException("proofreading.error.required");
        }
        if (text.length() > max || text.contains("\t") || text.contains("\n")) {
            throw new ProofreadingException("proofreading.error.too-long");
        }
        return text;
    }

    private static String nextOwnId(List<HouseTerm> current) {
        int highest = current.stream().map(t -> OWN_ID.matcher(t.ruleId())).filter(java.util.regex.Matcher::matches)
                .mapToInt(m -> Integer.parseInt(m.group(1))).max().orElse(0);
        return "notation.own-" + (highest + 1);
    }

    private static List<HouseTerm> merged(List<ProofreadingRepository.Row> stored) {
        Map<String, ProofreadingRepository.Row> byId = new LinkedHashMap<>();
        stored.forEach(r -> byId.put(r.ruleId(), r));
        List<HouseTerm> terms = new ArrayList<>();
        for (HouseTerm shipped : SHIPPED) {
            var changed = byId.remove(shipped.ruleId());
            terms.add(changed == null ? shipped : term(changed, HouseTerm.Origin.CHANGED));
        }
        byId.values().forEach(r -> terms.add(term(r, HouseTerm.Origin.OWN)));
        return terms;
    }

    private static HouseTerm term(ProofreadingRepository.Row r, HouseTerm.Origin origin) {
        return new HouseTerm(r.ruleId(), r.pattern(), r.replacement(), r.note(), r.exampleBefore(), r.exampleAfter(),
                origin, r.withdrawn(), r.changedBy(), r.changedAt());
    }

    /** Built again only when a house row changed, here or on another instance. */
    private RecentChecks checks() {
        String version = repository.houseVersion();
        Cached now = cached;
        if (now == null || !now.version().equals(version)) {
            var entries = merged(repository.houseRows()).stream().filter(t -> !t.withdrawn())
                    .map(HouseTerm::entry).toList();
            now = new Cached(version, new RecentChecks(Proofreader.withHouseDictionary(entries), RECENT_TEXTS));
            cached = now;
        }
        return now.checks();
    }
}
