package news.portal.content;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import news.portal.problem.Problem;

/**
 * The whole site's content, built once per bake and read by every render thread: nothing in it changes
 * after construction, and every list is in a fixed order, so any number of threads render the same site.
 */
public final class SiteModel {

    /** Newest first; among equal dates, by address, so the order never depends on the file system. */
    static final Comparator<Article> NEWEST_FIRST = Comparator
            .comparing((Article a) -> a.document().date()).reversed()
            .thenComparing(Article::uri);

    /** How far either side of an article its related candidates are looked for, in each of its tags. */
    static final int RELATED_WINDOW = 100;

    private final List<Article> articles;
    private final List<Article> pages;
    private final List<Article> others;
    private final List<Listing> tags;
    private final List<Listing> sections;
    private final List<Month> months;
    private final List<String> staticFiles;
    private final List<Problem> warnings;
    private final Instant bakeTime;
    private final Map<Article, Integer> positions = new IdentityHashMap<>();
    private final Map<String, int[]> tagPositions = new HashMap<>();
    private final long[] epochSeconds;

    SiteModel(List<Article> articles, List<Article> pages, List<Listing> tags, List<Listing> sections,
              List<Month> months, List<String> staticFiles, List<Problem> warnings, Instant bakeTime) {
        this(articles, pages, List.of(), tags, sections, months, staticFiles, warnings, bakeTime);
    }

    SiteModel(List<Article> articles, List<Article> pages, List<Article> others, List<Listing> tags,
              List<Listing> sections, List<Month> months, List<String> staticFiles, List<Problem> warnings,
              Instant bakeTime) {
        this.articles = List.copyOf(articles);
        this.pages = List.copyOf(pages);
        this.others = List.copyOf(others);
        this.tags = List.copyOf(tags);
        this.sections = List.copyOf(sections);
        this.months = List.copyOf(months);
        this.staticFiles = List.copyOf(staticFiles);
        this.warnings = warnings.stream().sorted(Problem.ORDER).toList();
        this.bakeTime = bakeTime;
        for (int i = 0; i < this.articles.size(); i++) {
            positions.put(this.articles.get(i), i);
        }
        for (Listing listing : this.tags) {
            tagPositions.put(listing.term().slug(),
                    listing.articles().stream().mapToInt(positions::get).sorted().toArray());
        }
        epochSeconds = this.articles.stream().mapToLong(a -> a.document().date().toEpochSecond()).toArray();
    }

    /** Articles in the site, newest first. */
    public List<Article> articles() {
        return articles;
    }

    /** Standing pages, by address. */
    public List<Article> pages() {
        return pages;
    }

    /** Documents of the site's own types ({@code type=paper}), newest first. */
    public List<Article> others() {
        return others;
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

    /**
     * What is wrong in the published articles but does not stop a bake: images whose file is missing.
     * {@code check} reports them too; in file and line order.
     */
    public List<Problem> warnings() {
        return warnings;
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
     * nearest in time, then the newest. Candidates are the {@value #RELATED_WINDOW} articles on either side
     * of it in each of its tags' lists, so the cost per article stays flat however large a tag grows. The
     * packed sort keys allow 2^23 articles and time distances up to a thousand years.
     */
    public List<Article> related(Article article, int limit) {
        int self = position(article);
        int[] candidates = new int[article.tags().size() * (2 * RELATED_WINDOW + 1)];
        int count = 0;
        for (Term tag : article.tags()) {
            int[] list = tagPositions.get(tag.slug());
            if (list == null) {
                continue;
            }
            // tag lists hold site positions in ascending order (newest first), so the article is found by search
            int at = Arrays.binarySearch(list, self);
            if (at < 0) {
                continue;
            }
            for (int i = Math.max(0, at - RELATED_WINDOW); i < Math.min(list.length, at + RELATED_WINDOW + 1); i++) {
                if (i != at) {
                    candidates[count++] = list[i];
                }
            }
        }
        if (count == 0) {
            return List.of();
        }
        Arrays.sort(candidates, 0, count);
        // one key per distinct candidate: more shared tags first, then nearer in time, then newer
        long[] keys = new long[count];
        int distinct = 0;
        for (int i = 0; i < count; ) {
            int position = candidates[i];
            int shared = 0;
            while (i < count && candidates[i] == position) {
                shared++;
                i++;
            }
            long distance = Math.min(Math.abs(epochSeconds[position] - epochSeconds[self]), (1L << 35) - 1);
            keys[distinct++] = ((long) (31 - Math.min(shared, 31)) << 58) | (distance << 23) | position;
        }
        Arrays.sort(keys, 0, distinct);
        List<Article> related = new ArrayList<>(Math.min(limit, distinct));
        for (int i = 0; i < distinct && i < limit; i++) {
            related.add(articles.get((int) (keys[i] & ((1 << 23) - 1))));
        }
        return List.copyOf(related);
    }

    private int position(Article article) {
        Integer position = positions.get(article);
        if (position == null) {
            throw new IllegalArgumentException("not an article of this site: " + article.uri());
        }
        return position;
    }
}
