package news.portal.content;

import java.time.YearMonth;
import java.util.List;

/**
 * One month of the archive.
 *
 * @param month    the month in the site's zone
 * @param uri      its page, e.g. {@code archive/2025-11.html}
 * @param articles its articles, newest first
 */
public record Month(YearMonth month, String uri, List<Article> articles) {

    public Month {
        articles = List.copyOf(articles);
    }
}
