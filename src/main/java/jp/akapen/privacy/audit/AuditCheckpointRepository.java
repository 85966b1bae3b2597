package jp.akapen.privacy.audit;

import static jp.akapen.db.Tables.AUDIT_CHECKPOINT;

import java.time.Instant;
import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** Where the last intact verification of the audit chain ended; kept outside the log itself. */
@Repository
class AuditCheckpointRepository {

    record Checkpoint(long seq, String hash, Instant at) {
    }

    private static final byte ID = 1;

    private final DSLContext db;

    AuditCheckpointRepository(DSLContext db) {
        this.db = db;
    }

    Optional<Checkpoint> read() {
        return db.selectFrom(AUDIT_CHECKPOINT).where(AUDIT_CHECKPOINT.ID.eq(ID))
                .fetchOptional(r -> new Checkpoint(r.getVerifiedSeq(), r.getVerifiedHash(), r.getVerifiedAt()));
    }

    /** Moves the checkpoint forward, never back (a slower run that saw fewer entries may end later). */
    void advance(long seq, String hash, Instant at) {
        var current = db.selectFrom(AUDIT_CHECKPOINT).where(AUDIT_CHECKPOINT.ID.eq(ID)).forUpdate().fetchOptional();
        if (current.isEmpty()) {
            db.insertInto(AUDIT_CHECKPOINT).set(AUDIT_CHECKPOINT.ID, ID).set(AUDIT_CHECKPOINT.VERIFIED_SEQ, seq)
                    .set(AUDIT_CHECKPOINT.VERIFIED_HASH, hash).set(AUDIT_CHECKPOINT.VERIFIED_AT, at).execute();
        } else if (current.get().getVerifiedSeq() < seq) {
            db.update(AUDIT_CHECKPOINT).set(AUDIT_CHECKPOINT.VERIFIED_SEQ, seq).set(AUDIT_CHECKPOINT.VERIFIED_HASH, hash)
                    .set(AUDIT_CHECKPOINT.VERIFIED_AT, at).where(AUDIT_CHECKPOINT.ID.eq(ID)).execute();
        }
    }
}
