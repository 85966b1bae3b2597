package jp.akapen.manuscript;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.akapen.shared.People;
import jp.akapen.shared.SignedIn;
import org.springframework.stereotype.Component;

/**
 * Rounds for the correction and the review services: locked for a write (the manuscript row first,
 * so a draft saved at the same moment waits), or assembled with names for whoever may read them.
 */
@Component
class RoundLoader {

    /** A round read again after its manuscript was locked, with that manuscript. */
    record Locked(ManuscriptRepository.Row manuscript, ManuscriptRepository.RoundRow round) {
    }

    private final ManuscriptRepository repository;
    private final People people;

    RoundLoader(ManuscriptRepository repository, People people) {
        this.repository = repository;
        this.people = people;
    }

    ManuscriptRepository.Row lockManuscript(long manuscriptId) {
        return repository.lock(manuscriptId).orElseThrow(() -> new ManuscriptException("manuscript.error.not-found"));
    }

    Locked lockRound(long roundId) {
        long manuscriptId = repository.manuscriptOfRound(roundId)
                .orElseThrow(() -> new ManuscriptException("manuscript.error.not-found"));
        var manuscript = lockManuscript(manuscriptId);
        return new Locked(manuscript, repository.roundById(roundId).orElseThrow());
    }

    Locked lockRoundOfChange(long changeId) {
        return lockRound(repository.roundOfChange(changeId)
                .orElseThrow(() -> new ManuscriptException("manuscript.error.not-found")));
    }

    List<Round> rounds(long manuscriptId) {
        readable(manuscriptId);
        return repository.rounds(manuscriptId).stream().map(this::toRound).toList();
    }

    Round round(long manuscriptId, int number) {
        readable(manuscriptId);
        return repository.round(manuscriptId, number).map(this::toRound)
                .orElseThrow(() -> new ManuscriptException("manuscript.error.not-found"));
    }

    RoundStamp stamp(long manuscriptId, int number) {
        var manuscript = readable(manuscriptId);
        return repository.roundStamp(manuscriptId, number)
                .map(r -> new RoundStamp(manuscript.status(), manuscript.latestVersion(), r.status(), r.lockVersion()))
                .orElseThrow(() -> new ManuscriptException("manuscript.error.not-found"));
    }

    Set<ManuscriptAction> actions(long manuscriptId, int number) {
        var manuscript = readable(manuscriptId);
        var round = repository.round(manuscriptId, number)
                .orElseThrow(() -> new ManuscriptException("manuscript.error.not-found"));
        return ManuscriptAccess.roundActions(SignedIn.require(), manuscript, round.status());
    }

    private ManuscriptRepository.Row readable(long manuscriptId) {
        var manuscript = repository.find(manuscriptId).orElseThrow(() -> new ManuscriptException("manuscript.error.not-found"));
        ManuscriptAccess.requireRead(SignedIn.require(), manuscript);
        return manuscript;
    }

    private Round toRound(ManuscriptRepository.RoundRow r) {
        var base = repository.version(r.baseVersionId()).orElseThrow();
        Integer result = r.resultVersionId() == null ? null
                : repository.version(r.resultVersionId()).map(ManuscriptRepository.VersionRow::number).orElse(null);
        var changeRows = repository.changes(r.id());
        Set<Long> authors = new HashSet<>();
        authors.add(r.openedBy());
        changeRows.forEach(c -> c.messages().forEach(m -> authors.add(m.authorId())));
        var names = people.displayNames(authors);
        var changes = changeRows.stream().map(c -> new TrackedChange(c.id(), c.seq(), c.start(), c.end(), c.before(),
                c.after(), c.reason(), c.comment(), c.ruleId(), c.conflict(), c.decision(), c.decidedAt(),
                c.messages().stream().map(m -> new TrackedChange.Message(m.id(), m.authorId(),
                        names.getOrDefault(m.authorId(), "?"), m.body(), m.createdAt())).toList())).toList();
        return new Round(r.id(), r.manuscriptId(), r.number(), base.number(), base.body(), r.correctedBody(),
                r.status(), r.dueOn(), r.openedBy(), names.getOrDefault(r.openedBy(), "?"), r.openedAt(),
                r.submittedAt(), r.returnedAt(), r.reviewedAt(), result, r.lockVersion(), changes,
                conflictContexts(r.manuscriptId(), base.number(), changeRows));
    }

    /**
     * A conflict's offsets refer to an older draft, which the round no longer names: the newest
     * draft before the base that still has the conflict's text at its place. Read only when there
     * are conflicts.
     */
    private Map<Long, ChangeContext> conflictContexts(long manuscriptId, int baseNumber,
            List<ManuscriptRepository.ChangeRow> changes) {
        var conflicts = changes.stream().filter(ManuscriptRepository.ChangeRow::conflict).toList();
        if (conflicts.isEmpty()) {
            return Map.of();
        }
        var older = repository.versions(manuscriptId).reversed().stream().filter(v -> v.number() < baseNumber).toList();
        Map<Long, ChangeContext> contexts = new HashMap<>();
        for (var conflict : conflicts) {
            older.stream().map(ManuscriptRepository.VersionRow::body)
                    .filter(body -> conflict.end() <= body.length()
                            && body.substring(conflict.start(), conflict.end()).equals(conflict.before()))
                    .findFirst()
                    .ifPresent(body -> contexts.put(conflict.id(),
                            ChangeContext.around(body, conflict.start(), conflict.end())));
        }
        return contexts;
    }
}
