package jp.akapen.manuscript.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.html.Div;
import java.util.List;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.ins.InsExtension;
import org.commonmark.node.Node;
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
 * The link and text rules are {@link MarkdownPolicy}'s, the walk is {@link MarkdownRenderer}'s.
 * Styled by {@code frontend/markdown-preview.css} (class {@code markdown-preview}).
 */
public class MarkdownPreview extends Composite<Div> implements HasSize, HasStyle {

    /** How many nested Markdown nodes are rendered as elements; deeper content becomes plain text. */
    static final int MAX_DEPTH = 32;

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
        new MarkdownRenderer(root).render(document);
    }

    public String getMarkdown() {
        return markdown;
    }
}
