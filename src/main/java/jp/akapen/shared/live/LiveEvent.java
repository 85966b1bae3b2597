package jp.akapen.shared.live;

/**
 * Something that happened to the thing a topic names ({@link Topics}): {@code kind} says what (for example
 * {@code version-saved}, {@code presence}), {@code actorId} who did it (null for the portal itself).
 */
public record LiveEvent(String topic, String kind, Long actorId) {

    /** Whether someone else than {@code accountId} did it (the portal itself counts as someone else). */
    public boolean byOtherThan(long accountId) {
        return actorId == null || actorId != accountId;
    }
}
