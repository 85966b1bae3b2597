package jp.akapen.shared.correspondence;

import java.time.Instant;

/** How many messages of its own a thread's area holds, and when the last was written. */
public record ThreadActivity(int messages, Instant lastAt) {
}
