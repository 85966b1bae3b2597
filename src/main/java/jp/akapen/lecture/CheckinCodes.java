package jp.akapen.lecture;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The short code shown at the venue (seed W3): six digits, stored only as a hash bound to its session, accepted from
 * 30 minutes before the start to the end, and refused after 5 wrong tries in 10 minutes (plain Java).
 */
final class CheckinCodes {

    static final Duration OPENS_BEFORE = Duration.ofMinutes(30);
    static final int MAX_WRONG = 5;
    static final Duration WRONG_WINDOW = Duration.ofMinutes(10);
    private static final SecureRandom RANDOM = new SecureRandom();

    private CheckinCodes() {
    }

    static String newCode() {
        return String.format("%06d", RANDOM.nextInt(1_000_000));
    }

    static String hash(long sessionId, String code) {
        try {
            var digest = MessageDigest.getInstance("SHA-256")
                    .digest((sessionId + ":" + normalise(code)).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Full-width digits (１２３) as typed on Japanese phones count; spaces and hyphens do not. */
    static String normalise(String code) {
        if (code == null) {
            return "";
        }
        var out = new StringBuilder();
        code.codePoints().forEach(c -> {
            if (c >= '０' && c <= '９') {
                out.append((char) ('0' + (c - '０')));
            } else if (!Character.isWhitespace(c) && c != '-') {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }

    static boolean open(Instant startsAt, Instant endsAt, Instant now) {
        return !now.isBefore(startsAt.minus(OPENS_BEFORE)) && !now.isAfter(endsAt);
    }

    /** How long the resident must wait, when their wrong codes in the window (oldest first) reach the limit. */
    static Optional<Duration> wait(List<Instant> wrongInWindow, Instant now) {
        if (wrongInWindow.size() < MAX_WRONG) {
            return Optional.empty();
        }
        Instant oldestCounted = wrongInWindow.get(wrongInWindow.size() - MAX_WRONG);
        Duration left = Duration.between(now, oldestCounted.plus(WRONG_WINDOW));
        return Optional.of(left.isNegative() ? Duration.ZERO : left);
    }
}
