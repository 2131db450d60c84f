package news.portal.markdown;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Range;
import org.jsoup.parser.Parser;
import org.jsoup.safety.Safelist;

/**
 * What raw HTML a body may hold. Under {@code safe} (the default) an allowlist keeps what news articles
 * use: figures and pictures, tables, video and audio, text markup, and players of the configured video
 * sites in an {@code <iframe>}; everything else is taken out, each removal a {@link MarkdownRenderer.Flaw}
 * at its line. Under {@code trusted} raw HTML stays as written, but script addresses are still taken out
 * (see {@link UrlSchemes}): a trusted editor may paste one by mistake.
 *
 * <p>Each piece of raw HTML is cleaned where it is written: jsoup reads its tags and their source
 * positions, and only what is removed is cut out of the text, so what stays is exactly what the editor
 * wrote and later steps ({@link RawHtml}) still find their lines. A piece read alone is not always read as
 * the browser reads the whole page (a {@code <td>} is dropped outside the {@code <table>} that another
 * piece opened), so {@link #verify} reads the rendered body once more as a whole and, should anything
 * unsafe be left, writes it out again from jsoup's tree of it.
 *
 * <p>Every {@code style} attribute goes: besides {@code url()} and {@code expression()}, inline CSS can
 * lay a fixed box over the whole page (a fake login, a fake notice) without any script, and articles are
 * laid out by the site's style sheets.
 */
final class HtmlPolicy {

    /** Removed with everything inside them: their content is script, style or a fallback for them. */
    private static final Set<String> WITH_CONTENT = Set.of("script", "style", "template", "noscript", "title",
            "textarea", "xmp", "iframe", "object", "embed", "applet", "frame", "frameset", "noframes", "noembed",
            "plaintext", "svg", "math", "head", "select", "datalist", "option", "optgroup");

    /** Attributes holding an address, checked for script schemes under either policy. */
    private static final Set<String> ADDRESSES = Set.of("href", "src", "srcset", "action", "formaction", "poster",
            "data", "xlink:href", "cite", "background", "lowsrc", "longdesc", "ping", "manifest", "codebase",
            "archive", "dynsrc", "icon", "itemtype", "profile", "usemap");

    /** Address attributes that keep the element working as {@code #}: a link, a form. */
    private static final Set<String> HASH = Set.of("href", "action", "formaction", "xlink:href");

    /** What a video player needs in its frame: its own script and storage, full screen, links out. */
    static final String SANDBOX = "allow-scripts allow-same-origin allow-presentation allow-popups";

    private static final Pattern END_TAG = Pattern.compile("\\s*</([A-Za-z][A-Za-z0-9-]*)\\s*>\\s*");
    private static final String SENTINEL = "<br data-news-portal-end>";

    private final boolean trusted;
    private final List<String> iframeHosts;
    private final Safelist raw;
    private final Safelist body;

    HtmlPolicy(boolean trusted, List<String> iframeHosts) {
        this.trusted = trusted;
        this.iframeHosts = iframeHosts.stream().map(h -> h.strip().toLowerCase(Locale.ROOT))
                .filter(h -> !h.isEmpty()).toList();
        this.raw = rawSafelist();
        this.body = bodySafelist(raw);
    }

