package jp.akapen.manuscript;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import jp.akapen.shared.People;
import jp.akapen.shared.Roles;
import jp.akapen.shared.SignedIn;
import jp.akapen.shared.correspondence.ThreadActivity;
import jp.akapen.shared.correspondence.ThreadEntry;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An article's correction exchanges as they join its correspondence thread (seed E2; issue 12 item 7): rounds
 * returned, the editor's notes on their changes, the replies on both sides. Ward staff only, checked here too.
 */
@Service
@Transactional(readOnly = true)
public class ArticleCorrespondence {

    private static final Pattern MANUSCRIPT_LINK =
            Pattern.compile(Pattern.quote(ManuscriptLinks.LIST) + "/([0-9]{1,18})(/.*)?");

    private final CorrespondenceRepository repository;
    private final People people;

    ArticleCorrespondence(CorrespondenceRepository repository, People people) {
        this.repository = repository;
        this.people = people;
    }

    /**
     * The article a manuscript link ({@code manuscripts/7/rounds/2}) is about, so the mail of a notice carrying it
     * joins that article's thread. Open to any caller, the notice's own transaction included: it maps one id to
     * another and reveals no text or name.
     */
    public Optional<Long> articleOfLink(String link) {
        var m = link == null ? null : MANUSCRIPT_LINK.matcher(link);
        if (m == null || !m.matches()) {
            return Optional.empty();
        }
        return repository.articleOf(Long.parseLong(m.group(1)));
    }

    /** The exchanges of an article, oldest first, authors by pen name or display name. */
    @Secured(Roles.Authorities.WARD_STAFF)
    public List<ThreadEntry> ofArticle(long articleId) {
        requireWard();
        var rows = repository.ofArticle(articleId);
        var names = people.displayNames(rows.stream().map(CorrespondenceRepository.Row::authorId)
                .filter(Objects::nonNull).toList());
        return rows.stream()
                .map(r -> new ThreadEntry(r.at(), kind(r.kind()),
                        r.authorId() == null ? "" : names.getOrDefault(r.authorId(), "#" + r.authorId()), r.round(),
                        r.reason() == null ? null : "manuscript.reason." + r.reason().toLowerCase(Locale.ROOT),
                        r.text()))
                .sorted(Comparator.comparing(ThreadEntry::at).thenComparing(e -> e.kind().ordinal()))
                .toList();
    }

    /** Per article id, how many rounds were returned and replies written, and the last of them. */
    @Secured(Roles.Authorities.WARD_STAFF)
    public Map<Long, ThreadActivity> activity() {
        requireWard();
        Map<Long, ThreadActivity> byArticle = new HashMap<>();
        for (var count : repository.counts()) {
            byArticle.merge(count.articleId(), new ThreadActivity(count.messages(), count.lastAt()),
                    (a, b) -> new ThreadActivity(a.messages() + b.messages(),
                            a.lastAt().isAfter(b.lastAt()) ? a.lastAt() : b.lastAt()));
        }
        return byArticle;
    }

    private static ThreadEntry.Kind kind(CorrespondenceRepository.Kind kind) {
        return switch (kind) {
            case RETURNED -> ThreadEntry.Kind.ROUND_RETURNED;
            case NOTE -> ThreadEntry.Kind.CORRECTION_NOTE;
            case REPLY -> ThreadEntry.Kind.REPLY;
        };
    }

    private static void requireWard() {
        if (!Roles.WARD_STAFF.equals(SignedIn.require().role())) {
            throw new AccessDeniedException("Only ward staff read every correspondence thread");
        }
    }
}
