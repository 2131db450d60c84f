package news.portal.markdown;

import java.util.Map;

import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataKey;
import com.vladsch.flexmark.util.data.MutableDataHolder;

import news.portal.image.ImageSizes;

/**
 * A flexmark renderer extension that writes {@code width}, {@code height}, {@code loading="lazy"} and
 * {@code decoding="async"} on every {@code <img>} of a body. Body images sit below the article's header and
 * cover, out of the first screen, so the browser may fetch them when the reader scrolls near them; the size
 * reserves their box meanwhile, so the text does not move when they arrive. The sizes are looked up before
 * rendering and travel on the parsed document ({@link #SIZES}): one renderer serves every thread.
 */
final class ImageAttributes implements HtmlRenderer.HtmlRendererExtension {

    /** The size of each image node of one document that has one. */
    static final DataKey<Map<Node, ImageSizes.Size>> SIZES = new DataKey<>("NEWS_PORTAL_IMAGE_SIZES", Map.of());

    static ImageAttributes create() {
        return new ImageAttributes();
    }

    private ImageAttributes() {
    }

    @Override
    public void rendererOptions(MutableDataHolder options) {
        // no options of its own
    }

    @Override
    public void extend(HtmlRenderer.Builder builder, String rendererType) {
        builder.attributeProviderFactory(new IndependentAttributeProviderFactory() {
            @Override
            public AttributeProvider apply(LinkResolverContext context) {
                return provider(SIZES.get(context.getDocument()));
            }
        });
    }

    private static AttributeProvider provider(Map<Node, ImageSizes.Size> sizes) {
        return (node, part, attributes) -> {
            // flexmark asks for an image's attributes once, as the LINK part of the Image or ImageRef node
            if (part != AttributablePart.LINK || !(node instanceof Image || node instanceof ImageRef)) {
                return;
            }
            ImageSizes.Size size = sizes.get(node);
            if (size != null) {
                attributes.replaceValue("width", Integer.toString(size.width()));
                attributes.replaceValue("height", Integer.toString(size.height()));
            }
            attributes.replaceValue("loading", "lazy");
            attributes.replaceValue("decoding", "async");
        };
    }
}
