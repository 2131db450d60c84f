package news.portal.markdown;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkNodeBase;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.RefNode;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.IndependentLinkResolverFactory;
import com.vladsch.flexmark.html.LinkResolver;
import com.vladsch.flexmark.html.renderer.LinkResolverBasicContext;
import com.vladsch.flexmark.html.renderer.LinkType;
import com.vladsch.flexmark.html.renderer.ResolvedLink;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.sequence.BasedSequence;

import org.jsoup.Jsoup;

import news.portal.image.ImageSizes;

/**
 * Renders an article's Markdown to HTML and derives its summary. Thread-safe: one instance serves
 * every thread of a bake.
 */
public final class MarkdownRenderer {

    private static final String MORE = "<!--more-->";

    private final Parser parser;
    private final HtmlRenderer renderer;
    private final HtmlPolicy policy;

    /**
     * How a renderer treats the raw HTML of a body.
     *
     * @param trustedHtml whether raw HTML stays as written ({@code markdown.raw_html=trusted}); else only
     *                    what articles use is kept and the rest removed, each removal a {@link Flaw}. Script
     *                    addresses ({@code javascript:} …) are removed under either setting
     * @param iframeHosts the sites whose players a safe body may embed in an {@code <iframe>} over https,
     *                    each matched as it is or as the end of a host ({@code v.qq.com} takes
     *                    {@code m.v.qq.com} too)
     */
    public record Options(boolean trustedHtml, List<String> iframeHosts) {

        /** The players of Bilibili, Tencent Video and Youku. */
        public static final List<String> VIDEO_HOSTS = List.of("player.bilibili.com", "v.qq.com", "player.youku.com");

        /** Safe raw HTML, players of {@link #VIDEO_HOSTS}: what a site gets without configuring anything. */
        public static final Options DEFAULT = new Options(false, VIDEO_HOSTS);

        public Options {
            iframeHosts = List.copyOf(iframeHosts);
        }
    }

    /** A renderer with the extensions a news article needs and {@link Options#DEFAULT}. */
    public MarkdownRenderer() {
        this(Options.DEFAULT);
    }

