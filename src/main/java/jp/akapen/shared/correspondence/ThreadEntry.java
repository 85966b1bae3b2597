package jp.akapen.shared.correspondence;

import java.time.Instant;

/**
 * A message of a thread that is not a mail: a reply on a correction, the editor's note on a change, a round
 * returned. {@code author} by pen name or display name; {@code round} the correction round's number (0 when none);
 * {@code labelKey} an i18n key qualifying it (a change's reason), or null; {@code text} as written (null for a
 * returned round, which the page puts into words).
 */
public record ThreadEntry(Instant at, Kind kind, String author, int round, String labelKey, String text) {

    public enum Kind {
        ROUND_RETURNED,
        CORRECTION_NOTE,
        REPLY
    }

    @Override
    public String toString() {
        return "ThreadEntry[" + kind + ", " + at + "]";
    }
}
