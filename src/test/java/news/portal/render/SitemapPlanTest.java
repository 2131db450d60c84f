package news.portal.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import news.portal.bake.SitemapChecker;

class SitemapPlanTest {

    static final Instant NOW = Instant.parse("2026-11-28T00:00:00Z");
    /** A day and a half after the fixture's newest article (2025-11-28 12:24 in Shanghai). */
    static final Instant NEWS_TIME = Instant.parse("2025-11-29T16:00:00Z");
    static final String HOST = "https://test.example.cn/";

    @TempDir
    Path dir;

    @Test
    void sitemap_lists_indexable_pages_and_validates_against_the_sitemaps_org_schema() {
        DiscoverySites site = new DiscoverySites(dir).bake(NOW);

        List<String> locs = site.xml("sitemap.xml").select("url > loc").eachText();
        assertThat(locs).contains(HOST, HOST + "page/2.html", HOST + "2025/11/night-tour.html")
                .doesNotContain(HOST + "404.html", HOST + "index.html").doesNotHaveDuplicates();
        assertThat(site.xml("sitemap.xml").select("url > lastmod").eachText())
                .allMatch(t -> t.matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\+08:00"));
        assertThat(validate(site, "sitemap.xml")).isEmpty();
    }

    @Test
    void article_pages_list_their_cover_and_body_pictures_once_for_image_search() {
        DiscoverySites site = new DiscoverySites(dir).write("content/news/2025/11/photos.md", """
                ---
                title: 城墙的两张照片
                date: 2025-11-27 10:00
                slug: photos
                cover: /images/cover.svg
                ---
                ![夜景](/images/cover.svg)

                <figure><img src="/images/城墙 远景.svg" alt="远景"><figcaption>远景</figcaption></figure>
                """).write("content/images/城墙 远景.svg",
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"640\" height=\"360\"/>").bake(NOW);

        java.util.Map<String, List<String>> images = new java.util.HashMap<>();
        for (Element url : site.xml("sitemap.xml").select("url")) {
            images.put(url.selectFirst("loc").text(), url.select("image|image > image|loc").eachText());
        }
        assertThat(images.get(HOST + "2025/11/photos.html")).containsExactly(
                HOST + "images/cover.svg", HOST + "images/%E5%9F%8E%E5%A2%99%20%E8%BF%9C%E6%99%AF.svg");
        assertThat(images.get(HOST + "2025/11/night-tour.html")).containsExactly(HOST + "images/cover.svg");
        assertThat(images.get(HOST)).isEmpty();
        assertThat(validate(site, "sitemap.xml")).isEmpty();
    }

    @Test
    void a_list_page_was_last_modified_when_its_newest_article_was() {
        DiscoverySites site = new DiscoverySites(dir).bake(NOW);

        java.util.Map<String, String> lastmod = new java.util.HashMap<>();
        for (Element url : site.xml("sitemap.xml").select("url")) {
            lastmod.put(url.selectFirst("loc").text(), url.selectFirst("lastmod").text());
        }
        assertThat(lastmod.get(HOST + "sections/fei-yi-chuan-cheng.html")).isEqualTo("2025-11-10T08:00:00+08:00");
        assertThat(lastmod.get(HOST + "tags/gu-cheng.html")).isEqualTo("2025-11-28T12:24:00+08:00");
        assertThat(lastmod.get(HOST + "tags/gu-cheng/2.html")).isEqualTo("2025-11-28T12:24:00+08:00");
        assertThat(lastmod.get(HOST + "archive/2025-10.html")).isEqualTo("2025-10-02T09:00:00+08:00");
        assertThat(lastmod.get(HOST + "2025/11/wei-wei-kun-lun.html")).isEqualTo("2025-11-20T00:00:00+08:00");
    }

    @Test
    void past_the_url_limit_the_sitemap_becomes_an_index_of_valid_parts() {
        DiscoverySites whole = new DiscoverySites(dir.resolve("a")).bake(NOW);
        List<String> all = whole.xml("sitemap.xml").select("url > loc").eachText();
        DiscoverySites split = new DiscoverySites(dir.resolve("b"), "sitemap.max_urls=7").bake(NOW);

        Document index = split.xml("sitemap.xml");
        assertThat(index.selectFirst("sitemapindex")).isNotNull();
        List<String> parts = index.select("sitemap > loc").eachText();
        assertThat(parts).hasSize((all.size() + 6) / 7).first().isEqualTo(HOST + "sitemap-1.xml");
        List<String> listed = new ArrayList<>();
        for (String part : parts) {
            String file = part.substring(HOST.length());
            List<String> locs = split.xml(file).select("url > loc").eachText();
            assertThat(locs).hasSizeLessThanOrEqualTo(7);
            listed.addAll(locs);
        }
        assertThat(listed).containsExactlyElementsOf(all);
        List<String> files = new ArrayList<>(parts.stream().map(p -> p.substring(HOST.length())).toList());
        files.add("sitemap.xml");
        assertThat(validate(split, files.toArray(String[]::new))).isEmpty();
        assertThat(split.text("robots.txt")).contains("Sitemap: " + HOST + "sitemap.xml\n");
    }

    @Test
    void a_sitemap_part_ends_at_the_url_limit_or_before_the_byte_limit() {
        List<Integer> sizes = List.of(10, 10, 10, 30, 5, 50, 1);

        assertThat(SitemapPlan.parts(sizes, 3, 1_000, Integer::longValue))
                .containsExactly(List.of(10, 10, 10), List.of(30, 5, 50), List.of(1));
        assertThat(SitemapPlan.parts(sizes, 50_000, 40, Integer::longValue))
                .containsExactly(List.of(10, 10, 10), List.of(30, 5), List.of(50), List.of(1));
        assertThat(SitemapPlan.parts(sizes, 50_000, 1_000, Integer::longValue)).containsExactly(sizes);
        assertThat(SitemapPlan.parts(List.<Integer>of(), 3, 40, Integer::longValue)).containsExactly(List.of());
    }

    @Test
    void news_sitemap_holds_the_articles_of_the_last_two_days() {
        DiscoverySites site = new DiscoverySites(dir).bake(NEWS_TIME);

        Document news = site.xml("news-sitemap.xml");
        assertThat(news.select("url > loc").eachText()).containsExactly(HOST + "2025/11/night-tour.html");
        Element item = news.selectFirst("url");
        assertThat(item.select("news|publication > news|name").text()).isEqualTo("测试文旅网");
        assertThat(item.select("news|publication > news|language").text()).isEqualTo("zh-cn");
        assertThat(item.select("news|publication_date").text()).isEqualTo("2025-11-28T12:24:00+08:00");
        assertThat(item.select("news|title").text()).isEqualTo("古城夜游线路开放");
        assertThat(validate(site, "news-sitemap.xml")).isEmpty();
    }

    @Test
    void with_nothing_recent_there_is_no_news_sitemap_and_robots_names_only_the_main_one() {
        DiscoverySites site = new DiscoverySites(dir).bake(NOW);

        // an empty urlset would fail the sitemaps.org schema, and Google wants recent articles only
        assertThat(site.exists("news-sitemap.xml")).isFalse();
        assertThat(site.text("robots.txt")).contains("Sitemap: " + HOST + "sitemap.xml\n").doesNotContain("news");
        assertThat(validate(site, "sitemap.xml")).isEmpty();
    }

    @Test
    void the_news_sitemap_comes_back_with_the_next_recent_article() {
        DiscoverySites site = new DiscoverySites(dir).write("content/news/2026/11/new.md", """
                ---
                title: 冬季灯会
                date: 2026-11-27 10:00
                ---
                正文。
                """).bake(NOW);

        assertThat(site.xml("news-sitemap.xml").select("news|title").eachText()).containsExactly("冬季灯会");
        assertThat(site.text("robots.txt")).contains("Sitemap: " + HOST + "news-sitemap.xml\n");
        assertThat(validate(site, "news-sitemap.xml")).isEmpty();
    }

    @Test
    void news_sitemap_stops_at_a_thousand_articles() {
        DiscoverySites site = new DiscoverySites(dir);
        for (int i = 0; i < 1005; i++) {
            site.write("content/many/a" + i + ".md", "---\ntitle: 快讯 " + i + "\ndate: 2025-11-29 "
                    + String.format("%02d:%02d", i / 60 % 24, i % 60) + "\n---\n正文。\n");
        }
        site.bake(NEWS_TIME);

        Document news = site.xml("news-sitemap.xml");
        assertThat(news.select("url")).hasSize(1000);
        assertThat(news.select("news|title").first().text()).isEqualTo("快讯 1004");
        assertThat(validate(site, "news-sitemap.xml")).isEmpty();
    }

    @Test
    void later_list_pages_can_ask_not_to_be_indexed() {
        DiscoverySites plain = new DiscoverySites(dir.resolve("a")).bake(NOW);
        assertThat(plain.html("page/2.html").select("meta[name=robots]")).isEmpty();

        DiscoverySites site = new DiscoverySites(dir.resolve("b"), "paginate.noindex=true").bake(NOW);
        assertThat(site.html("index.html").select("meta[name=robots]")).isEmpty();
        assertThat(site.html("page/2.html").select("meta[name=robots]").attr("content")).isEqualTo("noindex, follow");
        assertThat(site.html("tags/gu-cheng/2.html").select("meta[name=robots]").attr("content"))
                .isEqualTo("noindex, follow");
        assertThat(site.xml("sitemap.xml").select("url > loc").eachText())
                .contains(HOST, HOST + "tags/gu-cheng.html")
                .doesNotContain(HOST + "page/2.html", HOST + "tags/gu-cheng/2.html");
    }

    @Test
    void list_pages_link_their_neighbours_with_rel_prev_and_next() {
        DiscoverySites site = new DiscoverySites(dir).bake(NOW);

        Document second = site.html("page/2.html");
        assertThat(second.select("link[rel=prev]").attr("abs:href")).isEqualTo(HOST + "index.html");
        assertThat(second.select("link[rel=next]")).isEmpty();
        Document first = site.html("index.html");
        assertThat(first.select("link[rel=next]").attr("abs:href")).isEqualTo(HOST + "page/2.html");
        assertThat(first.select("link[rel=prev]")).isEmpty();
    }

    @Test
    void robots_names_both_sitemaps_and_the_front_page_carries_verification_codes() {
        DiscoverySites site = new DiscoverySites(dir, "site.verification.baidu=codeBaidu-1",
                "site.verification.google=g_Code-2").bake(NEWS_TIME);

        assertThat(site.text("robots.txt")).contains("Sitemap: " + HOST + "sitemap.xml\n")
                .contains("Sitemap: " + HOST + "news-sitemap.xml\n");
        Document front = site.html("index.html");
        assertThat(front.select("meta[name=baidu-site-verification]").attr("content")).isEqualTo("codeBaidu-1");
        assertThat(front.select("meta[name=google-site-verification]").attr("content")).isEqualTo("g_Code-2");
        assertThat(site.html("page/2.html").select("meta[name$=site-verification]")).isEmpty();
        assertThat(site.html("2025/11/night-tour.html").select("meta[name$=site-verification]")).isEmpty();
    }

    @Test
    void without_a_news_sitemap_robots_names_one() {
        DiscoverySites site = new DiscoverySites(dir, "sitemap.news.file=").bake(NOW);

        assertThat(site.exists("news-sitemap.xml")).isFalse();
        assertThat(site.text("robots.txt")).contains("Sitemap: " + HOST + "sitemap.xml").doesNotContain("news");
    }

    private static List<String> validate(DiscoverySites site, String... files) {
        SitemapChecker checker = new SitemapChecker();
        for (String file : files) {
            checker.check(site.out().resolve(file), file);
        }
        return checker.problems();
    }
}