    private static Safelist rawSafelist() {
        Safelist list = new Safelist()
                .addTags("p", "br", "em", "strong", "b", "i", "u", "s", "sub", "sup", "small", "mark", "abbr", "cite",
                        "q", "blockquote", "code", "pre", "kbd", "samp", "var", "dfn", "span", "div", "h2", "h3", "h4",
                        "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "hr", "details", "summary", "ruby", "rt", "rp",
                        "time", "del", "ins", "wbr", "bdi", "bdo",
                        "figure", "figcaption", "picture", "source", "img", "a",
                        "table", "caption", "colgroup", "col", "thead", "tbody", "tfoot", "tr", "th", "td",
                        "video", "audio", "track", "iframe")
                .addAttributes(":all", "id", "class", "lang", "dir", "title")
                .addAttributes("a", "href", "target", "rel")
                .addAttributes("img", "src", "srcset", "sizes", "alt", "width", "height", "loading", "decoding")
                .addAttributes("source", "src", "srcset", "media", "type", "sizes")
                .addAttributes("track", "src", "kind", "srclang", "label", "default")
                .addAttributes("video", "controls", "src", "poster", "preload", "width", "height", "muted", "loop",
                        "playsinline")
                .addAttributes("audio", "controls", "src", "preload", "muted", "loop")
                .addAttributes("iframe", "src", "width", "height", "allowfullscreen", "loading", "frameborder",
                        "sandbox")
                .addAttributes("th", "colspan", "rowspan", "scope", "abbr")
                .addAttributes("td", "colspan", "rowspan")
                .addAttributes("col", "span")
                .addAttributes("colgroup", "span")
                .addAttributes("ol", "start", "reversed", "type")
                .addAttributes("li", "value")
                .addAttributes("blockquote", "cite")
                .addAttributes("q", "cite")
                .addAttributes("del", "cite", "datetime")
                .addAttributes("ins", "cite", "datetime")
                .addAttributes("time", "datetime")
                .addAttributes("details", "open");
        return list;
    }

    /** The raw allowlist and what Markdown itself writes: {@code # 标题}, strikethrough, tables, footnotes. */
    private static Safelist bodySafelist(Safelist raw) {
        return new Safelist(raw)
                .addTags("h1")
                .addAttributes("div", "role", "tabindex", "aria-label")
                .addAttributes("th", "align", "style")
                .addAttributes("td", "align", "style");
    }

    /**
     * {@code html}, one piece of a body's raw HTML, with what the policy refuses cut out.
     *
     * @param line  the 1-based line of the Markdown where {@code html} starts
     * @param flaws receives a flaw for each removal, at its line
     * @return the cleaned HTML, or {@code html} itself when nothing was removed
     */
    String clean(String html, int line, List<MarkdownRenderer.Flaw> flaws) {
        Matcher end = END_TAG.matcher(html);
        if (end.matches()) {
            // an end tag alone, inline: the start tag it closes was taken out (and warned of) already
            String name = end.group(1).toLowerCase(Locale.ROOT);
            return trusted || raw.isSafeTag(name) ? html : "";
        }
        List<Edit> edits = new ArrayList<>();
        org.jsoup.nodes.Document document = Parser.htmlParser().setTrackPosition(true).parseInput(html, "");
        List<Edit> removed = new ArrayList<>();
        for (Element element : document.getAllElements()) {
            Range range = element.sourceRange();
            if (!trusted && written(range) && WITH_CONTENT.contains(element.normalName()) && !allowedFrame(element)) {
                // without its end tag, what follows was read as its content (a script's text, <plaintext>'s
                // rest), never as tags of its own: none of it was checked, so it goes too
                Range close = element.endSourceRange();
                Edit cut = Edit.cut(html, range.startPos(), written(close) ? close.endPos() : html.length());
                removed.add(cut);
                edits.add(cut);
                flaws.add(flaw(line, range, "已删除 <" + element.normalName() + "> 及其中的内容：" + whyContent(element)));
            }
        }
        for (Element element : document.getAllElements()) {
            Range range = element.sourceRange();
            boolean written = written(range);
            if (written && removed.stream().anyMatch(r -> r.start() <= range.startPos() && range.endPos() <= r.end())) {
                continue;
            }
            String name = element.normalName();
            if (!written) {
                // <body onload=…> in a body: jsoup, like a browser, puts its attributes on the page's own body
                if (!trusted && !element.attributes().isEmpty() && !name.equals("#root")) {
                    List<String> keys = new ArrayList<>();
                    for (Attribute attribute : element.attributes()) {
                        if (written(attribute.sourceRange().nameRange())) {
                            keys.add(attribute.getKey());
                            edits.add(removal(html, attribute));
                        }
                    }
                    if (!keys.isEmpty()) {
                        flaws.add(new MarkdownRenderer.Flaw(line, "已删除 <" + name + "> 的属性 "
                                + String.join("、", keys) + "：正文不能改动整个页面"));
                    }
                }
                continue;
            }
            if (!trusted && !WITH_CONTENT.contains(name) && !raw.isSafeTag(name)) {
                edits.add(Edit.cut(html, range.startPos(), range.endPos()));
                Range close = element.endSourceRange();
                if (written(close)) {
                    edits.add(Edit.cut(html, close.startPos(), close.endPos()));
                }
                flaws.add(flaw(line, range, "已删除标签 <" + name + ">" + whyTag(name)));
                continue;
            }
            attributes(html, element, line, edits, flaws);
        }
        return Edit.apply(html, edits);
    }

