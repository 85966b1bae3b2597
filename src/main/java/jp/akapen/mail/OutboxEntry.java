package jp.akapen.mail;

import java.time.Instant;
import java.util.List;

/**
 * A message as the outbox page lists it: by account ids, never addresses. {@code lastError} is an i18n key,
 * optionally followed by {@code :<account id>} of the recipient concerned; {@code nextAttemptAt} null means no
 * further attempt will be made by itself.
 */
public record OutboxEntry(long id, OutboxKind kind, OutboxState state, int attempts, Instant nextAttemptAt,
        String lastError, Instant createdAt, List<Long> recipients) {
}
