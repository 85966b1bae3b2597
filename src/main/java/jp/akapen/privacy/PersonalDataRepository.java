package jp.akapen.privacy;

import static jp.akapen.db.Tables.PERSONAL_DATA;
import static jp.akapen.db.Tables.PERSONAL_DATA_ACCESS;

import java.time.Instant;
import java.util.Optional;
import jp.akapen.db.enums.PersonalDataAccessAction;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

@Repository
class PersonalDataRepository {

    private final DSLContext db;

    PersonalDataRepository(DSLContext db) {
        this.db = db;
    }

    Optional<PersonalData> find(long accountId) {
        return db.select(PERSONAL_DATA.FULL_NAME, PERSONAL_DATA.FURIGANA, PERSONAL_DATA.ADDRESS, PERSONAL_DATA.EMAIL)
                .from(PERSONAL_DATA).where(PERSONAL_DATA.ACCOUNT_ID.eq(accountId))
                .fetchOptional(r -> new PersonalData(r.value1(), r.value2(), r.value3(), r.value4()));
    }

    void save(long accountId, PersonalData data, Instant at) {
        int updated = db.update(PERSONAL_DATA)
                .set(PERSONAL_DATA.FULL_NAME, data.fullName())
                .set(PERSONAL_DATA.FURIGANA, data.furigana())
                .set(PERSONAL_DATA.ADDRESS, data.address())
                .set(PERSONAL_DATA.EMAIL, data.email())
                .set(PERSONAL_DATA.UPDATED_AT, at)
                .where(PERSONAL_DATA.ACCOUNT_ID.eq(accountId))
                .execute();
        if (updated == 0) {
            db.insertInto(PERSONAL_DATA)
                    .set(PERSONAL_DATA.ACCOUNT_ID, accountId)
                    .set(PERSONAL_DATA.FULL_NAME, data.fullName())
                    .set(PERSONAL_DATA.FURIGANA, data.furigana())
                    .set(PERSONAL_DATA.ADDRESS, data.address())
                    .set(PERSONAL_DATA.EMAIL, data.email())
                    .set(PERSONAL_DATA.UPDATED_AT, at)
                    .execute();
        }
    }

    void logAccess(long accessorId, String accessorRole, long subjectId, AccessAction action,
            String fields, Instant at) {
        db.insertInto(PERSONAL_DATA_ACCESS)
                .set(PERSONAL_DATA_ACCESS.ACCESSOR_ACCOUNT_ID, accessorId)
                .set(PERSONAL_DATA_ACCESS.ACCESSOR_ROLE, accessorRole)
                .set(PERSONAL_DATA_ACCESS.SUBJECT_ACCOUNT_ID, subjectId)
                .set(PERSONAL_DATA_ACCESS.ACTION, PersonalDataAccessAction.lookupLiteral(action.name()))
                .set(PERSONAL_DATA_ACCESS.FIELDS, fields)
                .set(PERSONAL_DATA_ACCESS.OCCURRED_AT, at)
                .execute();
    }

    int countAccesses(long subjectId) {
        return db.fetchCount(PERSONAL_DATA_ACCESS, PERSONAL_DATA_ACCESS.SUBJECT_ACCOUNT_ID.eq(subjectId));
    }
}
