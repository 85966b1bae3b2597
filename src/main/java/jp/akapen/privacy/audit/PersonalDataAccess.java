package jp.akapen.privacy.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import jp.akapen.shared.JapaneseDates;
import jp.akapen.shared.People;
import jp.akapen.shared.Roles;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who touched residents' personal data in a period, and how often, counted by the database from the audit log (seed
 * O1, P4; issue 15 item 1): per person the successful reads, changes and exports, and the reads at unusual hours
 * ({@link UnusualHours}). The log holds no personal data, so reading these counts is not itself logged; the report
 * that carries them is.
 */
@Service
@Secured({Roles.Authorities.WARD_STAFF, Roles.Authorities.CONTRACTOR_MANAGER})
public class PersonalDataAccess {

    /** One person's accesses in the period; {@code name} is a display name, "—" for an account gone. */
    public record Summary(long accountId, String name, String role, long reads, long changes, long exports,
            long unusualReads) {
    }

    private final AuditRepository events;
    private final People people;

    PersonalDataAccess(AuditRepository events, People people) {
        this.events = events;
        this.people = people;
    }

    /** From the start of {@code from} to the end of {@code to}, Tokyo days; by most reads first. */
    @Transactional(readOnly = true)
    public List<Summary> between(LocalDate from, LocalDate to) {
        Instant start = from.atStartOfDay(JapaneseDates.ZONE).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(JapaneseDates.ZONE).toInstant();
        var counts = events.personalDataAccess(start, end);
        Map<Long, String> names = people.displayNames(new HashSet<>(counts.stream().map(c -> c.accountId()).toList()));
        return counts.stream().map(c -> new Summary(c.accountId(), names.getOrDefault(c.accountId(), "—"), c.role(),
                c.reads(), c.changes(), c.exports(), c.unusualReads())).toList();
    }
}
