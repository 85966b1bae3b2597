package jp.akapen.shared.notification;

import java.time.Instant;
import java.util.List;

/** A notice as its reader sees it; {@code messageKey} and {@code args} are translated on display. */
public record Notice(long id, String messageKey, List<String> args, String link, Instant createdAt, boolean read) {
}
