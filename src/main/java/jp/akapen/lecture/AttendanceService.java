package jp.akapen.lecture;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.akapen.lecture.LectureRepository.InvitationRow;
import jp.akapen.lecture.LectureRepository.SessionRow;
import jp.akapen.privacy.audit.AuditAction;
import jp.akapen.privacy.audit.AuditEntry;
import jp.akapen.privacy.audit.AuditTrail;
import jp.akapen.shared.JapaneseDates;
import jp.akapen.shared.People;
import jp.akapen.shared.PortalUser;
import jp.akapen.shared.Roles;
import jp.akapen.shared.SignedIn;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.annotation.Propagation;

/**
 * Attendance on the day (issue 13 item 5; seed W3): the organiser ticks names, or shows a six-digit code that invited
 * residents enter during the session ({@link CheckinCodes}); and the rate per session and per resident over a fiscal
 * year, for the ward and the organisers.
 */
@Service
@Transactional
public class AttendanceService {

    private final LectureRepository sessions;
    private final LectureAccess access;
    private final People people;
    private final AuditTrail audit;
    private final Clock clock;
    private final WrongCodes wrongCodes;

    AttendanceService(LectureRepository sessions, LectureAccess access, People people, AuditTrail audit, Clock clock,
            WrongCodes wrongCodes) {
        this.sessions = sessions;
        this.access = access;
        this.people = people;
        this.audit = audit;
        this.clock = clock;
        this.wrongCodes = wrongCodes;
    }

    /** The organiser marks an invited resident present or not. */
    @Secured({Roles.Authorities.CONTRACTOR_MANAGER, Roles.Authorities.CONTRACTOR_HANDLER})
    public void tick(long sessionId, long residentId, boolean present) {
        PortalUser me = SignedIn.require();
        access.requireOrganiser(me);
        SessionRow row = access.readable(sessionId, me, true);
        if (row.cancelledAt() != null) {
            throw new LectureException("lecture.refused.cancelled");
        }
        if (clock.instant().isBefore(row.startsAt().minus(CheckinCodes.OPENS_BEFORE))) {
            throw new LectureException("lecture.refused.not-started");
        }
        if (sessions.invitations(List.of(sessionId)).stream().noneMatch(i -> i.residentId() == residentId)) {
            throw new LectureException("lecture.refused.not-a-guest");
        }
        boolean changed = present ? sessions.attend(sessionId, residentId, false, me.id(), clock.instant())
                : sessions.unattend(sessionId, residentId);
        if (changed) {
            audit.record(AuditEntry.of(AuditAction.LECTURE_ATTENDANCE_RECORDED, LectureAccess.OBJECT_TYPE, sessionId,
                    List.of(present ? "present" : "absent")));
        }
    }

    /**
     * A new code for the venue, returned once and stored only as its hash (a new one replaces the old). Refused
     * outside the window in which residents may use it.
     */
    @Secured({Roles.Authorities.CONTRACTOR_MANAGER, Roles.Authorities.CONTRACTOR_HANDLER})
    public String newCheckinCode(long sessionId) {
        PortalUser me = SignedIn.require();
        access.requireOrganiser(me);
        SessionRow row = access.readable(sessionId, me, true);
        if (row.cancelledAt() != null) {
            throw new LectureException("lecture.refused.cancelled");
        }
        if (!CheckinCodes.open(row.startsAt(), row.endsAt(), clock.instant())) {
            throw new LectureException("lecture.refused.checkin-closed",
                    JapaneseDates.isoDateTime(row.startsAt().minus(CheckinCodes.OPENS_BEFORE)),
                    JapaneseDates.isoDateTime(row.endsAt()));
        }
        String code = CheckinCodes.newCode();
        sessions.setCheckinCodeHash(sessionId, CheckinCodes.hash(sessionId, code));
        return code;
    }

