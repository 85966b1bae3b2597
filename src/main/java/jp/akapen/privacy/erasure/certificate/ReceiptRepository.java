package jp.akapen.privacy.erasure.certificate;

import static jp.akapen.db.Tables.ERASURE_CERTIFICATE_RECEIPT;

import java.time.Instant;
import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

@Repository
class ReceiptRepository {

    record Receipt(long cohortId, String certificateSha256, long acknowledgedBy, Instant acknowledgedAt) {
    }

    private final DSLContext db;

    ReceiptRepository(DSLContext db) {
        this.db = db;
    }

    Optional<Receipt> find(long cohortId) {
        return db.selectFrom(ERASURE_CERTIFICATE_RECEIPT).where(ERASURE_CERTIFICATE_RECEIPT.COHORT_ID.eq(cohortId))
                .fetchOptional(r -> new Receipt(r.getCohortId(), r.getCertificateSha256(), r.getAcknowledgedBy(),
                        r.getAcknowledgedAt()));
    }

    void insert(Receipt receipt) {
        db.insertInto(ERASURE_CERTIFICATE_RECEIPT)
                .set(ERASURE_CERTIFICATE_RECEIPT.COHORT_ID, receipt.cohortId())
                .set(ERASURE_CERTIFICATE_RECEIPT.CERTIFICATE_SHA256, receipt.certificateSha256())
                .set(ERASURE_CERTIFICATE_RECEIPT.ACKNOWLEDGED_BY, receipt.acknowledgedBy())
                .set(ERASURE_CERTIFICATE_RECEIPT.ACKNOWLEDGED_AT, receipt.acknowledgedAt())
                .execute();
    }
}
