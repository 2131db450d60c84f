package news.portal.content;

import java.util.List;

/**
 * The published articles of one tag or one section, newest first.
 *
 * @param term     the tag or section
 * @param articles its articles, newest first
 */
public record Listing(Term term, List<Article> articles) {

    public Listing {
        articles = List.copyOf(articles);
    }
}
