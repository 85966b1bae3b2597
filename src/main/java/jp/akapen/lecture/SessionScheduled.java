package jp.akapen.lecture;

import java.time.Instant;

/** A lecture or meeting was scheduled for a cohort (DESIGN.md: the lecture area's event; surveys may hang off it). */
public record SessionScheduled(long sessionId, long cohortId, Instant startsAt, Instant endsAt) {
}
