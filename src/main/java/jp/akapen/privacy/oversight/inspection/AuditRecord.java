package jp.akapen.privacy.oversight.inspection;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A fiscal year's audit as ward staff and the handling manager read it: who started and finished it, the chain
 * verification run for it, each checklist item's result, and the findings. Names are display names.
 */
public record AuditRecord(long id, int fiscalYear, String startedBy, Instant startedAt, Instant chainCheckedAt,
        Boolean chainIntact, Long chainEntries, String finishedBy, Instant finishedAt, Map<String, Result> results,
        List<Finding> findings, Set<Action> actions) {

    public AuditRecord {
        results = Map.copyOf(results);
        findings = List.copyOf(findings);
        actions = Set.copyOf(actions);
    }

    public boolean finished() {
        return finishedAt != null;
    }

    public record Result(ItemResult result, String note, String recordedBy, Instant recordedAt) {
    }

    /** A finding and its corrective action; {@code actions} are what the reader may do with it now. */
    public record Finding(long id, String itemCode, String finding, String action, long ownerId, String owner,
            java.time.LocalDate dueOn, FindingState state, String doneNote, String doneBy, Instant doneAt,
            String closedBy, Instant closedAt, boolean overdue, Set<FindingAction> actions) {

        public Finding {
            actions = Set.copyOf(actions);
        }
    }

    public enum Action {
        RECORD, CHECK_CHAIN, ADD_FINDING, FINISH
    }

    public enum FindingAction {
        REPORT_DONE, CLOSE
    }
}
