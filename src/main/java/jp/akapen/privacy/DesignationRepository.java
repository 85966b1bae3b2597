package jp.akapen.privacy;

import static jp.akapen.db.Tables.HANDLER_DESIGNATION;

import java.time.LocalDate;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

@Repository
class DesignationRepository {

    private final DSLContext db;

    DesignationRepository(DSLContext db) {
        this.db = db;
    }

    boolean activeOn(long accountId, LocalDate day) {
        return db.fetchExists(HANDLER_DESIGNATION, HANDLER_DESIGNATION.ACCOUNT_ID.eq(accountId)
                .and(HANDLER_DESIGNATION.STARTS_ON.le(day))
                .and(HANDLER_DESIGNATION.ENDS_ON.isNull().or(HANDLER_DESIGNATION.ENDS_ON.ge(day))));
    }
}
