package jp.akapen.manuscript.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.commonmark.node.Block;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;

/**
 * What the Markdown preview lets through and how it joins text, apart from any component: which
 * link targets keep an href (http, https, mailto, relative) and which open in a new tab; the
 * plain text under a node, gathered without recursion; and where ruby (furigana) in Aozora Bunko's
 * notation begins and ends.
 */
final class MarkdownPolicy {

    private static final Set<String> SAFE_SCHEMES = Set.of("http", "https", "mailto");
    static final String EXTERNAL_REL = "noopener noreferrer nofollow";

    private MarkdownPolicy() {
    }

    // ---- links ----------------------------------------------------------------------------------

    /**
     * The href a link may keep, or empty if it must lose it. Control characters (which browsers
     * drop, turning {@code java\tscript:} into {@code javascript:}) are removed and surrounding
     * white space trimmed; then any URL with a scheme (a colon before the first {@code / ? # \})
     * keeps its href only if that scheme is http, https or mailto. URLs without a scheme are
     * relative and stay on this site.
     */
    static Optional<String> safeHref(String destination) {
        if (destination == null) {
            return Optional.empty();
        }
        StringBuilder cleaned = new StringBuilder(destination.length());
        destination.codePoints()
                .filter(cp -> !Character.isISOControl(cp))
                .forEach(cleaned::appendCodePoint);
        String url = cleaned.toString().strip();
        int colon = url.indexOf(':');
        if (colon >= 0 && colon < firstPathDelimiter(url)) {
            String scheme = url.substring(0, colon).toLowerCase(Locale.ROOT);
            return SAFE_SCHEMES.contains(scheme) ? Optional.of(url) : Optional.empty();
        }
        return Optional.of(url);
    }

    /** Absolute web links, including scheme-relative ones ({@code //host}, {@code \\host}). */
    static boolean isExternal(String safeHref) {
        String lower = safeHref.toLowerCase(Locale.ROOT);
        return lower.startsWith("http:") || lower.startsWith("https:")
                || lower.length() >= 2 && isSlash(lower.charAt(0)) && isSlash(lower.charAt(1));
    }

    private static boolean isSlash(char c) {
        return c == '/' || c == '\\'; // browsers read a backslash in a web URL as a slash
    }

    private static int firstPathDelimiter(String url) {
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c == '/' || c == '?' || c == '#' || c == '\\') {
                return i;
            }
        }
        return url.length();
    }

    // ---- plain text -----------------------------------------------------------------------------

    /**
     * The text under a node, gathered without recursion so that any depth is safe. Blocks end
     * with a line break; soft breaks keep the author's line break.
     */
    static String plainText(Node root) {
        StringBuilder text = new StringBuilder();
        Node node = root.getFirstChild();
        while (node != null) {
            appendLiteral(node, text);
            if (node.getFirstChild() != null) {
                node = node.getFirstChild();
                continue;
            }
            while (node != null && node != root) {
                if (node instanceof Block && !text.isEmpty() && text.charAt(text.length() - 1) != '\n') {
                    text.append('\n');
                }
                if (node.getNext() != null) {
                    node = node.getNext();
                    break;
                }
                node = node.getParent();
            }
            if (node == root) {
                break;
            }
        }
        return text.toString();
    }

    private static void appendLiteral(Node node, StringBuilder text) {
        switch (node) {
            case Text t -> text.append(t.getLiteral());
            case org.commonmark.node.Code c -> text.append(c.getLiteral());
            case HtmlInline h -> text.append(h.getLiteral());
            case HtmlBlock h -> text.append(h.getLiteral());
            case FencedCodeBlock f -> text.append(f.getLiteral());
            case IndentedCodeBlock i -> text.append(i.getLiteral());
            case SoftLineBreak s -> text.append('\n');
            case HardLineBreak h -> text.append('\n');
            default -> { }
        }
    }

    // ---- ruby (furigana) ------------------------------------------------------------------------

    /** Plain text ({@code reading} null) or a base text with its reading. */
    record Segment(String text, String reading) {
    }

    /**
     * Splits text at the ruby of Aozora Bunko's notation: ｜base《reading》, and the short form
     * kanji《reading》, where the reading belongs to the run of kanji (with 々, 〆, 〇, ヵ, ヶ) just
     * before 《. Neither part may span a line or hold ｜, 《 or 》; anything that is not ruby by these
     * rules stays as written (a 《 after kana is just a bracket).
     */
    static List<Segment> rubySegments(String text) {
        List<Segment> segments = new ArrayList<>();
        int plainFrom = 0;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            int baseFrom = -1;
            int open = -1;
            if (c == '｜') {
                open = text.indexOf('《', i + 1);
                baseFrom = i + 1;
                if (open <= baseFrom || !isRubyPart(text, baseFrom, open)) {
                    open = -1;
                }
            } else if (c == '《') {
                int start = i;
                while (start > plainFrom && isKanji(text.codePointBefore(start))) {
                    start -= Character.charCount(text.codePointBefore(start));
                }
                if (start < i) {
                    baseFrom = start;
                    open = i;
                }
            }
            int close = open < 0 ? -1 : text.indexOf('》', open + 1);
            if (close > open + 1 && isRubyPart(text, open + 1, close)) {
                int plainTo = c == '｜' ? i : baseFrom;
                if (plainTo > plainFrom) {
                    segments.add(new Segment(text.substring(plainFrom, plainTo), null));
                }
                segments.add(new Segment(text.substring(baseFrom, open), text.substring(open + 1, close)));
                plainFrom = close + 1;
                i = close + 1;
            } else {
                i++;
            }
        }
        if (plainFrom < text.length()) {
            segments.add(new Segment(text.substring(plainFrom), null));
        }
        return segments;
    }

    private static boolean isRubyPart(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '｜' || c == '《' || c == '》' || c == '\n') {
                return false;
            }
        }
        return true;
    }

    private static boolean isKanji(int cp) {
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN || cp == 'ヵ' || cp == 'ヶ';
    }
}
