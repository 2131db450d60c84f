package news.portal.render;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToLongFunction;

import news.portal.config.SiteConfig;
import news.portal.content.Article;
import news.portal.content.SiteModel;
import news.portal.content.SitePath;

/**
 * What search engines read: {@code sitemap.xml} (an index of {@code sitemap-N.xml} past
 * {@code sitemap.max_urls}), the Google News sitemap, and {@code robots.txt} naming both.
 */
final class SitemapPlan {

    /** Google reads at most this many images of one page from a sitemap. */
    static final int IMAGES_PER_PAGE = 1_000;

    /**
     * The protocol's 50 MB a file, less room for the envelope and for our estimate of each entry, which
     * counts characters (URLs are ASCII: pages have pinyin names, and image names are percent-encoded).
     */
    static final long BYTES_PER_FILE = 48L * 1024 * 1024;

    /**
     * One page in a sitemap.
     *
     * @param images the absolute URLs of the images it shows (Google's image extension); a sitemap index
     *               lists none
     */
    private record Url(String loc, ZonedDateTime lastmod, List<String> images) {
        Map<String, Object> map(ModelMaps maps) {
            return Map.of("loc", loc, "lastmod_iso", maps.iso(lastmod), "images", images);
        }

        /** About as many bytes as the entry takes in the file, markup and indentation included. */
        long bytes() {
            return 90 + loc.length() + images.stream().mapToLong(image -> 70 + image.length()).sum();
        }
    }

    private final SiteConfig config;
    private final SiteModel model;
    private final ModelMaps maps;

    SitemapPlan(SiteConfig config, SiteModel model, ModelMaps maps) {
        this.config = config;
        this.model = model;
        this.maps = maps;
    }

    /**
     * @param pages   the pages written so far; the HTML ones are listed
     * @param hidden  pages that ask not to be indexed, left out of the sitemap
     * @param changed when each list page last changed; other pages without a date of their own take
     *                the newest article's
     * @param sitemap whether to write the sitemaps ({@code render.sitemap})
     */
    void add(List<Job> jobs, List<Job> pages, Set<String> hidden, Map<String, ZonedDateTime> changed, boolean sitemap) {
        List<String> named = new ArrayList<>();
        if (sitemap) {
            addSitemaps(jobs, urls(pages, hidden, changed));
            named.add(config.output().sitemap());
            String news = config.discovery().newsSitemap();
            if (!news.isEmpty() && addNews(jobs, news)) {
                named.add(news);
            }
        }
        List<String> locations = named.stream().map(uri -> config.identity().host() + uri).toList();
        jobs.add(new Job("robots.txt", "robots", () -> Map.of("title", "", "sitemaps", locations),
                List.of(locations)));
    }

    private void addSitemaps(List<Job> jobs, List<Url> urls) {
        String file = config.output().sitemap();
        List<List<Url>> split = parts(urls, config.discovery().sitemapMaxUrls(), BYTES_PER_FILE, Url::bytes);
        if (split.size() == 1) {
            jobs.add(urlset(file, urls));
            return;
        }
        String stem = file.endsWith(".xml") ? file.substring(0, file.length() - 4) : file;
        List<Url> parts = new ArrayList<>();
        int number = 0;
        for (List<Url> part : split) {
            String uri = stem + "-" + ++number + ".xml";
            jobs.add(urlset(uri, part));
            ZonedDateTime newest = part.stream().map(Url::lastmod).max(Comparator.naturalOrder()).orElseThrow();
            parts.add(new Url(config.identity().host() + uri, newest, List.of()));
        }
        List<Map<String, Object>> index = parts.stream().map(url -> url.map(maps)).toList();
        jobs.add(new Job(file, "sitemap_index", () -> Map.of("title", "", "sitemaps", index), List.of(index)));
    }

