package jp.akapen.mail.files;

import java.time.Instant;

/** A download link as listed (its token is never kept, so never shown again). */
public record FileLink(long id, long fileId, long createdBy, Instant createdAt, Instant expiresAt, Instant revokedAt) {

    public enum State { ACTIVE, EXPIRED, REVOKED }

    public State state(Instant now) {
        return revokedAt != null ? State.REVOKED : now.isBefore(expiresAt) ? State.ACTIVE : State.EXPIRED;
    }
}
