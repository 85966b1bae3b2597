package jp.akapen.manuscript.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.HtmlComponent;
import com.vaadin.flow.component.HtmlContainer;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Code;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Emphasis;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.H5;
import com.vaadin.flow.component.html.H6;
import com.vaadin.flow.component.html.Hr;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableBody;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.ins.Ins;
import org.commonmark.ext.ins.InsExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Block;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Document;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A CommonMark preview of a manuscript version (W2), built from Vaadin components by walking the
 * CommonMark syntax tree, so that nothing the author wrote is ever parsed as HTML by the browser:
 * <ul>
 *   <li>all text reaches the page through text nodes only; raw HTML in the Markdown is shown as
 *       literal text;</li>
 *   <li>links keep an href only for {@code http:}, {@code https:}, {@code mailto:} and relative
 *       or fragment URLs; anything else ({@code javascript:}, {@code data:}, ...) is shown as plain
 *       text; absolute web links open in a new tab with {@code rel="noopener noreferrer nofollow"};</li>
 *   <li>images are never loaded (no requests to third parties): their alt text is shown
 *       instead;</li>
 *   <li>nesting deeper than {@value #MAX_DEPTH} levels is flattened to text, so hostile input
 *       cannot exhaust the stack; input so deep that the CommonMark parser itself overflows is
 *       shown as plain text.</li>
 * </ul>
 * Styled by {@code frontend/markdown-preview.css} (class {@code markdown-preview}).
 */
public class MarkdownPreview extends Composite<Div> implements HasSize, HasStyle {

    /** How many nested Markdown nodes are rendered as elements; deeper content becomes plain text. */
    static final int MAX_DEPTH = 32;

    private static final Set<String> SAFE_SCHEMES = Set.of("http", "https", "mailto");
    private static final String EXTERNAL_REL = "noopener noreferrer nofollow";

    private static final Logger log = LoggerFactory.getLogger(MarkdownPreview.class);

    /** Thread-safe per the CommonMark documentation, so one parser serves every preview. */
    private static final Parser PARSER = Parser.builder()
            .extensions(List.of(TablesExtension.create(), InsExtension.create()))
            .build();

    static {
        // Load every parser class now, so that a stack overflow on hostile input (see setMarkdown)
        // can never strike in the middle of loading one.
        PARSER.parse("# h\n\n> *a* **b** ++c++ `d` [e](f) ![g](h) <i>\n\n- j\n1. k\n\n| l |\n|---|\n| m |\n\n```\nn\n```\n");
    }

    private String markdown = "";

    public MarkdownPreview(String markdown) {
        getContent().addClassName("markdown-preview");
        setMarkdown(markdown);
    }

    /** Replaces what is shown with the given Markdown; {@code null} shows nothing. */
    public void setMarkdown(String markdown) {
        this.markdown = markdown == null ? "" : markdown;
        Div root = getContent();
        root.removeAll();
        Node document;
        try {
            document = PARSER.parse(this.markdown);
        } catch (StackOverflowError tooDeep) {
            // CommonMark's inline parser recurses once per nesting level (e.g. 20,000 asterisks);
            // its state is per parse, so nothing is left broken. Show the source as plain text.
            log.warn("Markdown of {} characters nests too deeply to parse; shown as plain text",
                    this.markdown.length());
            Div unparsed = new Div();
            unparsed.addClassName("md-unparsed");
            unparsed.setText(this.markdown);
            root.add(unparsed);
            return;
        }
        new Renderer(root).render(document);
    }

    public String getMarkdown() {
        return markdown;
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

    // ---- soft line breaks -----------------------------------------------------------------------

    /**
     * Whether a character belongs to Japanese (or Chinese) writing, where a line break in the
     * source is only a wrap and must not become a space between words.
     */
    static boolean isEastAsian(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        if (script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.BOPOMOFO) {
            return true;
        }
        Character.UnicodeBlock block = Character.UnicodeBlock.of(cp);
        return block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                || block == Character.UnicodeBlock.HIRAGANA
                || block == Character.UnicodeBlock.KATAKANA
                || block == Character.UnicodeBlock.KATAKANA_PHONETIC_EXTENSIONS
                || block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS
                || block == Character.UnicodeBlock.CJK_COMPATIBILITY
                || block == Character.UnicodeBlock.CJK_COMPATIBILITY_FORMS
                || block == Character.UnicodeBlock.ENCLOSED_CJK_LETTERS_AND_MONTHS
                || block == Character.UnicodeBlock.VERTICAL_FORMS
                // dashes and leaders of Japanese prose: ―― …… ‥
                || cp == 0x2014 || cp == 0x2015 || cp == 0x2025 || cp == 0x2026;
    }

    /** The first character of text that follows a node, looking into its following siblings. */
    private static int firstCharAfter(Node node) {
        Node next = node.getNext();
        while (next != null) {
            String literal = switch (next) {
                case Text t -> t.getLiteral();
                case org.commonmark.node.Code c -> c.getLiteral();
                default -> null;
            };
            if (literal != null) {
                return literal.isEmpty() ? -1 : literal.codePointAt(0);
            }
            next = next.getFirstChild();
        }
        return -1;
    }

    // ---- elements Vaadin has no class for ---------------------------------------------------------

    @Tag("strong")
    static final class Strong extends HtmlContainer {
    }

    @Tag("blockquote")
    static final class Blockquote extends HtmlContainer {
    }

    @Tag("ins")
    static final class Inserted extends HtmlContainer {
    }

    @Tag("br")
    static final class LineBreak extends HtmlComponent {
    }

    // ---- the walk -------------------------------------------------------------------------------

    /** Turns one parsed document into components under a container. Not reusable. */
    private static final class Renderer extends AbstractVisitor {

        private HasComponents parent;
        private int depth;
        /** The last character put on the page, for the soft line break rule; -1 for none. */
        private int lastChar = -1;

        Renderer(HasComponents root) {
            this.parent = root;
        }

        void render(Node document) {
            document.accept(this);
        }

        private void text(String literal) {
            if (literal.isEmpty()) {
                return;
            }
            parent.add(new com.vaadin.flow.component.Text(literal));
            lastChar = literal.codePointBefore(literal.length());
        }

        /** Adds a container and renders the node's children into it, or their text if too deep. */
        private void into(Component container, Node node) {
            parent.add(container);
            childrenInto((HasComponents) container, node);
        }

        private void childrenInto(HasComponents container, Node node) {
            HasComponents saved = parent;
            parent = container;
            depth++;
            try {
                if (depth > MAX_DEPTH) {
                    Span flattened = new Span(plainText(node));
                    flattened.addClassName("md-flattened");
                    parent.add(flattened);
                    lastChar = -1;
                } else {
                    visitChildren(node);
                }
            } finally {
                depth--;
                parent = saved;
            }
        }

        @Override
        public void visit(Document document) {
            visitChildren(document);
        }

        @Override
        public void visit(Heading heading) {
            Component h = switch (heading.getLevel()) {
                case 1 -> new H1();
                case 2 -> new H2();
                case 3 -> new H3();
                case 4 -> new H4();
                case 5 -> new H5();
                default -> new H6();
            };
            into(h, heading);
        }

        @Override
        public void visit(Paragraph paragraph) {
            // like CommonMark's own HTML: no <p> around the text of a tight list item
            if (paragraph.getParent() instanceof ListItem item && item.getParent() instanceof ListBlock list
                    && list.isTight()) {
                childrenInto(parent, paragraph);
            } else {
                into(new com.vaadin.flow.component.html.Paragraph(), paragraph);
            }
        }

        @Override
        public void visit(BlockQuote blockQuote) {
            into(new Blockquote(), blockQuote);
        }

        @Override
        public void visit(BulletList bulletList) {
            into(new com.vaadin.flow.component.html.UnorderedList(), bulletList);
        }

        @Override
        public void visit(OrderedList orderedList) {
            var list = new com.vaadin.flow.component.html.OrderedList();
            Integer start = orderedList.getMarkerStartNumber();
            if (start != null && start != 1) {
                list.getElement().setAttribute("start", String.valueOf(start));
            }
            into(list, orderedList);
        }

        @Override
        public void visit(ListItem listItem) {
            into(new com.vaadin.flow.component.html.ListItem(), listItem);
        }

        @Override
        public void visit(FencedCodeBlock codeBlock) {
            Code code = new Code(codeBlock.getLiteral());
            String info = codeBlock.getInfo() == null ? "" : codeBlock.getInfo().strip();
            String language = info.split("\\s+", 2)[0].replaceAll("[^A-Za-z0-9_+#-]", "");
            if (!language.isEmpty()) {
                code.addClassName("language-" + language.substring(0, Math.min(32, language.length())));
            }
            parent.add(new Pre(code));
            lastChar = -1;
        }

        @Override
        public void visit(IndentedCodeBlock codeBlock) {
            parent.add(new Pre(new Code(codeBlock.getLiteral())));
            lastChar = -1;
        }

        @Override
        public void visit(HtmlBlock htmlBlock) {
            Div raw = new Div();
            raw.addClassName("md-raw-html");
            raw.setText(htmlBlock.getLiteral().stripTrailing());
            parent.add(raw);
            lastChar = -1;
        }

        @Override
        public void visit(ThematicBreak thematicBreak) {
            parent.add(new Hr());
            lastChar = -1;
        }

        @Override
        public void visit(LinkReferenceDefinition definition) {
            // used by the links that refer to it; shows nothing itself
        }

        @Override
        public void visit(Text text) {
            text(text.getLiteral());
        }

        @Override
        public void visit(org.commonmark.node.Code code) {
            parent.add(new Code(code.getLiteral()));
            String literal = code.getLiteral();
            lastChar = literal.isEmpty() ? lastChar : literal.codePointBefore(literal.length());
        }

        @Override
        public void visit(HtmlInline htmlInline) {
            text(htmlInline.getLiteral());
        }

        @Override
        public void visit(org.commonmark.node.Emphasis emphasis) {
            into(new Emphasis(), emphasis);
        }

        @Override
        public void visit(StrongEmphasis strongEmphasis) {
            into(new Strong(), strongEmphasis);
        }

        @Override
        public void visit(SoftLineBreak softLineBreak) {
            // Japanese has no spaces between words: a wrapped line joins without one
            int next = firstCharAfter(softLineBreak);
            if (lastChar >= 0 && isEastAsian(lastChar) || next >= 0 && isEastAsian(next)) {
                return;
            }
            text(" ");
        }

        @Override
        public void visit(HardLineBreak hardLineBreak) {
            parent.add(new LineBreak());
            lastChar = -1;
        }

        @Override
        public void visit(Link link) {
            Optional<String> href = safeHref(link.getDestination());
            if (href.isPresent()) {
                Anchor anchor = new Anchor();
                try {
                    anchor.setHref(href.get()); // Vaadin checks it again against its own safe schemes
                } catch (IllegalArgumentException unsafe) {
                    removedLink(link);
                    return;
                }
                if (isExternal(href.get())) {
                    anchor.setTarget(AnchorTarget.BLANK);
                    anchor.getElement().setAttribute("rel", EXTERNAL_REL);
                }
                if (link.getTitle() != null && !link.getTitle().isBlank()) {
                    anchor.setTitle(link.getTitle());
                }
                into(anchor, link);
            } else {
                removedLink(link);
            }
        }

        private void removedLink(Link link) {
            Span text = new Span();
            text.addClassName("md-link-removed");
            into(text, link);
        }

        @Override
        public void visit(Image image) {
            // never load the image: no requests to third parties, no tracking pixels
            Span alt = new Span(plainText(image).replace('\n', ' ').strip());
            alt.addClassName("md-image");
            if (image.getTitle() != null && !image.getTitle().isBlank()) {
                alt.setTitle(image.getTitle());
            }
            parent.add(alt);
            lastChar = -1;
        }

        @Override
        public void visit(CustomBlock customBlock) {
            if (customBlock instanceof TableBlock) {
                into(new NativeTable(), customBlock);
            } else {
                childrenInto(parent, customBlock);
            }
        }

        @Override
        public void visit(CustomNode customNode) {
            switch (customNode) {
                case TableHead head -> into(new NativeTableHeader(), head);
                case TableBody body -> into(new NativeTableBody(), body);
                case TableRow row -> into(new NativeTableRow(), row);
                case TableCell cell -> into(cell(cell), cell);
                case Ins ins -> into(new Inserted(), ins);
                default -> childrenInto(parent, customNode);
            }
        }

        private static Component cell(TableCell cell) {
            HtmlContainer c = cell.isHeader() ? new NativeTableHeaderCell() : new NativeTableCell();
            if (cell.getAlignment() != null) {
                c.getStyle().set("text-align", cell.getAlignment().name().toLowerCase(Locale.ROOT));
            }
            return c;
        }
    }
}
