package jp.akapen.manuscript;

import java.time.Instant;

/** An immutable text of a manuscript. */
public record Version(long id, int number, String body, VersionOrigin origin, String sourceName,
        String sourceCharset, Integer roundNumber, long authorId, String authorName, Instant createdAt) {

    public int length() {
        return body.codePointCount(0, body.length());
    }
}
