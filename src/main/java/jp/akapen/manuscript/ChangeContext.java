package jp.akapen.manuscript;

/**
 * The text either side of a change, so a card can be read without searching the whole draft:
 * up to {@link #REACH} characters, never past a line break.
 */
public record ChangeContext(String before, String after) {

    static final int REACH = 20;

    public static ChangeContext around(String text, int start, int end) {
        int from = Math.max(0, start - REACH);
        int lineStart = text.lastIndexOf('\n', start - 1);
        from = Math.max(from, lineStart + 1);
        int to = Math.min(text.length(), end + REACH);
        int lineEnd = text.indexOf('\n', end);
        if (lineEnd >= 0) {
            to = Math.min(to, lineEnd);
        }
        if (from < start && Character.isLowSurrogate(text.charAt(from))) {
            from++;
        }
        if (to > end && to < text.length() && Character.isLowSurrogate(text.charAt(to))) {
            to--;
        }
        return new ChangeContext(text.substring(from, start), text.substring(end, Math.max(end, to)));
    }
}
