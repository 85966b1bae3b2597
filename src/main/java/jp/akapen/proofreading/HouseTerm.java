package jp.akapen.proofreading;

import java.time.Instant;

/**
 * One row of the house dictionary as it applies now: a row of the shipped file, that row as the contractor manager
 * changed it, or the manager's own row. A withdrawn row is shown but finds nothing.
 *
 * @param changedBy the account that last changed the row, null for a shipped row as shipped
 */
public record HouseTerm(String ruleId, String pattern, String replacement, String note, String exampleBefore,
        String exampleAfter, Origin origin, boolean withdrawn, Long changedBy, Instant changedAt) {

    /** The row as the rules read it; throws if the pattern cannot be parsed. */
    TermEntry entry() {
        return TermLists.houseEntry(ruleId, pattern, replacement, note, exampleBefore, exampleAfter);
    }

    public enum Origin {
        SHIPPED,
        CHANGED,
        OWN
    }

    /** What the manager writes in the form; the rule id is null for a new row. */
    public record Form(String ruleId, String pattern, String replacement, String note, String exampleBefore,
            String exampleAfter) {
    }
}
