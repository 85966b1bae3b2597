package jp.akapen.lecture;

import java.time.Instant;
import java.util.List;

/**
 * What the organiser enters to schedule a lecture or a meeting. {@code materialFileIds}: portal files
 * ({@code mail.files}) the residents reach through access-checked links.
 */
public record LectureDraft(long cohortId, LectureKind kind, String title, Instant startsAt, Instant endsAt,
        String place, String onlineUrl, Integer capacity, String agenda, Instant rsvpDeadline,
        List<Long> materialFileIds) {

    public LectureDraft {
        materialFileIds = materialFileIds == null ? List.of() : List.copyOf(materialFileIds);
    }
}
