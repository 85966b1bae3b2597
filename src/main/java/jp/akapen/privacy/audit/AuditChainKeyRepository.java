package jp.akapen.privacy.audit;

import static jp.akapen.db.Tables.AUDIT_CHAIN_KEY;

import java.time.Instant;
import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** The recorded switch-over of the audit chain to keyed hashes (V016); written once, never changed. */
@Repository
class AuditChainKeyRepository {

    /** From which seq the chain is keyed, and the fingerprint of the key. */
    record Switch(long keyedFromSeq, String keyFingerprint) {
    }

    private static final byte ID = 1;

    private final DSLContext db;

    AuditChainKeyRepository(DSLContext db) {
        this.db = db;
    }

    Optional<Switch> read() {
        return db.selectFrom(AUDIT_CHAIN_KEY).where(AUDIT_CHAIN_KEY.ID.eq(ID))
                .fetchOptional(r -> new Switch(r.getKeyedFromSeq(), r.getKeyFingerprint()));
    }

    void insert(long keyedFromSeq, String fingerprint, Instant at) {
        db.insertInto(AUDIT_CHAIN_KEY).set(AUDIT_CHAIN_KEY.ID, ID).set(AUDIT_CHAIN_KEY.KEYED_FROM_SEQ, keyedFromSeq)
                .set(AUDIT_CHAIN_KEY.KEY_FINGERPRINT, fingerprint).set(AUDIT_CHAIN_KEY.RECORDED_AT, at).execute();
    }
}
