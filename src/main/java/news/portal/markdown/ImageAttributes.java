package news.portal.markdown;

import java.util.Map;

import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataKey;
import com.vladsch.flexmark.util.html.MutableAttributes;

import news.portal.media.ImageSize;

/**
 * Gives the images of an article body their size and lets them load late: the article's title, meta and
 * cover come first, so a body image is below the fold, and a browser that knows its size keeps the text
 * from jumping when it arrives.
 */
final class ImageAttributes implements AttributeProvider {

    /** The size of each image of the document being rendered, by its address as written in the HTML. */
    static final DataKey<Map<String, ImageSize>> SIZES = new DataKey<>("NEWS_PORTAL_IMAGE_SIZES", Map.of());

    private final Map<String, ImageSize> sizes;

    private ImageAttributes(Map<String, ImageSize> sizes) {
        this.sizes = sizes;
    }

    static IndependentAttributeProviderFactory factory() {
        return new IndependentAttributeProviderFactory() {
            @Override
            public AttributeProvider apply(LinkResolverContext context) {
                return new ImageAttributes(SIZES.get(context.getDocument()));
            }
        };
    }

    @Override
    public void setAttributes(Node node, AttributablePart part, MutableAttributes attributes) {
        if (!(node instanceof Image || node instanceof ImageRef) || attributes.getValue("src").isEmpty()) {
            return;
        }
        ImageSize size = sizes.get(attributes.getValue("src"));
        if (size != null) {
            attributes.replaceValue("width", Integer.toString(size.width()));
            attributes.replaceValue("height", Integer.toString(size.height()));
        }
        attributes.replaceValue("loading", "lazy");
        attributes.replaceValue("decoding", "async");
    }
}
