package news.portal.render;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import news.portal.config.SiteConfig;
import news.portal.content.Article;
import news.portal.content.SiteModel;

/**
 * What search engines read: {@code sitemap.xml} (an index of {@code sitemap-N.xml} past
 * {@code sitemap.max_urls}), the Google News sitemap, and {@code robots.txt} naming both.
 */
final class SitemapPlan {

    /** One page in a sitemap. */
    private record Url(String loc, ZonedDateTime lastmod) {
        Map<String, Object> map(ModelMaps maps) {
            return Map.of("loc", loc, "lastmod_iso", maps.iso(lastmod));
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
            if (!news.isEmpty()) {
                addNews(jobs, news);
                named.add(news);
            }
        }
        List<String> locations = named.stream().map(uri -> config.identity().host() + uri).toList();
        jobs.add(new Job("robots.txt", "robots", () -> Map.of("title", "", "sitemaps", locations),
                List.of(locations)));
    }

    private void addSitemaps(List<Job> jobs, List<Url> urls) {
        int max = config.discovery().sitemapMaxUrls();
        String file = config.output().sitemap();
        if (urls.size() <= max) {
            jobs.add(urlset(file, urls));
            return;
        }
        String stem = file.endsWith(".xml") ? file.substring(0, file.length() - 4) : file;
        List<Url> parts = new ArrayList<>();
        for (int start = 0, number = 1; start < urls.size(); start += max, number++) {
            List<Url> part = urls.subList(start, Math.min(urls.size(), start + max));
            String uri = stem + "-" + number + ".xml";
            jobs.add(urlset(uri, part));
            ZonedDateTime newest = part.stream().map(Url::lastmod).max(Comparator.naturalOrder()).orElseThrow();
            parts.add(new Url(config.identity().host() + uri, newest));
        }
        List<Map<String, Object>> index = parts.stream().map(url -> url.map(maps)).toList();
        jobs.add(new Job(file, "sitemap_index", () -> Map.of("title", "", "sitemaps", index), List.of(index)));
    }

    private Job urlset(String uri, List<Url> urls) {
        List<Map<String, Object>> list = urls.stream().map(url -> url.map(maps)).toList();
        return new Job(uri, "sitemap", () -> Map.of("title", "", "urls", list), List.of(list));
    }

    /**
     * Google News takes articles of the last two days only, at most 1,000 a file: older ones are in the
     * main sitemap. Relative to the bake, so a site baked every few minutes keeps the window current.
     */
    private void addNews(List<Job> jobs, String uri) {
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
        Map<String, Object> publication = Map.of("name", config.identity().name(),
                "language", config.identity().language().toLowerCase(java.util.Locale.ROOT));
        jobs.add(new Job(uri, "news_sitemap", () -> Map.of("title", "", "news", news, "publication", publication),
                List.of(news, publication)));
    }

    private List<Url> urls(List<Job> pages, Set<String> hidden, Map<String, ZonedDateTime> changed) {
        Map<String, ZonedDateTime> lastmod = new HashMap<>(changed);
        for (Article article : model.articles()) {
            lastmod.put(article.uri(), article.document().lastModified());
        }
        for (Article page : model.pages()) {
            lastmod.put(page.uri(), page.document().lastModified());
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
            urls.add(new Url(loc, lastmod.getOrDefault(job.uri(), newest)));
        }
        return urls;
    }
}
