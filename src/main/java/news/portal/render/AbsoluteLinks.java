package news.portal.render;

import java.net.MalformedURLException;
import java.net.URL;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import news.portal.content.Article;

/**
 * Article bodies with every link absolute, for full-text feeds: a feed reader shows the text away from the
 * site, where the page-relative links the pages use ({@code ../../images/x.png}) lead nowhere. RSS has no
 * base URL a reader must honour, so the links themselves change.
 */
final class AbsoluteLinks {

    private static final String[] ATTRIBUTES = {"href", "src", "poster"};

    private final String host;
    private final Map<String, String> bodies = new ConcurrentHashMap<>();

    AbsoluteLinks(String host) {
        this.host = host;
    }

    /** The body of {@code article}, computed once per bake however many feeds show it. */
    String body(Article article) {
        return bodies.computeIfAbsent(article.uri(), uri -> rewrite(article.html(), host + uri));
    }

    static String rewrite(String html, String pageUrl) {
        Document doc = Jsoup.parseBodyFragment(html, pageUrl);
        doc.outputSettings().prettyPrint(false);
        for (String attribute : ATTRIBUTES) {
            for (Element element : doc.body().select("[" + attribute + "]")) {
                String absolute = element.absUrl(attribute);
                if (!absolute.isEmpty()) {
                    element.attr(attribute, absolute);
                }
            }
        }
        for (Element element : doc.body().select("[srcset]")) {
            element.attr("srcset", srcset(element, pageUrl));
        }
        return doc.body().html();
    }

    /** {@code srcset} is a list of "URL width" candidates, each made absolute on its own. */
    private static String srcset(Element element, String pageUrl) {
        StringBuilder out = new StringBuilder();
        for (String candidate : element.attr("srcset").split(",")) {
            String[] parts = candidate.strip().split("\\s+", 2);
            if (parts[0].isEmpty()) {
                continue;
            }
            if (!out.isEmpty()) {
                out.append(", ");
            }
            out.append(resolve(pageUrl, parts[0]));
            if (parts.length > 1) {
                out.append(' ').append(parts[1]);
            }
        }
        return out.toString();
    }

    /** java.net.URL, unlike URI, accepts the raw Chinese an editor may write in a path. */
    private static String resolve(String base, String relative) {
        try {
            return new URL(new URL(base), relative).toExternalForm();
        } catch (MalformedURLException e) {
            return relative;
        }
    }
}
