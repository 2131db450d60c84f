package news.portal.share;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * An article as a schema.org {@code NewsArticle} in JSON-LD, the form search engines and chat apps read
 * for headline, dates, author and image.
 */
final class JsonLd {

    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonLd() {
    }

    /**
     * The facts of one article, absolute URLs and ISO-8601 dates already.
     *
     * @param author a person's name as the editor wrote it; without one the site is the author
     * @param logo   the publisher's logo, absolute
     */
    record Facts(String headline, String description, String url, String published, String modified,
                 Optional<String> author, Optional<String> image, Optional<String> section, List<String> tags,
                 String language, String siteName, String siteUrl, Optional<String> logo) { }

    /**
     * The JSON text, safe to print inside {@code <script type="application/ld+json">}: every {@code <}
     * is written as {@code \u003c}, so no headline can close the script element or open a comment.
     */
    static String of(Facts facts) {
        Map<String, Object> publisher = object("@type", "Organization", "name", facts.siteName(), "url", facts.siteUrl());
        facts.logo().ifPresent(logo -> publisher.put("logo", object("@type", "ImageObject", "url", logo)));

        Map<String, Object> article = object("@context", "https://schema.org", "@type", "NewsArticle",
                "headline", facts.headline());
        if (!facts.description().isEmpty()) {
            article.put("description", facts.description());
        }
        article.put("url", facts.url());
        article.put("mainEntityOfPage", object("@type", "WebPage", "@id", facts.url()));
        article.put("datePublished", facts.published());
        article.put("dateModified", facts.modified());
        article.put("author", facts.author()
                .map(name -> object("@type", "Person", "name", name))
                .orElse(object("@type", "Organization", "name", facts.siteName(), "url", facts.siteUrl())));
        article.put("publisher", publisher);
        facts.image().ifPresent(image -> article.put("image", List.of(image)));
        facts.section().ifPresent(section -> article.put("articleSection", section));
        if (!facts.tags().isEmpty()) {
            article.put("keywords", facts.tags());
        }
        article.put("inLanguage", facts.language());
        try {
            // "<" occurs only inside JSON strings, where \u003c means the same character
            return JSON.writeValueAsString(article).replace("<", "\\u003c");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON-LD for " + facts.url(), e);
        }
    }

    /** An object whose keys keep their order, so that every bake writes the same bytes. */
    private static Map<String, Object> object(Object... keysAndValues) {
        Map<String, Object> object = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            object.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return object;
    }
}