    /** A renderer with the extensions a news article needs that treats raw HTML as {@code html} says. */
    public MarkdownRenderer(Options html) {
        policy = new HtmlPolicy(html.trustedHtml(), html.iframeHosts());
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), StrikethroughExtension.create(),
                AutolinkExtension.create(), FootnoteExtension.create()));
        options.set(HtmlRenderer.SOFT_BREAK, String.valueOf(CjkBreaks.MARKER));
        options.set(HtmlRenderer.GENERATE_HEADER_ID, true);
        options.set(HtmlRenderer.RENDER_HEADER_ID, true);
        options.set(HtmlRenderer.FENCED_CODE_LANGUAGE_CLASS_PREFIX, "language-");
        options.set(TablesExtension.CLASS_NAME, "table");
        parser = Parser.builder(options).build();
        renderer = HtmlRenderer.builder(options).extensions(List.of(ImageAttributes.create()))
                .nodeRendererFactory(data -> new TableScroll())
                .nodeRendererFactory(data -> new RawHtmlOutput())
                .linkResolverFactory(new SafeLinks()).build();
    }

    /**
     * The last word on every address flexmark writes, autolinks ({@code <javascript:…>}) included: a script
     * address becomes {@code #} (an image's, nothing). The flaws are found before, on the parsed tree.
     */
    private static final class SafeLinks extends IndependentLinkResolverFactory implements LinkResolver {

        @Override
        public LinkResolver apply(LinkResolverBasicContext context) {
            return this;
        }

        @Override
        public ResolvedLink resolveLink(Node node, LinkResolverBasicContext context, ResolvedLink link) {
            if (UrlSchemes.blocked(link.getUrl()).isEmpty()) {
                return link;
            }
            return link.withUrl(link.getLinkType() == LinkType.IMAGE ? "" : "#");
        }
    }

    /**
     * A body some other engine rendered (an HTML content file, AsciiDoc, JBake's Markdown), cleaned as raw
     * HTML in Markdown is: script addresses always, and under the {@code safe} policy whatever it refuses.
     *
     * @param line  the line of the file where the body starts, for the flaws
     * @param flaws receives what was removed, by line
     */
    public String cleanHtml(String html, int line, List<Flaw> flaws) {
        if (html.indexOf('<') < 0) {
            return html;
        }
        return policy.verify(policy.clean(html, line, flaws), line, flaws);
    }

    /**
     * A summary of a body some other engine rendered (HTML content, AsciiDoc): its text, cut at a
     * sentence end as the portal's own summaries are.
     */
    public static String summaryOfHtml(String html, int summaryLength) {
        return Summary.cut(Jsoup.parseBodyFragment(html).body().text(), summaryLength);
    }

    /** Finds the size of an image a body shows. */
    @FunctionalInterface
    public interface Images {

        /** Knows no image: every image is rendered without width and height. */
        Images NONE = (url, line) -> Optional.empty();

        /**
         * @param url  the address as written in the Markdown, before the links rewriter saw it
         * @param line the 1-based line of the Markdown text where the image is written
         * @return its size, or empty when it is unknown (a remote or missing image)
         */
        Optional<ImageSizes.Size> size(String url, int line);
    }

    /**
     * Renders {@code markdown} without image sizes: {@link #render(String, UnaryOperator, Images, int)} with
     * {@link Images#NONE}.
     */
    public Rendered render(String markdown, UnaryOperator<String> links, int summaryLength) {
        return render(markdown, links, Images.NONE, summaryLength);
    }

    /**
     * Renders {@code markdown}.
     *
     * @param markdown      the article body
     * @param links         rewrites each link and image address (site paths to relative ones, say), those
     *                      of raw HTML too; must return its argument for addresses it leaves alone
     * @param images        the size of each image, written as its {@code width} and {@code height}; every
     *                      image also gets {@code loading="lazy"} and {@code decoding="async"}. An
     *                      {@code <img>} of raw HTML keeps the ones its editor wrote
     * @param summaryLength characters of the automatic summary
     * @return the HTML and a plain-text summary: the text before {@code <!--more-->} where the body has
     *         one, else its first paragraphs cut at a sentence end
     */
    public Rendered render(String markdown, UnaryOperator<String> links, Images images, int summaryLength) {
        Document document = parser.parse(markdown);
        boolean hasHtml = markdown.indexOf('<') >= 0;
        List<Flaw> safety = new ArrayList<>();
        Map<Node, String> cleaned = safety(document, markdown, safety);
        // sizes before rewriting, which replaces the addresses they are looked up by; every Markdown image,
        // inline or reference-style, is written "![", and most articles have none and no raw HTML image or
        // link either, which saves them a walk of the tree
        boolean raw = RawHtml.mayLink(markdown);
        if (raw || markdown.contains("![")) {
            lookUpImages(document, links, images, raw, cleaned);
        }
        document.set(RawHtmlOutput.REWRITTEN, cleaned);
        rewriteLinks(document, links);
        String written = CjkBreaks.resolveInHtml(renderer.render(document));
        String html = hasHtml ? firstRawLine(document).map(line -> policy.verify(written, line, safety)).orElse(written)
                : written;
        StringBuilder text = new StringBuilder();
        boolean more = collectSummary(document, text, summaryLength * 2);
        String plain = CjkBreaks.resolveInText(text.toString());
        if (plain.isBlank() && !more && markdown.indexOf('<') >= 0) {
            // a photo story: no paragraph, only a <figure>; its caption is the text there is
            plain = rawHtmlText(document);
        }
        String summary = more ? plain.strip().replaceAll("\\s+", " ") : Summary.cut(plain, summaryLength);
        return new Rendered(html, summary, merge(hasHtml ? flaws(document) : List.of(), safety));
    }

    private static List<Flaw> merge(List<Flaw> balance, List<Flaw> safety) {
        if (safety.isEmpty()) {
            return balance;
        }
        List<Flaw> all = new ArrayList<>(balance);
        all.addAll(safety);
        all.sort((a, b) -> Integer.compare(a.line(), b.line()));
        return List.copyOf(all);
    }

    /**
     * Finds the script addresses of Markdown's links and images (they are replaced as they are written out)
     * and cleans the raw HTML as {@link HtmlPolicy} says.
     *
     * @param flaws receives what was removed, at its line
     * @return the new text of each raw HTML node that changed
     */
    private Map<Node, String> safety(Document document, String markdown, List<Flaw> flaws) {
        Map<Node, String> cleaned = new IdentityHashMap<>();
        // a scheme needs a ":", written or as a character reference, and raw HTML a "<"
        if (markdown.indexOf(':') < 0 && markdown.indexOf('&') < 0 && markdown.indexOf('<') < 0) {
            return cleaned;
        }
        for (Node node : document.getDescendants()) {
            int line = node.getLineNumber() + 1;
            if (node instanceof LinkNodeBase link) {
                String url = link.getUrl().unescape();
                UrlSchemes.blocked(url).ifPresent(scheme -> flaws.add(new Flaw(line, (node instanceof Image
                        || node instanceof ImageRef ? "图片" : "链接") + "地址“" + UrlSchemes.shown(url) + "”已删除："
                        + UrlSchemes.why(scheme) + "。请改用 https:// 开头的网址或站内路径")));
            } else {
                rawText(node).ifPresent(html -> {
                    String clean = policy.clean(html, line, flaws);
                    if (clean != html) {
                        cleaned.put(node, clean);
                    }
                });
            }
        }
        return cleaned;
    }

    private static Optional<Integer> firstRawLine(Document document) {
        for (Node node : document.getDescendants()) {
            if (rawText(node).isPresent()) {
                return Optional.of(node.getLineNumber() + 1);
            }
        }
        return Optional.empty();
    }

    /**
     * @param html    the body as HTML
     * @param summary plain text, possibly empty
     * @param flaws   what an editor should fix in the body: raw HTML tags without their pair, and what was
     *                removed from it as unsafe (script addresses, raw HTML the policy refuses), by line
     */
    public record Rendered(String html, String summary, List<Flaw> flaws) { }

    /**
     * A fault in a body that does not stop a bake but spoils the page.
     *
     * @param line    1-based line of the Markdown text
     * @param message what is wrong and how to fix it, in the editors' words
     */
    public record Flaw(int line, String message) { }

    private static List<Flaw> flaws(Document document) {
        List<HtmlBalance.Piece> pieces = new ArrayList<>();
        for (Node node : document.getDescendants()) {
            rawText(node).ifPresent(html -> pieces.add(new HtmlBalance.Piece(html, node.getLineNumber() + 1)));
        }
        return pieces.isEmpty() ? List.of() : HtmlBalance.check(pieces);
    }

    /**
     * Asks {@code images} for the size of every image in the order the body shows them, Markdown's and raw
     * HTML's alike, and rewrites the raw HTML; both results travel on the document to the renderer.
     */
    private static void lookUpImages(Document document, UnaryOperator<String> links, Images images, boolean raw,
                                     Map<Node, String> rewritten) {
        Map<Node, ImageSizes.Size> sizes = new IdentityHashMap<>();
        for (Node node : document.getDescendants()) {
            String url = null;
            if (node instanceof Image image) {
                url = image.getUrl().toString();
            } else if (node instanceof ImageRef ref && ref.isDefined()) {
                // ![alt][label] takes its address from the reference definition
                Reference definition = ref.getReferenceNode(document);
                url = definition == null ? null : definition.getUrl().toString();
            } else if (raw) {
                rawText(node).map(html -> rewritten.getOrDefault(node, html)).filter(RawHtml::mayLink).ifPresent(html -> {
                    String changed = RawHtml.rewrite(html, links, images, node.getLineNumber() + 1);
                    if (changed != html) {
                        rewritten.put(node, changed);
                    }
                });
            }
            if (url != null) {
                images.size(url, node.getLineNumber() + 1).ifPresent(size -> sizes.put(node, size));
            }
        }
        document.set(ImageAttributes.SIZES, sizes);
    }

    /**
     * A link or image address as written in a body.
     *
     * @param url   e.g. {@code ../10/a.md} or {@code /images/a.jpg}
     * @param line  1-based line of the Markdown text
     * @param image whether it names an image
     */
    public record Ref(String url, int line, boolean image) { }

    /**
     * What the editors' check reads in a body, from one parse.
     *
     * @param references every link and image, Markdown's own and those of its raw HTML
     * @param flaws      as {@link Rendered#flaws}
     */
    public record Inspection(List<Ref> references, List<Flaw> flaws) { }

    /**
     * The links, images and flaws of {@code markdown}, read as {@link #render} reads them (a table cell or a
     * footnote the same way) but without rendering.
     */
    public Inspection inspect(String markdown) {
        boolean raw = RawHtml.mayLink(markdown);
        boolean html = markdown.indexOf('<') >= 0;
        if (!html && !markdown.contains("](") && !markdown.contains("]:") && !markdown.contains("://")) {
            // every inline link and image has "](" and every reference definition "]:", raw HTML a "<", a bare
            // address "://"; most articles have none of these, and skipping their parse keeps a check of the
            // whole site fast enough for a hook
            return new Inspection(List.of(), List.of());
        }
        Document document = parser.parse(markdown);
        List<Flaw> safety = new ArrayList<>();
        safety(document, markdown, safety);
        return new Inspection(references(document, raw), merge(html ? flaws(document) : List.of(), safety));
    }

    private static List<Ref> references(Document document, boolean raw) {
        List<Ref> refs = new ArrayList<>();
        for (Node node : document.getDescendants()) {
            int line = node.getLineNumber() + 1;
            if (node instanceof Link link) {
                refs.add(new Ref(link.getUrl().toString(), line, false));
            } else if (node instanceof Image image) {
                refs.add(new Ref(image.getUrl().toString(), line, true));
            } else if ((node instanceof LinkRef || node instanceof ImageRef) && ((RefNode) node).isDefined()) {
                // [文字][1] with "[1]: /images/a.jpg" further down: the address is in the definition
                Reference definition = ((RefNode) node).getReferenceNode(document);
                if (definition != null) {
                    refs.add(new Ref(definition.getUrl().toString(), line, node instanceof ImageRef));
                }
            } else if (raw) {
                rawText(node).filter(RawHtml::mayLink).ifPresent(html -> RawHtml.addresses(html).forEach(
                        address -> refs.add(new Ref(address.url(), line + address.line() - 1, address.image()))));
            }
        }
        return refs;
    }

    /** The text a reader sees in the raw HTML blocks of a body, as one line. */
    private static String rawHtmlText(Document document) {
        StringBuilder html = new StringBuilder();
        for (Node node : document.getChildren()) {
            if (node instanceof HtmlBlock block) {
                html.append(block.getContentChars()).append('\n');
            }
        }
        return html.isEmpty() ? "" : Jsoup.parseBodyFragment(html.toString()).text();
    }

    /** The HTML an editor wrote: a block of it as flexmark writes it out, or one inline tag. */
    private static Optional<String> rawText(Node node) {
        if (node instanceof HtmlBlock block) {
            return Optional.of(block.getContentChars().toString());
        }
        return node instanceof HtmlInline ? Optional.of(node.getChars().toString()) : Optional.empty();
    }

    private static void rewriteLinks(Node node, UnaryOperator<String> links) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof LinkNodeBase link && UrlSchemes.blocked(link.getUrl().unescape()).isPresent()) {
                // not for the rewriter, which might make it relative; SafeLinks writes what stays of it
                link.setUrl(BasedSequence.of(child instanceof Image ? "" : "#"));
            } else if (child instanceof Link link) {
                link.setUrl(rewrite(link.getUrl(), links));
            } else if (child instanceof Image image) {
                image.setUrl(rewrite(image.getUrl(), links));
            } else if (child instanceof Reference reference) {
                // [text][label] and ![alt][label] take their address from the reference definition
                reference.setUrl(rewrite(reference.getUrl(), links));
            }
            rewriteLinks(child, links);
        }
    }

    private static BasedSequence rewrite(BasedSequence url, UnaryOperator<String> links) {
        String original = url.toString();
        String rewritten = links.apply(original);
        return rewritten.equals(original) ? url : BasedSequence.of(rewritten);
    }

    /**
     * Appends the text of the body's paragraphs until {@code enough} characters or a more marker.
     *
     * @return whether a more marker was reached
     */
    private static boolean collectSummary(Node node, StringBuilder text, int enough) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (isMore(child)) {
                return true;
            }
            if (child instanceof Heading || child instanceof TableBlock || child instanceof FootnoteBlock
                    || child instanceof HtmlBlock) {
                continue;
            }
            if (child instanceof Paragraph paragraph) {
                StringBuilder own = new StringBuilder();
                boolean more = collectText(paragraph, own);
                // a paragraph's leading full-width spaces are indentation, not part of the summary
                String stripped = own.toString().strip();
                if (!stripped.isEmpty()) {
                    // paragraphs join as wrapped lines do: "。" then "走进" with nothing between, Latin with a space
                    if (text.length() > 0) {
                        text.append(CjkBreaks.MARKER);
                    }
                    text.append(stripped);
                }
                if (more) {
                    return true;
                }
                if (text.length() >= enough && !containsMore(child.getNext())) {
                    return false;
                }
            } else if (collectSummary(child, text, enough)) {
                return true;
            }
        }
        return false;
    }

    private static boolean collectText(Node node, StringBuilder text) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (isMore(child)) {
                return true;
            }
            if (child instanceof Code code) {
                text.append(code.getText().unescape());
            } else if (child instanceof Text || child instanceof HtmlEntity) {
                text.append(child.getChars().unescape());
            } else if (child instanceof SoftLineBreak || child instanceof HardLineBreak) {
                text.append(CjkBreaks.MARKER);
            } else if (!(child instanceof Image || child instanceof ImageRef || child instanceof Footnote
                    || child instanceof HtmlInline)) {
                if (collectText(child, text)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean containsMore(Node from) {
        for (Node node = from; node != null; node = node.getNext()) {
            if (isMore(node)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isMore(Node node) {
        return (node instanceof HtmlCommentBlock || node instanceof HtmlInlineComment)
                && node.getChars().toString().strip().equalsIgnoreCase(MORE);
    }
}
