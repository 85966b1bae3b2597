package jp.akapen.privacy.purpose;

import static jp.akapen.db.Tables.PURPOSE_ACKNOWLEDGEMENT;

import java.time.Instant;
import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

@Repository
class PurposeAcknowledgementRepository {

    private final DSLContext db;

    PurposeAcknowledgementRepository(DSLContext db) {
        this.db = db;
    }

    Optional<Instant> acknowledgedAt(long accountId, String version) {
        return db.select(PURPOSE_ACKNOWLEDGEMENT.ACKNOWLEDGED_AT).from(PURPOSE_ACKNOWLEDGEMENT)
                .where(PURPOSE_ACKNOWLEDGEMENT.ACCOUNT_ID.eq(accountId))
                .and(PURPOSE_ACKNOWLEDGEMENT.NOTICE_VERSION.eq(version))
                .fetchOptional(PURPOSE_ACKNOWLEDGEMENT.ACKNOWLEDGED_AT);
    }

    void insert(long accountId, String version, Instant at) {
        db.insertInto(PURPOSE_ACKNOWLEDGEMENT)
                .set(PURPOSE_ACKNOWLEDGEMENT.ACCOUNT_ID, accountId)
                .set(PURPOSE_ACKNOWLEDGEMENT.NOTICE_VERSION, version)
                .set(PURPOSE_ACKNOWLEDGEMENT.ACKNOWLEDGED_AT, at)
                .execute();
    }
}
