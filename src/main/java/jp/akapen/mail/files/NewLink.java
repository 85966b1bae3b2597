package jp.akapen.mail.files;

import java.time.Instant;

/** A link just made: its absolute URL (the only time the token is known) and when it stops working. */
public record NewLink(long linkId, String url, Instant expiresAt) {
}
