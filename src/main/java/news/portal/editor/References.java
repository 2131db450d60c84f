package news.portal.editor;

import java.util.ArrayList;
import java.util.List;

import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.RefNode;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;

/**
 * Finds the links and images of an article body by parsing it as the bake does (flexmark, the same
 * extensions as {@code news.portal.markdown.MarkdownRenderer}, so a table cell or a footnote is read
 * the same way), without rendering HTML. Thread-safe.
 */
final class References {

    /**
     * A link or image as written.
     *
     * @param url   the address, e.g. {@code ../10/a.md} or {@code /images/a.jpg}
     * @param line  1-based line in the file
     * @param image whether it is an image
     */
    record Ref(String url, int line, boolean image) { }

    private final Parser parser;

    References() {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), StrikethroughExtension.create(),
                AutolinkExtension.create(), FootnoteExtension.create()));
        parser = Parser.builder(options).build();
    }

    /**
     * @param markdown the body
     * @param bodyLine the line of the file where the body starts, so that lines are the file's
     */
    List<Ref> find(String markdown, int bodyLine) {
        if (!markdown.contains("](") && !markdown.contains("]:")) {
            // every inline link and image has "](" and every reference definition "]:"; most articles have
            // neither, and skipping their parse keeps a check of the whole site fast enough for a hook
            return List.of();
        }
        Document document = parser.parse(markdown);
        List<Ref> refs = new ArrayList<>();
        for (Node node : document.getDescendants()) {
            if (node instanceof Link link) {
                refs.add(new Ref(link.getUrl().toString(), bodyLine + node.getLineNumber(), false));
            } else if (node instanceof Image image) {
                refs.add(new Ref(image.getUrl().toString(), bodyLine + node.getLineNumber(), true));
            } else if ((node instanceof LinkRef || node instanceof ImageRef) && ((RefNode) node).isDefined()) {
                // [文字][1] with "[1]: /images/a.jpg" further down: the address is in the definition
                Reference definition = ((RefNode) node).getReferenceNode(document);
                if (definition != null) {
                    refs.add(new Ref(definition.getUrl().toString(), bodyLine + node.getLineNumber(),
                            node instanceof ImageRef));
                }
            }
        }
        return refs;
    }
}
