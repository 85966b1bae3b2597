package jp.akapen.privacy.audit;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import jp.akapen.privacy.audit.chain.AuditEvent;
import jp.akapen.shared.People;
import jp.akapen.shared.Roles;
import jp.akapen.shared.SignedIn;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit log as ward staff inspect it (seed P4, O2): filtered pages, a verification of the
 * whole chain, and an export. The log holds no personal data, so reading it is not itself logged;
 * exporting and verifying are.
 */
@Service
@Secured(Roles.Authorities.WARD_STAFF)
public class AuditLogService {

    /** The most rows one export holds; a whole year of a ward's log is far below it. */
    public static final int EXPORT_MAX = 100_000;

    /** An entry with its actor's display name (a pen name for residents), null when the actor is nobody or gone. */
    public record Row(AuditEvent event, String actorName) {
    }

    private final AuditRepository events;
    private final AuditChainCheck check;
    private final AuditTrail trail;
    private final People people;

    AuditLogService(AuditRepository events, AuditChainCheck check, AuditTrail trail, People people) {
        this.events = events;
        this.check = check;
        this.trail = trail;
        this.people = people;
    }

    @Transactional(readOnly = true)
    public List<Row> find(AuditFilter filter, int offset, int limit) {
        return named(events.find(filter, offset, limit));
    }

    @Transactional(readOnly = true)
    public int count(AuditFilter filter) {
        return events.count(filter);
    }

    /** Verifies the whole chain and logs that the signed-in ward staff member did. */
    public ChainReport verify() {
        return check.run(AuditTrail.actor(SignedIn.require()));
    }

    /**
     * The filtered entries, newest first, for a CSV file; the export is logged in the same
     * transaction with the range of seqs it holds.
     *
     * @throws IllegalArgumentException when more than {@link #EXPORT_MAX} entries match
     */
    @Transactional
    public List<Row> export(AuditFilter filter) {
        if (events.count(filter) > EXPORT_MAX) {
            throw new IllegalArgumentException("Narrow the filter: more than " + EXPORT_MAX + " entries");
        }
        var rows = named(events.find(filter, 0, EXPORT_MAX));
        String range = rows.isEmpty() ? null
                : "seq:" + rows.getLast().event().seq() + "-" + rows.getFirst().event().seq();
        trail.record(new AuditEntry(AuditAction.AUDIT_LOG_EXPORTED, "audit_event", range, null, AuditOutcome.SUCCESS));
        return rows;
    }

    private List<Row> named(List<AuditEvent> page) {
        var ids = new HashSet<Long>();
        page.stream().map(AuditEvent::actorId).filter(Objects::nonNull).forEach(ids::add);
        Map<Long, String> names = people.displayNames(ids);
        return page.stream().map(e -> new Row(e, e.actorId() == null ? null : names.get(e.actorId()))).toList();
    }
}
