package jp.akapen.lecture;

import java.time.Instant;
import java.util.List;

/**
 * A session as its readers see it listed. {@code attending}: residents who answered 出席; {@code invited}: the cohort's
 * residents invited (when it was scheduled, and those who joined later); {@code cancelReason}: why it was cancelled,
 * null when it was not (or was before reasons were kept); {@code myAnswer}: the signed-in resident's answer, null for others or when none.
 */
public record Lecture(long id, long cohortId, int fiscalYear, LectureKind kind, String title, Instant startsAt,
        Instant endsAt, String place, String onlineUrl, Integer capacity, String agenda, Instant rsvpDeadline,
        boolean cancelled, String cancelReason, Long invitationMailId, List<Material> materials, int invited, int attending,
        Rsvp myAnswer) {

    public Lecture {
        materials = List.copyOf(materials);
    }

    /** A portal file attached to the session, read through its access-checked download link. */
    public record Material(long fileId, String name, String url) {
    }
}
