package jp.akapen.manuscript;

import java.time.Instant;

/** Who did what to a manuscript, when (kind names match the manuscript_event table). */
public record HistoryEntry(Instant at, String kind, Integer roundNumber, long actorId, String actorName,
        String detail) {
}
