package news.portal.markdown;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Range;
import org.jsoup.parser.Parser;

/**
 * The addresses in HTML an editor writes into a Markdown body: a photo with its caption in
 * {@code <figure>}, a {@code <picture>}, a link with a {@code target}. They get what Markdown's own links and
 * images get: site paths made relative to the page, links to Markdown files turned into their pages'
 * addresses, and images sized and loaded lazily. Only the values and attributes that change are touched;
 * the rest of the editor's HTML is written out as it was. jsoup finds the tags and their source positions,
 * so quoting, case and comments are read the way a browser reads them.
 */
final class RawHtml {

    private static final Pattern MAY_LINK = Pattern.compile("(?i)<(?:img|a|source)[\\s/>]");

    private RawHtml() {
    }

    /** Whether {@code html} may hold an address this class reads: cheap, so most text skips jsoup. */
    static boolean mayLink(CharSequence html) {
        return MAY_LINK.matcher(html).find();
    }

    /**
     * One address in the HTML.
     *
     * @param url   as the browser reads it, character references decoded
     * @param line  1-based line within the HTML
     * @param image whether it names an image ({@code img src}, {@code img srcset}, {@code source srcset})
     * @param start where its attribute's value starts in the HTML, which orders the addresses
     */
    record Address(String url, int line, boolean image, int start) { }

    /** Every address of {@code html} in the order written. */
    static List<Address> addresses(String html) {
        List<Address> addresses = new ArrayList<>();
        for (Element element : parse(html)) {
            for (Attribute attribute : element.attributes()) {
                value(attribute).ifPresent(range -> addresses.addAll(addresses(element, attribute, range)));
            }
        }
        addresses.sort(Comparator.comparingInt(Address::start));
        return addresses;
    }

    /**
     * {@code html} with its addresses rewritten and its images sized.
     *
     * @param links  as {@link MarkdownRenderer#render}'s
     * @param images as {@link MarkdownRenderer#render}'s; lines are the Markdown's
     * @param line   the 1-based line of the Markdown where {@code html} starts
     * @return the new HTML, or {@code html} itself when nothing changed
     */
    static String rewrite(String html, UnaryOperator<String> links, MarkdownRenderer.Images images, int line) {
        List<Edit> edits = new ArrayList<>();
        for (Element element : parse(html)) {
            int valuesEnd = 0;
            for (Attribute attribute : element.attributes()) {
                valuesEnd = Math.max(valuesEnd, attribute.sourceRange().valueRange().endPos());
                value(attribute).ifPresent(range -> rewriteValue(html, attribute, range, links).ifPresent(edits::add));
            }
            if (element.nameIs("img")) {
                String added = imageAttributes(element, images, line + element.sourceRange().start().lineNumber() - 1);
                int end = element.sourceRange().endPos();
                // before "/>" or ">", unless the slash ends an unquoted value: <img src=a.jpg/>
                int close = html.charAt(end - 2) == '/' && valuesEnd < end - 1 ? end - 2 : end - 1;
                if (!added.isEmpty()) {
                    edits.add(new Edit(close, close, html.charAt(close - 1) == ' ' ? added.substring(1) + " " : added));
                }
            }
        }
        if (edits.isEmpty()) {
            return html;
        }
        // in the order of the text: the parser moves some elements (an <img> straight inside a <table>)
        edits.sort(Comparator.comparingInt(Edit::start));
        StringBuilder out = new StringBuilder(html.length() + 64 * edits.size());
        int copied = 0;
        for (Edit edit : edits) {
            out.append(html, copied, edit.start()).append(edit.text());
            copied = edit.end();
        }
        return out.append(html, copied, html.length()).toString();
    }

    /** Replaces the text from {@code start} to {@code end} with {@code text}. */
    private record Edit(int start, int end, String text) { }

    private static List<Element> parse(String html) {
        // a parser per call: parsers keep state while parsing, and one renderer serves every thread
        Parser parser = Parser.htmlParser().setTrackPosition(true);
        return parser.parseInput(html, "").select("img, a, source").stream()
                .filter(element -> element.sourceRange().isTracked())
                .toList();
    }

    /** The source range of an address attribute's value; empty for other attributes and empty values. */
    private static Optional<Range> value(Attribute attribute) {
        String key = attribute.getKey();
        boolean address = key.equals("src") || key.equals("srcset") || key.equals("href");
        Range range = attribute.sourceRange().valueRange();
        return address && range.isTracked() && range.endPos() > range.startPos() ? Optional.of(range)
                : Optional.empty();
    }

    private static List<Address> addresses(Element element, Attribute attribute, Range range) {
        boolean image = !element.nameIs("a");
        int line = range.start().lineNumber();
        if (!attribute.getKey().equals("srcset")) {
            return element.nameIs("source") && attribute.getKey().equals("src") ? List.of()
                    : List.of(new Address(attribute.getValue().strip(), line, image, range.startPos()));
        }
        List<Address> candidates = new ArrayList<>();
        for (String candidate : attribute.getValue().split(",")) {
            String url = candidate.strip().split("\\s+", 2)[0];
            if (!url.isEmpty()) {
                candidates.add(new Address(url, line, true, range.startPos()));
            }
        }
        return candidates;
    }

    private static Optional<Edit> rewriteValue(String html, Attribute attribute, Range range,
                                               UnaryOperator<String> links) {
        String value = attribute.getValue();
        String rewritten;
        if (attribute.getKey().equals("srcset")) {
            // "a.jpg 1x, a@2x.jpg 2x": each candidate's address, keeping its descriptor
            List<String> candidates = new ArrayList<>();
            boolean changed = false;
            for (String candidate : value.split(",")) {
                String[] parts = candidate.strip().split("\\s+", 2);
                String url = links.apply(parts[0]);
                changed |= !url.equals(parts[0]);
                candidates.add(url + (parts.length > 1 ? " " + parts[1] : ""));
            }
            rewritten = changed ? String.join(", ", candidates) : value;
        } else {
            String url = value.strip();
            String linked = links.apply(url);
            rewritten = linked.equals(url) ? value : linked;
        }
        if (rewritten.equals(value)) {
            return Optional.empty();
        }
        int start = range.startPos();
        char before = html.charAt(start - 1);
        String quote = before == '"' || before == '\'' ? "" : "\"";
        return Optional.of(new Edit(start, range.endPos(), quote + escape(rewritten) + quote));
    }

    /**
     * What an {@code <img>} lacks of what Markdown images get, each attribute with a leading space. An
     * editor's own {@code width}, {@code height}, {@code loading} or {@code decoding} is kept: a size the
     * editor chose, or an image above the fold that must not wait.
     */
    private static String imageAttributes(Element image, MarkdownRenderer.Images images, int line) {
        StringBuilder added = new StringBuilder();
        if (!image.hasAttr("width") && !image.hasAttr("height") && image.hasAttr("src")) {
            images.size(image.attr("src").strip(), line).ifPresent(size -> added
                    .append(" width=\"").append(size.width()).append('"')
                    .append(" height=\"").append(size.height()).append('"'));
        }
        if (!image.hasAttr("loading")) {
            added.append(" loading=\"lazy\"");
        }
        if (!image.hasAttr("decoding")) {
            added.append(" decoding=\"async\"");
        }
        return added.toString();
    }

    private static String escape(String value) {
        return value.replace("&", "&amp;").replace("\"", "&quot;").replace("'", "&#39;");
    }
}
