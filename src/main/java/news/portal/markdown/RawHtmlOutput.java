package news.portal.markdown;

import java.util.Map;
import java.util.Set;

import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataKey;

/**
 * Writes the raw HTML of a body as {@link RawHtml} rewrote it. The new text travels on the parsed document
 * ({@link #REWRITTEN}), as image sizes do, because one renderer serves every thread; HTML that needed no
 * change is left to flexmark.
 */
final class RawHtmlOutput implements NodeRenderer {

    /** The new text of each raw HTML node of one document that changed. */
    static final DataKey<Map<Node, String>> REWRITTEN = new DataKey<>("NEWS_PORTAL_RAW_HTML", Map.of());

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(
                new NodeRenderingHandler<>(HtmlBlock.class, (block, context, html) -> {
                    String text = REWRITTEN.get(context.getDocument()).get(block);
                    if (text == null) {
                        context.delegateRender();
                    } else {
                        html.line().rawIndentedPre(text).line();
                    }
                }),
                new NodeRenderingHandler<>(HtmlInline.class, (inline, context, html) -> {
                    String text = REWRITTEN.get(context.getDocument()).get(inline);
                    if (text == null) {
                        context.delegateRender();
                    } else {
                        html.raw(text);
                    }
                }));
    }
}