    private void attributes(String html, Element element, int line, List<Edit> edits, List<MarkdownRenderer.Flaw> flaws) {
        String name = element.normalName();
        Range range = element.sourceRange();
        Set<String> dropped = new LinkedHashSet<>();
        boolean scripts = false;
        boolean styles = false;
        for (Attribute attribute : element.attributes()) {
            String key = attribute.getKey();
            if (!written(attribute.sourceRange().nameRange())) {
                continue;
            }
            Optional<String> scheme = ADDRESSES.contains(key) ? blocked(key, attribute.getValue()) : Optional.empty();
            if (scheme.isPresent()) {
                boolean hash = HASH.contains(key) && (trusted || raw.isSafeAttribute(name, element, attribute));
                edits.add(hash ? replacement(html, attribute, "#") : removal(html, attribute));
                flaws.add(flaw(line, attribute.sourceRange().nameRange(), "<" + name + "> 的 " + key + " 地址“"
                        + UrlSchemes.shown(attribute.getValue()) + "”已" + (hash ? "改成 #" : "删除") + "："
                        + UrlSchemes.why(scheme.get()) + "。请改用 https:// 开头的地址或站内路径"));
            } else if (!trusted && (!raw.isSafeAttribute(name, element, attribute)
                    || key.equals("sandbox") && name.equals("iframe"))) {
                edits.add(removal(html, attribute));
                if (!key.equals("sandbox")) {
                    dropped.add(key);
                    scripts |= key.startsWith("on");
                    styles |= key.equals("style");
                }
            }
        }
        if (!dropped.isEmpty()) {
            StringBuilder why = new StringBuilder();
            if (scripts) {
                why.append("on 开头的事件属性会运行脚本；");
            }
            if (styles) {
                why.append("style 能把内容盖在整个页面上，排版请交给网站的样式；");
            }
            why.append("安全规则只保留文章用得到的属性");
            flaws.add(flaw(line, range, "已删除 <" + name + "> 的属性 " + String.join("、", dropped) + "：" + why));
        }
        if (trusted) {
            return;
        }
        if (name.equals("a") && element.hasAttr("target")) {
            // a page opened in a new tab may otherwise reach back through window.opener and replace this one
            Attribute rel = attribute(element, "rel");
            String value = rel == null ? "" : rel.getValue();
            Set<String> words = new LinkedHashSet<>(List.of(value.toLowerCase(Locale.ROOT).split("\\s+")));
            words.remove("");
            if (!words.contains("noopener") || !words.contains("noreferrer")) {
                words.add("noopener");
                words.add("noreferrer");
                String joined = String.join(" ", words);
                edits.add(rel == null ? Edit.insert(closeOf(html, element), " rel=\"" + joined + "\"")
                        : replacement(html, rel, joined));
            }
        }
        if (name.equals("iframe")) {
            Attribute src = attribute(element, "src");
            if (src != null && src.getValue().strip().startsWith("//")) {
                edits.add(replacement(html, src, "https:" + src.getValue().strip()));
            }
            edits.add(Edit.insert(closeOf(html, element), " sandbox=\"" + SANDBOX + "\""));
        }
    }

    private static Optional<String> blocked(String key, String value) {
        if (!key.equals("srcset")) {
            return UrlSchemes.blocked(value);
        }
        for (String candidate : value.split(",")) {
            Optional<String> scheme = UrlSchemes.blocked(candidate.strip());
            if (scheme.isPresent()) {
                return scheme;
            }
        }
        return Optional.empty();
    }

