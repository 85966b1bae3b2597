package jp.akapen.lecture;

import java.time.Instant;
import java.util.List;

/** Attendance over one fiscal year for the ward: per past session and per resident (by pen name). */
public record AttendanceReport(int fiscalYear, List<PerSession> sessions, List<PerResident> residents) {

    public AttendanceReport {
        sessions = List.copyOf(sessions);
        residents = List.copyOf(residents);
    }

    public record PerSession(long sessionId, String title, LectureKind kind, Instant startsAt, int invited,
            int attended) {

        public int percent() {
            return invited == 0 ? 0 : Math.round(100f * attended / invited);
        }
    }

    public record PerResident(long residentId, String penName, int invited, int attended) {

        public int percent() {
            return invited == 0 ? 0 : Math.round(100f * attended / invited);
        }
    }
}
