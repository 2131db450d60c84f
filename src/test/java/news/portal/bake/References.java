package news.portal.bake;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The URLs a baked HTML, XML or CSS file refers to, and the fragment targets an HTML page offers. */
final class References {

    /**
     * One URL found in a file.
     *
     * @param kind    what refers, as a reader of the report knows it: {@code link}, {@code image},
     *                {@code stylesheet}, {@code og:image}, {@code loc} …
     * @param url     as written
     * @param follows whether a reader can follow it to another page: the front-page reachability check
     *                walks only these
     */
    record Ref(String kind, String url, boolean follows) { }

    /** CSS selector, the attribute holding the URL, and the kind reported. */
    private record Source(String selector, String attribute, String kind) { }

    private static final List<Source> HTML = List.of(
            new Source("a[href], area[href]", "href", "link"),
            // a search form is how readers reach the search page
            new Source("form[action]", "action", "form"),
            new Source("img[src]", "src", "image"),
            new Source("video[poster]", "poster", "image"),
            new Source("script[src]", "src", "script"),
            new Source("iframe[src]", "src", "frame"),
            new Source("video[src], audio[src], source[src], track[src], embed[src]", "src", "media"),
            new Source("object[data]", "data", "media"));

    /** The rel values of {@code <link>} a reader follows to another page. */
    private static final Set<String> FOLLOWED_RELS = Set.of("alternate", "next", "prev");

    /** Elements of feeds and sitemaps whose text is a URL: RSS, Atom, sitemaps.org. */
    private static final Set<String> XML_URL_ELEMENTS = Set.of("link", "loc", "guid", "url", "icon", "logo");

    private static final Pattern CSS_URL = Pattern.compile(
            "url\\(\\s*(?:\"([^\"]*)\"|'([^']*)'|([^)'\"\\s]*))\\s*\\)|@import\\s+(?:\"([^\"]*)\"|'([^']*)')");

    private static final ObjectMapper JSON = new ObjectMapper();

    private References() {
    }

    /**
     * Every URL an HTML page refers to. Of {@code meta[content]} only those on the site's host count:
     * most meta values are not URLs at all.
     */
    static List<Ref> html(Document page, Predicate<String> onHost) {
        List<Ref> refs = new ArrayList<>();
        for (Source source : HTML) {
            for (Element element : page.select(source.selector())) {
                boolean follows = source.kind().equals("link") || source.kind().equals("form");
                refs.add(new Ref(source.kind(), element.attr(source.attribute()), follows));
            }
        }
        for (Element link : page.select("link[href]")) {
            Set<String> rels = new HashSet<>(List.of(link.attr("rel").toLowerCase(Locale.ROOT).split("\\s+")));
            rels.remove("");
            String kind = rels.contains("stylesheet") ? "stylesheet"
                    : rels.isEmpty() ? "link" : String.join(" ", rels.stream().sorted().toList());
            rels.retainAll(FOLLOWED_RELS);
            refs.add(new Ref(kind, link.attr("href"), !rels.isEmpty()));
        }
        for (Element element : page.select("img[srcset], source[srcset]")) {
            for (String url : srcset(element.attr("srcset"))) {
                refs.add(new Ref("image", url, false));
            }
        }
        for (Element meta : page.select("meta[content]")) {
            if (onHost.test(meta.attr("content"))) {
                String name = meta.hasAttr("property") ? meta.attr("property") : meta.attr("name");
                refs.add(new Ref(name.isEmpty() ? "meta" : name, meta.attr("content"), false));
            }
        }
        for (Element style : page.select("style")) {
            refs.addAll(css(style.data()));
        }
        for (Element styled : page.select("[style]")) {
            refs.addAll(css(styled.attr("style")));
        }
        return refs;
    }

    /**
     * The URLs on the site's host in the JSON-LD of a page: the publisher's logo, the article's image.
     *
     * @throws IllegalArgumentException when a script is not JSON
     */
    static List<Ref> jsonLd(Document page, Predicate<String> onHost) {
        List<Ref> refs = new ArrayList<>();
        for (Element script : page.select("script[type=application/ld+json]")) {
            try {
                collect(JSON.readTree(script.data()), onHost, refs);
            } catch (JsonProcessingException e) {
                throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage(), e);
            }
        }
        return refs;
    }

    private static void collect(JsonNode node, Predicate<String> onHost, List<Ref> refs) {
        if (node.isTextual() && onHost.test(node.asText())) {
            refs.add(new Ref("json-ld", node.asText(), false));
        }
        node.forEach(child -> collect(child, onHost, refs));
    }

    /**
     * The URLs on the site's host in a feed or sitemap: the text of {@code <link>}, {@code <loc>},
     * {@code <guid>} … and every {@code href} attribute ({@code <atom:link>}, Atom's {@code <link>}).
     * A {@code <guid isPermaLink="false">} is a name, not an address.
     */
    static List<Ref> xml(Document doc, Predicate<String> onHost) {
        List<Ref> refs = new ArrayList<>();
        for (Element element : doc.getAllElements()) {
            String name = element.normalName();
            String local = name.substring(name.indexOf(':') + 1);
            boolean permalink = !(local.equals("guid") && element.attr("isPermaLink").equals("false"));
            String text = element.ownText().strip();
            if (XML_URL_ELEMENTS.contains(local) && permalink && onHost.test(text)) {
                refs.add(new Ref(local, text, false));
            }
            if (element.hasAttr("href") && onHost.test(element.attr("href"))) {
                refs.add(new Ref(name + " href", element.attr("href"), false));
            }
        }
        return refs;
    }

    /** The {@code url(…)} and {@code @import} targets of a stylesheet. */
    static List<Ref> css(String text) {
        List<Ref> refs = new ArrayList<>();
        Matcher m = CSS_URL.matcher(text);
        while (m.find()) {
            for (int group = 1; group <= m.groupCount(); group++) {
                if (m.group(group) != null) {
                    refs.add(new Ref(group <= 3 ? "css url" : "css import", m.group(group), false));
                    break;
                }
            }
        }
        return refs;
    }

    /**
     * The URLs of a {@code srcset}: comma-separated candidates, each a URL and an optional descriptor
     * ({@code 2x}, {@code 640w}). A URL may itself hold commas, so a comma ends a candidate only after
     * whitespace or at the URL's end, as the HTML standard parses it.
     */
    static List<String> srcset(String srcset) {
        List<String> urls = new ArrayList<>();
        int i = 0;
        int n = srcset.length();
        while (i < n) {
            while (i < n && (Character.isWhitespace(srcset.charAt(i)) || srcset.charAt(i) == ',')) {
                i++;
            }
            int start = i;
            while (i < n && !Character.isWhitespace(srcset.charAt(i))) {
                i++;
            }
            String url = srcset.substring(start, i);
            boolean ended = url.endsWith(",");
            url = url.replaceAll(",+$", "");
            if (!url.isEmpty()) {
                urls.add(url);
            }
            if (!ended) {
                while (i < n && srcset.charAt(i) != ',') {
                    i++;
                }
            }
        }
        return urls;
    }

    /** What a {@code #fragment} may name in an HTML page: every {@code id}, and {@code name} of {@code <a>}. */
    static Set<String> anchors(Document page) {
        Set<String> anchors = new HashSet<>();
        for (Element element : page.select("[id]")) {
            anchors.add(element.id());
        }
        for (Element element : page.select("a[name]")) {
            anchors.add(element.attr("name"));
        }
        return anchors;
    }
}
