package jp.akapen.shared.correspondence;

import java.util.Optional;
import java.util.regex.Pattern;

/** Which thread a mail belongs to: the owning area's kind ({@code article}, {@code lecture}) and its id there. */
public record ThreadKey(String kind, long id) {

    public static final String ARTICLE = "article";
    public static final String LECTURE = "lecture";

    private static final Pattern KIND = Pattern.compile("[a-z]{1,20}");
    private static final Pattern TEXT = Pattern.compile("([a-z]{1,20})-([0-9]{1,18})");

    public ThreadKey {
        if (kind == null || !KIND.matcher(kind).matches() || id <= 0) {
            throw new IllegalArgumentException("Not a thread: " + kind + " " + id);
        }
    }

    public static ThreadKey article(long articleId) {
        return new ThreadKey(ARTICLE, articleId);
    }

    public static ThreadKey lecture(long lectureId) {
        return new ThreadKey(LECTURE, lectureId);
    }

    /** Reads {@link #text()} back; empty for anything else (a hand-typed address, say). */
    public static Optional<ThreadKey> parse(String text) {
        var m = text == null ? null : TEXT.matcher(text);
        if (m == null || !m.matches()) {
            return Optional.empty();
        }
        long id = Long.parseLong(m.group(2));
        return id <= 0 ? Optional.empty() : Optional.of(new ThreadKey(m.group(1), id));
    }

    /** As a route parameter: {@code lecture-42}. */
    public String text() {
        return kind + "-" + id;
    }
}