    /**
     * {@code items} cut, in order, into parts of at most {@code maxCount} items and {@code maxBytes} bytes;
     * one part (possibly empty) when all fit. An item bigger than {@code maxBytes} alone gets a part alone.
     */
    static <T> List<List<T>> parts(List<T> items, int maxCount, long maxBytes, ToLongFunction<T> bytes) {
        List<List<T>> parts = new ArrayList<>();
        int start = 0;
        long size = 0;
        for (int i = 0; i < items.size(); i++) {
            long own = bytes.applyAsLong(items.get(i));
            if (i > start && (i - start == maxCount || size + own > maxBytes)) {
                parts.add(items.subList(start, i));
                start = i;
                size = 0;
            }
            size += own;
        }
        parts.add(items.subList(start, items.size()));
        return parts;
    }

    private Job urlset(String uri, List<Url> urls) {
        List<Map<String, Object>> list = urls.stream().map(url -> url.map(maps)).toList();
        return new Job(uri, "sitemap", () -> Map.of("title", "", "urls", list), List.of(list));
    }

    /**
     * Google News takes articles of the last two days only, at most 1,000 a file: older ones are in the
     * main sitemap. Relative to the bake, so a site baked every few minutes keeps the window current.
     * With no article that recent there is no news sitemap at all, and robots.txt does not name one: the
     * sitemaps.org schema wants at least one {@code <url>} in a urlset, and Google asks for recent articles
     * only, so an empty file would be an invalid sitemap announced to every crawler. It comes back with
     * the next article.
     *
     * @return whether the news sitemap is written
     */
    private boolean addNews(List<Job> jobs, String uri) {
        Instant now = model.bakeTime();
        Instant since = now.minus(Duration.ofDays(config.discovery().newsDays()));
        List<Map<String, Object>> news = new ArrayList<>();
        for (Article article : model.articles()) {
            Instant date = article.document().date().toInstant();
            if (date.isAfter(now)) {
                continue; // a scheduled article shown by the preview is not news yet
            }
            if (date.isBefore(since) || news.size() == SiteConfig.Discovery.NEWS_LIMIT) {
                break; // articles come newest first
            }
            news.add(Map.of("loc", config.identity().host() + article.uri(), "title", article.title(),
                    "date_iso", maps.iso(article.document().date())));
        }
        if (news.isEmpty()) {
            return false;
        }
        Map<String, Object> publication = Map.of("name", config.identity().name(),
                "language", config.identity().language().toLowerCase(java.util.Locale.ROOT));
        jobs.add(new Job(uri, "news_sitemap", () -> Map.of("title", "", "news", news, "publication", publication),
                List.of(news, publication)));
        return true;
    }

    private List<Url> urls(List<Job> pages, Set<String> hidden, Map<String, ZonedDateTime> changed) {
        Map<String, ZonedDateTime> lastmod = new HashMap<>(changed);
        Map<String, List<String>> images = new HashMap<>();
        for (List<Article> articles : List.of(model.articles(), model.pages())) {
            for (Article article : articles) {
                lastmod.put(article.uri(), article.document().lastModified());
                images.put(article.uri(), images(article));
            }
        }
        ZonedDateTime newest = model.articles().isEmpty() ? model.bakeTime().atZone(config.identity().zone())
                : model.articles().get(0).document().date();
        String host = config.identity().host();
        String extension = config.output().extension();
        List<Url> urls = new ArrayList<>();
        for (Job job : pages) {
            if (job.kind().equals("error404") || !job.uri().endsWith(extension) || hidden.contains(job.uri())) {
                continue;
            }
            String loc = job.uri().equals(config.output().index()) ? host : host + job.uri();
            urls.add(new Url(loc, lastmod.getOrDefault(job.uri(), newest), images.getOrDefault(job.uri(), List.of())));
        }
        return urls;
    }

    /** The cover and the pictures of the body, each once, absolute: so image search finds the photos. */
    private List<String> images(Article article) {
        Set<String> paths = new LinkedHashSet<>();
        article.cover().ifPresent(paths::add);
        article.pictures().forEach(picture -> paths.add(picture.path()));
        return paths.stream().limit(IMAGES_PER_PAGE).map(path -> SitePath.url(config.identity().host(), path)).toList();
    }
}