    /**
     * The rendered body, read as a whole as the browser will read it, with anything unsafe still in it taken
     * out; in practice only pieces of raw HTML that only make sense together leave any.
     *
     * @param line  the line of the body's first raw HTML, where a flaw is reported
     * @return {@code html} itself when it is safe, else jsoup's writing of its cleaned tree
     */
    String verify(String html, int line, List<MarkdownRenderer.Flaw> flaws) {
        if (trusted) {
            return html;
        }
        org.jsoup.nodes.Document document = Jsoup.parseBodyFragment(html + SENTINEL);
        Element root = document.body();
        Set<String> found = new LinkedHashSet<>();
        boolean ended = !root.select("br[data-news-portal-end]").isEmpty();
        if (!ended) {
            found.add("没有结束的引号、注释或标签");
        }
        root.select("br[data-news-portal-end]").remove();
        if (!root.attributes().isEmpty()) {
            found.add("<body> 的属性");
            root.clearAttributes();
        }
        for (Element element : new ArrayList<>(root.getAllElements())) {
            if (element == root || element.parent() == null) {
                continue;
            }
            String name = element.normalName();
            if (!body.isSafeTag(name) || WITH_CONTENT.contains(name) && !allowedFrame(element)) {
                found.add("<" + name + ">");
                if (WITH_CONTENT.contains(name)) {
                    element.remove();
                } else {
                    element.unwrap();
                }
                continue;
            }
            for (Attribute attribute : new ArrayList<>(element.attributes().asList())) {
                String key = attribute.getKey();
                boolean address = ADDRESSES.contains(key) && blocked(key, attribute.getValue()).isPresent();
                // Markdown's tables align their cells with style="text-align: …", and nothing else
                boolean style = key.equals("style") && !attribute.getValue().matches("\\s*text-align:\\s*[a-z]+;?\\s*");
                if (address || style || !body.isSafeAttribute(name, element, attribute)) {
                    found.add("<" + name + "> 的 " + key);
                    element.removeAttr(key);
                }
            }
        }
        if (found.isEmpty()) {
            return html;
        }
        flaws.add(new MarkdownRenderer.Flaw(line, "正文的 HTML 合起来读时还有不安全的内容（" + String.join("、", found)
                + "），已删除，正文已按安全规则重写。请检查这几段 HTML 是否拆开了本该写在一起的标签"));
        document.outputSettings().prettyPrint(false);
        return root.html();
    }

