package jp.akapen.shared.live;

/**
 * Someone with a page of a topic open right now, and what they are doing there: {@code activity} is a short key
 * ({@code writing}, {@code correcting}, {@code reviewing}, {@code reading}), {@code detail} a number it may need (the
 * round) or null. {@code mine} tells whether the entry is the asking page's own.
 */
public record Presence(long entryId, long accountId, String role, String activity, Integer detail, boolean mine) {
}
