package news.portal.markdown;

import java.util.Set;

import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;

/**
 * Puts each table of an article body in a box that scrolls sideways on a narrow screen. The box, not the
 * table, scrolls: a table set to {@code display: block} loses its table semantics in some screen readers.
 * The box is focusable and labelled so keyboard users can scroll it too (axe: scrollable-region-focusable).
 */
final class TableScroll implements NodeRenderer {

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(new NodeRenderingHandler<>(TableBlock.class, (table, context, html) -> {
            html.line().raw("<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" aria-label=\"表格（可左右滚动）\">");
            html.line();
            context.delegateRender();
            html.line().raw("</div>").line();
        }));
    }
}
