package news.portal.render;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

import news.portal.content.Article;
import news.portal.content.Term;
import news.portal.image.ImageSizes;

/**
 * What a list, a feed or a neighbour link shows of an article, as a page signature: when none of it
 * changed, a page that shows the article only this way needs no new rendering.
 */
record Card(String uri, String title, ZonedDateTime date, Optional<ZonedDateTime> updated, String summary,
            Optional<String> cover, Optional<ImageSizes.Size> coverSize, Optional<Term> section, List<Term> tags,
            Optional<String> author, Optional<String> source, String key) implements news.portal.cache.Keyed {

    /**
     * A card with its {@link #key}, the key of all the rest, digested once: a list page's key then digests
     * its cards' keys, not the cards again (at 20,000 articles, 9,000 list pages of 20 cards each).
     */
    Card(String uri, String title, ZonedDateTime date, Optional<ZonedDateTime> updated, String summary,
         Optional<String> cover, Optional<ImageSizes.Size> coverSize, Optional<Term> section, List<Term> tags,
         Optional<String> author, Optional<String> source) {
        this(uri, title, date, updated, summary, cover, coverSize, section, tags, author, source,
                // a list, since the card of no article has no date and Key.of's parts may not be null
                news.portal.cache.Key.of(java.util.Arrays.asList(uri, title, date, updated, summary, cover, coverSize,
                        section, tags, author, source)));
    }

    /** Stands for "no article here", such as the neighbour of the newest article. */
    static final Card NONE = new Card("", "", null, Optional.empty(), "", Optional.empty(), Optional.empty(),
            Optional.empty(), List.of(), Optional.empty(), Optional.empty());

    static Card of(Article article) {
        var doc = article.document();
        return new Card(article.uri(), doc.title(), doc.date(), doc.updated(), article.summary(), article.cover(),
                article.coverSize(), article.section(), article.tags(), doc.author(), doc.source());
    }
}
