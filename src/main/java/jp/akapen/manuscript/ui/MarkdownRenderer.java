package jp.akapen.manuscript.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasComponents;
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
import java.util.Locale;
import java.util.Optional;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableBody;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.ins.Ins;
import org.commonmark.node.AbstractVisitor;
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

/**
 * Turns one parsed CommonMark document into Vaadin components under a container, text through
 * text nodes only, links as {@link MarkdownPolicy} says, every line break of the source as a
 * {@code <br>}, furigana in Aozora Bunko's notation as {@code <ruby>} with {@code <rt>}; nesting deeper than {@link MarkdownPreview#MAX_DEPTH} becomes plain text. Not reusable.
 */
final class MarkdownRenderer extends AbstractVisitor {

    private HasComponents parent;
    private int depth;

    MarkdownRenderer(HasComponents root) {
        this.parent = root;
    }

    void render(Node document) {
        document.accept(this);
    }

    private void text(String literal) {
        if (literal.isEmpty()) {
            return;
        }
        for (MarkdownPolicy.Segment segment : MarkdownPolicy.rubySegments(literal)) {
            if (segment.reading() == null) {
                parent.add(new com.vaadin.flow.component.Text(segment.text()));
            } else {
                // <rp> brackets show the reading inline where ruby is not laid out, e.g. when copied
                parent.add(new Ruby(new com.vaadin.flow.component.Text(segment.text()), new RubyParenthesis("（"),
                        new RubyText(segment.reading()), new RubyParenthesis("）")));
            }
        }
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
            if (depth > MarkdownPreview.MAX_DEPTH) {
                Span flattened = new Span(MarkdownPolicy.plainText(node));
                flattened.addClassName("md-flattened");
                parent.add(flattened);
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
    }

    @Override
    public void visit(IndentedCodeBlock codeBlock) {
        parent.add(new Pre(new Code(codeBlock.getLiteral())));
    }

    @Override
    public void visit(HtmlBlock htmlBlock) {
        Div raw = new Div();
        raw.addClassName("md-raw-html");
        raw.setText(htmlBlock.getLiteral().stripTrailing());
        parent.add(raw);
    }

    @Override
    public void visit(ThematicBreak thematicBreak) {
        parent.add(new Hr());
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
        // Japanese drafts break lines where the writer means it: show each break, as the editor does
        parent.add(new LineBreak());
    }

    @Override
    public void visit(HardLineBreak hardLineBreak) {
        parent.add(new LineBreak());
    }

    @Override
    public void visit(Link link) {
        Optional<String> href = MarkdownPolicy.safeHref(link.getDestination());
        if (href.isPresent()) {
            Anchor anchor = new Anchor();
            try {
                anchor.setHref(href.get()); // Vaadin checks it again against its own safe schemes
            } catch (IllegalArgumentException unsafe) {
                removedLink(link);
                return;
            }
            if (MarkdownPolicy.isExternal(href.get())) {
                anchor.setTarget(AnchorTarget.BLANK);
                anchor.getElement().setAttribute("rel", MarkdownPolicy.EXTERNAL_REL);
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
        Span alt = new Span(MarkdownPolicy.plainText(image).replace('\n', ' ').strip());
        alt.addClassName("md-image");
        if (image.getTitle() != null && !image.getTitle().isBlank()) {
            alt.setTitle(image.getTitle());
        }
        parent.add(alt);
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

    // ---- elements Vaadin has no class for ----

    @Tag("strong")
    private static final class Strong extends HtmlContainer {
    }

    @Tag("blockquote")
    private static final class Blockquote extends HtmlContainer {
    }

    @Tag("ins")
    private static final class Inserted extends HtmlContainer {
    }

    @Tag("br")
    private static final class LineBreak extends HtmlComponent {
    }

    @Tag("ruby")
    private static final class Ruby extends HtmlContainer {
        Ruby(Component... parts) {
            super(parts);
        }
    }

    @Tag("rt")
    private static final class RubyText extends HtmlContainer {
        RubyText(String reading) {
            setText(reading);
        }
    }

    @Tag("rp")
    private static final class RubyParenthesis extends HtmlContainer {
        RubyParenthesis(String bracket) {
            setText(bracket);
        }
    }
}
