package jp.akapen.manuscript;

import java.time.Instant;
import java.util.List;

/**
 * Who did what to a manuscript, when (kind names match the manuscript_event table).
 *
 * @param detail the event's figures, comma-separated; for a resolved conflict, the change's text
 */
public record HistoryEntry(Instant at, String kind, Integer roundNumber, long actorId, String actorName,
        String detail) {

    /** The figures (or text) to put into the event's message. */
    public List<String> args() {
        if (detail == null) {
            return List.of();
        }
        return "CONFLICT_RESOLVED".equals(kind) ? List.of(detail) : List.of(detail.split(","));
    }
}
