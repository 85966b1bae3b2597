package jp.akapen.manuscript.ui;

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
 * plain text under a node, gathered without recursion.
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
}