    /** An {@code <iframe>} the policy keeps: a player of a listed video site, over https. */
    private boolean allowedFrame(Element element) {
        if (!element.normalName().equals("iframe")) {
            return false;
        }
        String src = element.attr("src").strip();
        if (src.startsWith("//")) {
            src = "https:" + src;
        }
        try {
            URI uri = new URI(src);
            String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
            return "https".equalsIgnoreCase(uri.getScheme()) && uri.getRawUserInfo() == null
                    && (uri.getPort() == -1 || uri.getPort() == 443)
                    && iframeHosts.stream().anyMatch(h -> host.equals(h) || host.endsWith("." + h));
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private String whyContent(Element element) {
        return switch (element.normalName()) {
            case "script", "noscript", "template" -> "脚本会在读者的浏览器里运行，文章里不能有";
            case "style" -> "样式表会改变整个页面，排版请交给网站的样式";
            case "iframe" -> "只能嵌入这些视频网站的播放器（https 地址）：" + (iframeHosts.isEmpty() ? "（未配置）"
                    : String.join("、", iframeHosts)) + "，“" + UrlSchemes.shown(element.attr("src"))
                    + "”不在其中；其他网站请改成链接，或请管理员在 markdown.iframe_hosts 里加上";
            case "textarea", "select", "option", "optgroup", "datalist" -> "文章里不能有表单";
            default -> "嵌入的对象和外来的文档格式可能带有脚本，文章里不能有";
        };
    }

    private static String whyTag(String name) {
        return switch (name) {
            case "meta", "base", "link" -> "：它会改动整个页面（跳转、地址、样式表），正文里不能有";
            case "form", "input", "button", "label", "fieldset", "legend", "output" -> "：文章里不能有表单，其中的文字保留";
            case "h1" -> "，其中的文字保留：页面的 h1 是文章标题，正文的标题请用 ## 或 <h2> 到 <h6>";
            default -> "（安全规则不允许），其中的文字保留";
        };
    }

    private static MarkdownRenderer.Flaw flaw(int line, Range range, String message) {
        return new MarkdownRenderer.Flaw(line + range.start().lineNumber() - 1, message);
    }

    private static boolean written(Range range) {
        return range.isTracked() && !range.isImplicit() && range.endPos() > range.startPos();
    }

    private static Attribute attribute(Element element, String key) {
        for (Attribute attribute : element.attributes()) {
            if (attribute.getKey().equals(key)) {
                return attribute;
            }
        }
        return null;
    }

    /** Where new attributes go in a start tag: before its {@code >} or {@code />}. */
    private static int closeOf(String html, Element element) {
        int end = element.sourceRange().endPos();
        int valuesEnd = 0;
        for (Attribute attribute : element.attributes()) {
            valuesEnd = Math.max(valuesEnd, extent(html, attribute)[1]);
        }
        return end >= 2 && html.charAt(end - 2) == '/' && valuesEnd < end - 1 ? end - 2 : end - 1;
    }

    /** The attribute with the whitespace before it cut out. */
    private static Edit removal(String html, Attribute attribute) {
        int[] extent = extent(html, attribute);
        int start = extent[0];
        while (start > 0 && Character.isWhitespace(html.charAt(start - 1))) {
            start--;
        }
        return Edit.cut(html, start, extent[1]);
    }

    /** The attribute written with {@code value}, double-quoted. */
    private static Edit replacement(String html, Attribute attribute, String value) {
        int[] extent = extent(html, attribute);
        return new Edit(extent[0], extent[1], attribute.getKey() + "=\"" + value.replace("&", "&amp;")
                .replace("\"", "&quot;") + "\"");
    }

    /**
     * Where an attribute starts and ends in the text, its value and quotes included. jsoup gives the name's
     * range; the value is read from there as the tokenizer reads it (its own range is empty for
     * {@code title=""}).
     */
    private static int[] extent(String html, Attribute attribute) {
        Range name = attribute.sourceRange().nameRange();
        int i = name.endPos();
        int n = html.length();
        int j = i;
        while (j < n && Character.isWhitespace(html.charAt(j))) {
            j++;
        }
        if (j >= n || html.charAt(j) != '=') {
            return new int[] {name.startPos(), i};
        }
        j++;
        while (j < n && Character.isWhitespace(html.charAt(j))) {
            j++;
        }
        if (j < n && (html.charAt(j) == '"' || html.charAt(j) == '\'')) {
            int close = html.indexOf(html.charAt(j), j + 1);
            return new int[] {name.startPos(), close < 0 ? n : close + 1};
        }
        while (j < n && !Character.isWhitespace(html.charAt(j)) && html.charAt(j) != '>') {
            j++;
        }
        return new int[] {name.startPos(), j};
    }

    /** Replaces the text from {@code start} to {@code end} with {@code text}. */
    record Edit(int start, int end, String text) {

        /** Cuts the text out but keeps its line breaks, so that what follows stays on its line. */
        static Edit cut(String html, int start, int end) {
            return new Edit(start, end, html.substring(start, end).replaceAll("[^\n]", ""));
        }

        static Edit insert(int at, String text) {
            return new Edit(at, at, text);
        }

        /** {@code html} with {@code edits} made; an edit inside one made before it is left out. */
        static String apply(String html, List<Edit> edits) {
            if (edits.isEmpty()) {
                return html;
            }
            List<Edit> sorted = new ArrayList<>(edits);
            sorted.sort(Comparator.comparingInt(Edit::start).thenComparingInt(Edit::end));
            StringBuilder out = new StringBuilder(html.length());
            int copied = 0;
            for (Edit edit : sorted) {
                if (edit.start() < copied) {
                    continue;
                }
                out.append(html, copied, edit.start()).append(edit.text());
                copied = edit.end();
            }
            return out.append(html, copied, html.length()).toString();
        }
    }
}
