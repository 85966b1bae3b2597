package jp.akapen.privacy.oversight.training;

import static jp.akapen.db.Tables.TRAINING_ATTENDANCE;
import static jp.akapen.db.Tables.TRAINING_SESSION;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

@Repository
class TrainingRepository {

    record Row(long id, LocalDate heldOn, String subject, String material, String materialLink, List<Long> attendees,
            long recordedBy, Instant recordedAt) {
    }

    private final DSLContext db;

    TrainingRepository(DSLContext db) {
        this.db = db;
    }

    long insert(TrainingDraft draft, long recordedBy, Instant at) {
        long id = db.insertInto(TRAINING_SESSION)
                .set(TRAINING_SESSION.HELD_ON, draft.heldOn())
                .set(TRAINING_SESSION.SUBJECT, draft.subject().strip())
                .set(TRAINING_SESSION.MATERIAL, draft.material().strip())
                .set(TRAINING_SESSION.MATERIAL_LINK, draft.materialLink() == null || draft.materialLink().isBlank()
                        ? null : draft.materialLink().strip())
                .set(TRAINING_SESSION.RECORDED_BY, recordedBy)
                .set(TRAINING_SESSION.RECORDED_AT, at)
                .returningResult(TRAINING_SESSION.ID).fetchOne(r -> r.value1());
        for (long attendee : draft.attendees()) {
            db.insertInto(TRAINING_ATTENDANCE)
                    .set(TRAINING_ATTENDANCE.SESSION_ID, id)
                    .set(TRAINING_ATTENDANCE.ACCOUNT_ID, attendee)
                    .execute();
        }
        return id;
    }

    /** Sessions held from {@code from} to {@code to} (inclusive; nulls: unbounded), newest first. */
    List<Row> sessions(LocalDate from, LocalDate to) {
        var condition = DSL.noCondition();
        if (from != null) {
            condition = condition.and(TRAINING_SESSION.HELD_ON.ge(from));
        }
        if (to != null) {
            condition = condition.and(TRAINING_SESSION.HELD_ON.le(to));
        }
        var sessions = db.selectFrom(TRAINING_SESSION).where(condition)
                .orderBy(TRAINING_SESSION.HELD_ON.desc(), TRAINING_SESSION.ID.desc()).fetch();
        Map<Long, List<Long>> attendees = db.selectFrom(TRAINING_ATTENDANCE)
                .where(TRAINING_ATTENDANCE.SESSION_ID.in(sessions.getValues(TRAINING_SESSION.ID)))
                .orderBy(TRAINING_ATTENDANCE.ACCOUNT_ID)
                .fetchGroups(TRAINING_ATTENDANCE.SESSION_ID, TRAINING_ATTENDANCE.ACCOUNT_ID);
        return sessions.stream().map(s -> new Row(s.getId(), s.getHeldOn(), s.getSubject(), s.getMaterial(),
                s.getMaterialLink(), attendees.getOrDefault(s.getId(), List.of()), s.getRecordedBy(),
                s.getRecordedAt())).toList();
    }

    /** Each person's last session held on or before {@code onOrBefore}; people with none are left out. */
    Map<Long, LocalDate> lastTrainedOn(Collection<Long> accountIds, LocalDate onOrBefore) {
        return db.select(TRAINING_ATTENDANCE.ACCOUNT_ID, DSL.max(TRAINING_SESSION.HELD_ON))
                .from(TRAINING_ATTENDANCE).join(TRAINING_SESSION).on(TRAINING_SESSION.ID.eq(TRAINING_ATTENDANCE.SESSION_ID))
                .where(TRAINING_ATTENDANCE.ACCOUNT_ID.in(accountIds)).and(TRAINING_SESSION.HELD_ON.le(onOrBefore))
                .groupBy(TRAINING_ATTENDANCE.ACCOUNT_ID)
                .fetch().stream().collect(Collectors.toMap(r -> r.value1(), r -> r.value2()));
    }

    Optional<LocalDate> lastTrainedOn(long accountId, LocalDate onOrBefore) {
        return Optional.ofNullable(lastTrainedOn(List.of(accountId), onOrBefore).get(accountId));
    }
}