    /**
     * An invited resident enters the code shown at the venue. Refused outside the session's window, and, after
     * {@value CheckinCodes#MAX_WRONG} wrong codes in 10 minutes, with the minutes to wait; a wrong code is counted even
     * though the refusal rolls the rest back.
     */
    @Secured(Roles.Authorities.RESIDENT)
    public void checkIn(long sessionId, String code) {
        PortalUser me = SignedIn.require();
        SessionRow row = access.readable(sessionId, me, true);
        Instant now = clock.instant();
        var wait = CheckinCodes.wait(sessions.checkinFailures(me.id(), now.minus(CheckinCodes.WRONG_WINDOW)), now);
        if (wait.isPresent()) {
            long minutes = Math.max(1, (wait.get().getSeconds() + 59) / 60);
            throw new LectureException("lecture.refused.checkin-too-many", String.valueOf(minutes));
        }
        if (row.cancelledAt() != null) {
            throw new LectureException("lecture.refused.cancelled");
        }
        if (row.checkinCodeHash() == null || !CheckinCodes.open(row.startsAt(), row.endsAt(), now)) {
            throw new LectureException("lecture.refused.checkin-closed",
                    JapaneseDates.isoDateTime(row.startsAt().minus(CheckinCodes.OPENS_BEFORE)),
                    JapaneseDates.isoDateTime(row.endsAt()));
        }
        if (!CheckinCodes.hash(sessionId, code).equals(row.checkinCodeHash())) {
            wrongCodes.count(me.id(), now);
            throw new LectureException("lecture.refused.checkin-wrong-code");
        }
        if (sessions.attend(sessionId, me.id(), true, me.id(), now)) {
            audit.record(AuditEntry.of(AuditAction.LECTURE_ATTENDANCE_RECORDED, LectureAccess.OBJECT_TYPE, sessionId,
                    List.of("present", "code")));
        }
    }

    /** Attendance of the sessions that started in the fiscal year and were not cancelled, up to now. */
    @Secured({Roles.Authorities.WARD_STAFF, Roles.Authorities.CONTRACTOR_MANAGER, Roles.Authorities.CONTRACTOR_HANDLER})
    @Transactional(readOnly = true)
    public AttendanceReport report(int fiscalYear) {
        PortalUser me = SignedIn.require();
        if (!Roles.WARD_STAFF.equals(me.role())) {
            access.requireOrganiser(me);
        }
        Instant now = clock.instant();
        List<SessionRow> rows = sessions.all().stream()
                .filter(r -> r.cancelledAt() == null && r.startsAt().isBefore(now))
                .filter(r -> JapaneseDates.fiscalYearOf(LocalDate.ofInstant(r.startsAt(), JapaneseDates.ZONE))
                        == fiscalYear)
                .sorted(java.util.Comparator.comparing(SessionRow::startsAt)).toList();
        if (rows.isEmpty()) {
            return new AttendanceReport(fiscalYear, List.of(), List.of());
        }
        List<Long> ids = rows.stream().map(SessionRow::id).toList();
        Set<String> present = new HashSet<>();
        sessions.attendance(ids).forEach(a -> present.add(a.sessionId() + ":" + a.residentId()));
        Map<Long, int[]> perSession = new HashMap<>();
        Map<Long, int[]> perResident = new HashMap<>();
        for (InvitationRow i : sessions.invitations(ids)) {
            boolean came = present.contains(i.sessionId() + ":" + i.residentId());
            int[] s = perSession.computeIfAbsent(i.sessionId(), k -> new int[2]);
            int[] r = perResident.computeIfAbsent(i.residentId(), k -> new int[2]);
            s[0]++;
            r[0]++;
            if (came) {
                s[1]++;
                r[1]++;
            }
        }
        var names = people.displayNames(perResident.keySet());
        List<AttendanceReport.PerSession> bySession = new ArrayList<>();
        for (SessionRow r : rows) {
            int[] c = perSession.getOrDefault(r.id(), new int[2]);
            bySession.add(new AttendanceReport.PerSession(r.id(), r.title(), r.kind(), r.startsAt(), c[0], c[1]));
        }
        List<AttendanceReport.PerResident> byResident = perResident.entrySet().stream()
                .map(e -> new AttendanceReport.PerResident(e.getKey(), names.getOrDefault(e.getKey(), "#" + e.getKey()),
                        e.getValue()[0], e.getValue()[1]))
                .sorted(java.util.Comparator.comparing(AttendanceReport.PerResident::penName)).toList();
        return new AttendanceReport(fiscalYear, bySession, byResident);
    }

    /** Wrong codes are written in a transaction of their own, so the refusal that follows does not undo them. */
    @org.springframework.stereotype.Component
    static class WrongCodes {

        private final LectureRepository sessions;

        WrongCodes(LectureRepository sessions) {
            this.sessions = sessions;
        }

        @Transactional(propagation = Propagation.REQUIRES_NEW)
        public void count(long residentId, Instant at) {
            sessions.checkinFailed(residentId, at);
        }
    }
}
