package jp.akapen.privacy.oversight.incident;

import static jp.akapen.db.Tables.INCIDENT;
import static jp.akapen.db.Tables.INCIDENT_REMINDER;
import static jp.akapen.db.Tables.INCIDENT_STEP;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.akapen.db.enums.IncidentReminderDeadline;
import jp.akapen.db.enums.IncidentStepKind;
import jp.akapen.db.tables.records.IncidentRecord;
import jp.akapen.privacy.oversight.incident.IncidentDeadlines.Deadline;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

@Repository
class IncidentRepository {

    record Row(long id, String whatHappened, LocalDate foundOn, String whoseData, int peopleAffected, boolean contained,
            String actionTaken, boolean wrongfulPurpose, long reportedBy, Instant reportedAt, Long closedBy,
            Instant closedAt, List<StepRow> steps) {

        boolean has(StepKind kind) {
            return steps.stream().anyMatch(s -> s.kind() == kind);
        }
    }

    record StepRow(long id, StepKind kind, LocalDate on, String text, long recordedBy, Instant recordedAt) {
    }

    private final DSLContext db;

    IncidentRepository(DSLContext db) {
        this.db = db;
    }

    long insert(IncidentDraft draft, long reportedBy, Instant at) {
        return db.insertInto(INCIDENT)
                .set(INCIDENT.WHAT_HAPPENED, draft.whatHappened().strip())
                .set(INCIDENT.FOUND_ON, draft.foundOn())
                .set(INCIDENT.WHOSE_DATA, draft.whoseData().strip())
                .set(INCIDENT.PEOPLE_AFFECTED, draft.peopleAffected())
                .set(INCIDENT.CONTAINED, draft.contained())
                .set(INCIDENT.ACTION_TAKEN, draft.actionTaken() == null ? "" : draft.actionTaken().strip())
                .set(INCIDENT.WRONGFUL_PURPOSE, draft.wrongfulPurpose())
                .set(INCIDENT.REPORTED_BY, reportedBy)
                .set(INCIDENT.REPORTED_AT, at)
                .returningResult(INCIDENT.ID).fetchOne(r -> r.value1());
    }

    long insertStep(long incidentId, StepKind kind, LocalDate on, String text, long by, Instant at) {
        return db.insertInto(INCIDENT_STEP)
                .set(INCIDENT_STEP.INCIDENT_ID, incidentId)
                .set(INCIDENT_STEP.KIND, IncidentStepKind.valueOf(kind.name()))
                .set(INCIDENT_STEP.STEP_ON, on)
                .set(INCIDENT_STEP.TEXT, text.strip())
                .set(INCIDENT_STEP.RECORDED_BY, by)
                .set(INCIDENT_STEP.RECORDED_AT, at)
                .returningResult(INCIDENT_STEP.ID).fetchOne(r -> r.value1());
    }

    void close(long id, long by, Instant at) {
        db.update(INCIDENT).set(INCIDENT.CLOSED_BY, by).set(INCIDENT.CLOSED_AT, at).where(INCIDENT.ID.eq(id)).execute();
    }

    /** The incident, its row locked until the transaction ends (two steps on one incident queue). */
    Optional<Row> lock(long id) {
        return db.selectFrom(INCIDENT).where(INCIDENT.ID.eq(id)).forUpdate().fetchOptional().map(this::withSteps);
    }

    Optional<Row> find(long id) {
        return db.selectFrom(INCIDENT).where(INCIDENT.ID.eq(id)).fetchOptional().map(this::withSteps);
    }

    /** Newest first; {@code reportedBy} null: everyone's. */
    List<Row> all(Long reportedBy) {
        return rows(reportedBy == null ? DSL.noCondition() : INCIDENT.REPORTED_BY.eq(reportedBy));
    }

    /** Incidents found, or still open, during the period: those a report on it must mention. */
    List<Row> foundOrOpenDuring(LocalDate from, LocalDate to, Instant fromInstant) {
        return rows(INCIDENT.FOUND_ON.le(to).and(INCIDENT.FOUND_ON.ge(from)
                .or(INCIDENT.CLOSED_AT.isNull()).or(INCIDENT.CLOSED_AT.ge(fromInstant))));
    }

    List<Row> open() {
        return rows(INCIDENT.CLOSED_AT.isNull());
    }

    /** Records the reminder of one deadline; false when it was already recorded (another instance or day). */
    boolean remind(long incidentId, Deadline deadline, Instant at) {
        return db.insertInto(INCIDENT_REMINDER)
                .set(INCIDENT_REMINDER.INCIDENT_ID, incidentId)
                .set(INCIDENT_REMINDER.DEADLINE, IncidentReminderDeadline.valueOf(deadline.name()))
                .set(INCIDENT_REMINDER.SENT_AT, at)
                .onDuplicateKeyIgnore().execute() == 1;
    }

    private List<Row> rows(Condition condition) {
        var incidents = db.selectFrom(INCIDENT).where(condition).orderBy(INCIDENT.FOUND_ON.desc(), INCIDENT.ID.desc())
                .fetch();
        Map<Long, List<StepRow>> steps = db.selectFrom(INCIDENT_STEP)
                .where(INCIDENT_STEP.INCIDENT_ID.in(incidents.getValues(INCIDENT.ID)))
                .orderBy(INCIDENT_STEP.RECORDED_AT, INCIDENT_STEP.ID)
                .fetchGroups(INCIDENT_STEP.INCIDENT_ID, s -> new StepRow(s.getId(), StepKind.valueOf(s.getKind().name()),
                        s.getStepOn(), s.getText(), s.getRecordedBy(), s.getRecordedAt()));
        return incidents.stream().map(r -> row(r, steps.getOrDefault(r.getId(), List.of()))).toList();
    }

    private Row withSteps(IncidentRecord r) {
        return row(r, db.selectFrom(INCIDENT_STEP).where(INCIDENT_STEP.INCIDENT_ID.eq(r.getId()))
                .orderBy(INCIDENT_STEP.RECORDED_AT, INCIDENT_STEP.ID)
                .fetch(s -> new StepRow(s.getId(), StepKind.valueOf(s.getKind().name()), s.getStepOn(), s.getText(),
                        s.getRecordedBy(), s.getRecordedAt())));
    }

    private static Row row(IncidentRecord r, List<StepRow> steps) {
        return new Row(r.getId(), r.getWhatHappened(), r.getFoundOn(), r.getWhoseData(), r.getPeopleAffected(),
                r.getContained(), r.getActionTaken(), r.getWrongfulPurpose(), r.getReportedBy(), r.getReportedAt(),
                r.getClosedBy(), r.getClosedAt(), steps);
    }
}
