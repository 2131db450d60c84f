package news.portal.content;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The whole site's content, built once per bake and read by every render thread: nothing in it changes
 * after construction, and every list is in a fixed order, so any number of threads render the same site.
 */
public final class SiteModel {

    /** Newest first; among equal dates, by address, so the order never depends on the file system. */
    static final Comparator<Article> NEWEST_FIRST = Comparator
            .comparing((Article a) -> a.document().date()).reversed()
            .thenComparing(Article::uri);

    private final List<Article> articles;
    private final List<Article> pages;
    private final List<Listing> tags;
    private final List<Listing> sections;
    private final List<Month> months;
    private final List<String> staticFiles;
    private final Instant bakeTime;
    private final Map<Article, Integer> positions = new IdentityHashMap<>();
    private final Map<String, Listing> tagsBySlug = new HashMap<>();

    SiteModel(List<Article> articles, List<Article> pages, List<Listing> tags, List<Listing> sections,
              List<Month> months, List<String> staticFiles, Instant bakeTime) {
        this.articles = List.copyOf(articles);
        this.pages = List.copyOf(pages);
        this.tags = List.copyOf(tags);
        this.sections = List.copyOf(sections);
        this.months = List.copyOf(months);
        this.staticFiles = List.copyOf(staticFiles);
        this.bakeTime = bakeTime;
        for (int i = 0; i < this.articles.size(); i++) {
            positions.put(this.articles.get(i), i);
        }
        for (Listing listing : this.tags) {
            tagsBySlug.put(listing.term().slug(), listing);
        }
    }

    /** Articles in the site, newest first. */
    public List<Article> articles() {
        return articles;
    }

    /** Standing pages, by address. */
    public List<Article> pages() {
        return pages;
    }

    /** Tags of the site's articles, most used first, then by slug. */
    public List<Listing> tags() {
        return tags;
    }

    /** Sections in navigation order: as configured, then by slug. */
    public List<Listing> sections() {
        return sections;
    }

    /** Months with articles, newest first. */
    public List<Month> months() {
        return months;
    }

    /** Files below the content folder that are not documents (images next to articles), copied as they are. */
    public List<String> staticFiles() {
        return staticFiles;
    }

    /** The moment the bake decided what is published. */
    public Instant bakeTime() {
        return bakeTime;
    }

    /** The next older article, if any. */
    public Optional<Article> older(Article article) {
        int position = position(article);
        return position + 1 < articles.size() ? Optional.of(articles.get(position + 1)) : Optional.empty();
    }

    /** The next newer article, if any. */
    public Optional<Article> newer(Article article) {
        int position = position(article);
        return position > 0 ? Optional.of(articles.get(position - 1)) : Optional.empty();
    }

    /**
     * Up to {@code limit} other articles sharing the most tags with {@code article}; among equals, the
     * nearest in time, then the newest. Counts only tag lists, never scans the whole site.
     */
    public List<Article> related(Article article, int limit) {
        position(article);
        Map<Article, Integer> shared = new IdentityHashMap<>();
        for (Term tag : article.tags()) {
            Listing listing = tagsBySlug.get(tag.slug());
            if (listing == null) {
                continue;
            }
            for (Article other : listing.articles()) {
                if (other != article) {
                    shared.merge(other, 1, Integer::sum);
                }
            }
        }
        long time = article.document().date().toEpochSecond();
        List<Article> candidates = new ArrayList<>(shared.keySet());
        candidates.sort(Comparator.comparing((Article a) -> -shared.get(a))
                .thenComparingLong(a -> Math.abs(a.document().date().toEpochSecond() - time))
                .thenComparing(NEWEST_FIRST));
        return List.copyOf(candidates.subList(0, Math.min(limit, candidates.size())));
    }

    private int position(Article article) {
        Integer position = positions.get(article);
        if (position == null) {
            throw new IllegalArgumentException("not an article of this site: " + article.uri());
        }
        return position;
    }
}
