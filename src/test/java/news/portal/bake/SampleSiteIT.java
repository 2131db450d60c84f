package news.portal.bake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import news.portal.config.SiteConfig;

/** The repository's own sample site, baked as {@code mvn package} bakes it, checked page by page. */
class SampleSiteIT {

    static final String HOST = "https://news.example.cn/";

    @TempDir
    static Path dir;
    static Path out;
    static List<String> files;
    static Baker.Result result;

    @BeforeAll
    static void bake() {
        out = dir.resolve("site");
        result = TestSites.bakeRepository(out);
        files = BakerTest.files(out);
    }

    @Test
    void sample_site_has_the_content_the_portal_needs() {
        assertThat(result.articles()).isGreaterThanOrEqualTo(18);
        assertThat(result.pages()).isGreaterThanOrEqualTo(2);
        assertThat(files.stream().filter(f -> f.startsWith("sections/") && !f.matches(".*/\\d+\\.html")))
                .hasSizeGreaterThanOrEqualTo(3);
        assertThat(files.stream().filter(f -> f.startsWith("tags/") && !f.matches(".*/\\d+\\.html")))
                .hasSizeGreaterThanOrEqualTo(11);
    }

    @Test
    void every_page_passes_the_nu_html_checker() {
        HtmlChecker checker = new HtmlChecker();
        int pages = 0;
        for (String file : files) {
            if (file.endsWith(".html")) {
                checker.check(out.resolve(file), file);
                pages++;
            }
        }
        assertThat(pages).isGreaterThan(40);
        assertThat(checker.errors()).isEmpty();
    }

    @Test
    void every_internal_link_resolves() {
        LinkChecker links = LinkChecker.check(out, SiteConfig.load(TestSites.repository()).identity().host());

        assertThat(links.problems()).isEmpty();
        // about 2,000 today: links, images, stylesheets, scripts, og: and JSON-LD URLs, feed and sitemap entries
        assertThat(links.checked()).isGreaterThan(1500);
    }

    @Test
    void every_feed_reads_in_rome_and_every_sitemap_validates() {
        FeedChecker feeds = new FeedChecker();
        SitemapChecker sitemaps = new SitemapChecker();
        List<String> read = new ArrayList<>();
        for (String file : files) {
            if (!file.endsWith(".xml")) {
                continue;
            }
            String root = xml(file).child(0).tagName();
            switch (root) {
                case "rss", "feed" -> feeds.check(out.resolve(file), file);
                case "urlset", "sitemapindex" -> sitemaps.check(out.resolve(file), file);
                default -> throw new AssertionError(file + ": neither a feed nor a sitemap: <" + root + ">");
            }
            read.add(file);
        }
        assertThat(read).contains("feed.xml", "atom.xml", "sitemap.xml", "news-sitemap.xml")
                .anyMatch(f -> f.matches("tags/[^/]+/feed\\.xml")).anyMatch(f -> f.matches("sections/[^/]+/feed\\.xml"));
        assertThat(feeds.problems()).isEmpty();
        assertThat(sitemaps.problems()).isEmpty();
        assertThat(TestSites.read(out.resolve("robots.txt"))).contains("Sitemap: " + HOST + "sitemap.xml\n")
                .contains("Sitemap: " + HOST + "news-sitemap.xml\n");
    }

    @Test
    void every_page_has_its_own_title_description_and_canonical() {
        Map<String, String> titles = new HashMap<>();
        Map<String, String> descriptions = new HashMap<>();
        Map<String, String> canonicals = new HashMap<>();
        List<String> problems = new ArrayList<>();
        for (String file : files) {
            if (!file.endsWith(".html") || file.equals("404.html")) {
                continue; // the 404 page stands in for every missing address and is not indexed
            }
            Document page = Jsoup.parse(TestSites.read(out.resolve(file)));
            if (file.equals("search.html")) {
                // internal search results are no page of their own for a search engine: noindex, no canonical
                assertThat(page.select("meta[name=robots]").attr("content")).contains("noindex");
                assertThat(page.select("link[rel=canonical]")).isEmpty();
                continue;
            }
            unique(problems, titles, file, "title", page.title());
            unique(problems, descriptions, file, "description", page.select("meta[name=description]").attr("content"));
            String canonical = page.select("link[rel=canonical]").attr("href");
            unique(problems, canonicals, file, "canonical", canonical);
            String expected = file.equals("index.html") ? HOST : HOST + file;
            if (!canonical.equals(expected)) {
                problems.add(file + ": canonical " + canonical + ", expected " + expected);
            }
            if (!page.title().endsWith(" — 山海文旅网") && !file.equals("index.html")) {
                problems.add(file + ": title " + page.title() + " does not end with the site's name");
            }
        }
        assertThat(titles).hasSizeGreaterThan(40);
        assertThat(problems).isEmpty();
    }

    @Test
    void section_and_tag_pages_announce_their_feeds() {
        List<String> problems = new ArrayList<>();
        int pages = 0;
        for (String file : files) {
            if (!file.matches("(tags|sections)/[^/]+\\.html") || file.equals("tags/index.html")) {
                continue;
            }
            pages++;
            Document page = Jsoup.parse(TestSites.read(out.resolve(file)), HOST + file);
            String feed = HOST + file.replaceAll("\\.html$", "/feed.xml");
            List<String> alternates = page.select("link[rel=alternate][type=application/rss+xml]").eachAttr("abs:href");
            if (!alternates.contains(feed) || !files.contains(feed.substring(HOST.length()))) {
                problems.add(file + ": no feed " + feed + " among " + alternates);
            }
        }
        assertThat(pages).isGreaterThan(10);
        assertThat(problems).isEmpty();
    }

    private static void unique(List<String> problems, Map<String, String> seen, String file, String what, String value) {
        if (value.isBlank()) {
            problems.add(file + ": no " + what);
            return;
        }
        String other = seen.putIfAbsent(value, file);
        if (other != null) {
            problems.add(file + ": same " + what + " as " + other + ": " + value);
        }
    }

    private static Document xml(String file) {
        return Jsoup.parse(TestSites.read(out.resolve(file)), "", Parser.xmlParser());
    }

}
