package jp.akapen.privacy.takeout;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import jp.akapen.privacy.vault.PersonalData;

/**
 * A take-out request as the ward and the handler read it: people by display name (staff, never residents), fields by
 * name, and the export only by its SHA-256 and the number of residents it held. {@code actions} are what the reader
 * may do now.
 */
public record TakeOutRequest(long id, long cohortId, int fiscalYear, List<PersonalData.Field> fields, String purpose,
        String destination, String carrier, LocalDate returnDue, TakeOutState state, Person requester,
        Instant requestedAt, Person decidedBy, Instant decidedAt, String decisionReason, Instant exportedAt,
        Integer exportedPeople, String exportSha256, Person closedBy, Instant closedAt, String closedNote,
        boolean overdue, Set<Action> actions) {

    public record Person(long id, String name) {
    }

    public enum Action {
        APPROVE,
        REFUSE,
        EXPORT,
        REPORT_CLOSED
    }

    /** The number the watermark and the audit log show, e.g. 持出し No.12. */
    public String number() {
        return String.valueOf(id);
    }
}
