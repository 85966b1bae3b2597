package jp.akapen.privacy.audit;

import static jp.akapen.db.Tables.AUDIT_EVENT;

import java.util.List;
import jp.akapen.privacy.audit.chain.AuditEvent;
import org.jooq.DSLContext;

/** Test-only: the audit events after a seq, read as the repository reads them, for tests outside this package. */
public final class AuditLogReader {

    private AuditLogReader() {
    }

    /** The audit events written after {@code seq}, oldest first. */
    public static List<AuditEvent> eventsAfter(DSLContext db, long seq) {
        return db.selectFrom(AUDIT_EVENT).where(AUDIT_EVENT.SEQ.gt(seq)).orderBy(AUDIT_EVENT.SEQ)
                .fetch(AuditRepository::event);
    }
}
