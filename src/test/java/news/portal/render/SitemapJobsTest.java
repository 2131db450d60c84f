package news.portal.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import news.portal.bake.TestSites;

/**
 * The sitemaps and robots.txt as planned: which pages they list with which dates and pictures, how they
 * split, and which articles are news, without rendering (SitemapPlanTest bakes and validates the files).
 */
class SitemapJobsTest {

    @TempDir
    Path dir;

    private static final String HOST = "https://test.example.cn/";

    /** Two recent articles (one with a cover and a picture), an old one, a scheduled one, a page. */
    private PlanSite site(String... settings) {
        String[] all = new String[settings.length + 2];
        all[0] = "render.sitemap=true";
        all[1] = "render.error404=true";
        System.arraycopy(settings, 0, all, 2, settings.length);
        return new PlanSite(dir, all)
                .file("images/x.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"4\" height=\"2\"/>")
                .file("images/y.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"4\" height=\"2\"/>")
                .file("n.md", "---\ntitle: 新闻\ndate: 2026-11-21 09:00\ncategory: 文旅资讯\ncover: /images/x.svg\n---\n"
                        + "![甲](/images/x.svg)\n\n![乙](/images/y.svg)\n")
                .article("m.md", "昨日", "2026-11-19 13:00", "category: 文旅资讯")
                .article("o.md", "旧闻", "2025-11-01 10:00", "updated: 2025-12-01 10:00")
                .article("f.md", "定时", "2030-05-01 10:00")
                .file("about.md", "---\ntitle: 关于\ndate: 2025-01-01\ntype: page\n---\n关于。\n");
    }

    private static List<Map<?, ?>> urls(PlanSite.Plan plan, String uri) {
        return ((List<?>) plan.model(uri).get("urls")).stream().<Map<?, ?>>map(u -> (Map<?, ?>) u).toList();
    }

    private static Map<?, ?> url(PlanSite.Plan plan, String loc) {
        return urls(plan, "sitemap.xml").stream().filter(u -> u.get("loc").equals(loc)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + loc));
    }

    @Test
    void the_sitemap_lists_every_page_but_404_and_xml_with_its_own_last_change() {
        PlanSite.Plan plan = site().plan();
        List<Object> locs = urls(plan, "sitemap.xml").stream().map(u -> u.get("loc")).map(Object.class::cast).toList();
        assertThat(locs).containsExactly(HOST + "2026/11/n.html", HOST + "2026/11/m.html", HOST + "2025/11/o.html",
                HOST + "about.html", HOST, HOST + "sections/wen-lu-zi-xun.html", HOST + "archive.html", HOST + "archive/2026-11.html", HOST + "archive/2025-11.html");
        assertThat(url(plan, HOST + "2025/11/o.html").get("lastmod_iso")).isEqualTo("2025-12-01T10:00:00+08:00");
        assertThat(url(plan, HOST + "about.html").get("lastmod_iso")).isEqualTo("2025-01-01T00:00:00+08:00");
        assertThat(url(plan, HOST + "sections/wen-lu-zi-xun.html").get("lastmod_iso")).isEqualTo("2026-11-21T09:00:00+08:00");
        assertThat(url(plan, HOST + "archive/2025-11.html").get("lastmod_iso")).isEqualTo("2025-12-01T10:00:00+08:00");
        // a section without articles has no page (its name in site.sections only fixes the order); a page
        // without a date of its own takes the newest article's
        assertThat(plan.uris()).doesNotContain("sections/fei-yi-chuan-cheng.html");
        assertThat(url(plan, HOST + "archive.html").get("lastmod_iso")).isEqualTo("2026-11-21T09:00:00+08:00");
        assertThat(url(plan, HOST).get("lastmod_iso")).isEqualTo("2026-11-21T09:00:00+08:00");
        assertThat(plan.job("sitemap.xml").kind()).isEqualTo("sitemap");
    }

    @Test
    void without_articles_a_page_without_a_date_of_its_own_changed_when_the_bake_ran() {
        PlanSite.Plan plan = new PlanSite(dir, "render.sitemap=true")
                .file("about.md", "---\ntitle: 关于\ndate: 2025-01-01\ntype: page\n---\n关于。\n").plan();
        assertThat(url(plan, HOST + "about.html").get("lastmod_iso")).isEqualTo("2025-01-01T00:00:00+08:00");
        // TestSites.NOW, 04:00 UTC
        assertThat(url(plan, HOST).get("lastmod_iso")).isEqualTo("2026-11-21T12:00:00+08:00");
    }

    @Test
    void an_article_lists_its_cover_and_body_pictures_once_each_as_absolute_urls() {
        PlanSite.Plan plan = site().plan();
        assertThat(url(plan, HOST + "2026/11/n.html").get("images"))
                .isEqualTo(List.of(HOST + "images/x.svg", HOST + "images/y.svg"));
        assertThat(url(plan, HOST + "2026/11/m.html").get("images")).isEqualTo(List.of());
        assertThat(url(plan, HOST).get("images")).isEqualTo(List.of());
    }

    @Test
    void past_the_url_limit_the_sitemap_is_an_index_of_numbered_parts() {
        PlanSite.Plan plan = site("sitemap.max_urls=4").plan();
        assertThat(plan.uris("sitemap")).containsExactly("sitemap-1.xml", "sitemap-2.xml", "sitemap-3.xml");
        assertThat(plan.job("sitemap.xml").kind()).isEqualTo("sitemap_index");
        assertThat(urls(plan, "sitemap-1.xml")).hasSize(4);
        assertThat(urls(plan, "sitemap-2.xml").stream().map(u -> (Object) u.get("loc")).toList()).containsExactly(HOST,
                HOST + "sections/wen-lu-zi-xun.html", HOST + "archive.html", HOST + "archive/2026-11.html");
        assertThat(urls(plan, "sitemap-3.xml")).hasSize(1);
        Object index = plan.model("sitemap.xml").get("sitemaps");
        assertThat(index).isEqualTo(List.of(
                Map.of("loc", HOST + "sitemap-1.xml", "lastmod_iso", "2026-11-21T09:00:00+08:00", "images", List.of()),
                Map.of("loc", HOST + "sitemap-2.xml", "lastmod_iso", "2026-11-21T09:00:00+08:00", "images", List.of()),
                Map.of("loc", HOST + "sitemap-3.xml", "lastmod_iso", "2025-12-01T10:00:00+08:00", "images", List.of())));
        assertThat(plan.model("robots.txt").get("sitemaps")).isEqualTo(List.of(HOST + "sitemap.xml", HOST + "news-sitemap.xml"));
    }

    @Test
    void the_news_sitemap_holds_the_published_articles_of_the_last_days() {
        PlanSite.Plan plan = site().plan(TestSites.NOW, true);
        assertThat(plan.job("news-sitemap.xml").kind()).isEqualTo("news_sitemap");
        Map<String, Object> news = plan.model("news-sitemap.xml");
        assertThat(news.get("news")).isEqualTo(List.of(
                Map.of("loc", HOST + "2026/11/n.html", "title", "新闻", "date_iso", "2026-11-21T09:00:00+08:00"),
                Map.of("loc", HOST + "2026/11/m.html", "title", "昨日", "date_iso", "2026-11-19T13:00:00+08:00")));
        assertThat(news.get("publication")).isEqualTo(Map.of("name", "测试文旅网", "language", "zh-cn"));

        List<?> oneDay = (List<?>) site("sitemap.news.days=1").plan().model("news-sitemap.xml").get("news");
        assertThat(oneDay).hasSize(1);
        List<?> year = (List<?>) site("sitemap.news.days=400").plan().model("news-sitemap.xml").get("news");
        assertThat(year).hasSize(3);
    }

    @Test
    void without_recent_articles_or_a_news_file_robots_names_the_main_sitemap_only() {
        PlanSite.Plan later = site().plan(java.time.Instant.parse("2027-06-01T00:00:00Z"));
        assertThat(later.uris()).doesNotContain("news-sitemap.xml");
        assertThat(later.model("robots.txt").get("sitemaps")).isEqualTo(List.of(HOST + "sitemap.xml"));
        PlanSite.Plan none = site("sitemap.news.file=").plan();
        assertThat(none.uris()).doesNotContain("news-sitemap.xml");
        assertThat(none.model("robots.txt")).containsEntry("title", "")
                .containsEntry("sitemaps", List.of(HOST + "sitemap.xml"));
        assertThat(none.job("robots.txt").signature()).isEqualTo(List.of(List.of(HOST + "sitemap.xml")));
    }

    @Test
    void parts_break_at_the_count_or_before_the_bytes_and_a_big_item_stands_alone() {
        List<Integer> items = List.of(1, 2, 3, 4, 5);
        assertThat(SitemapPlan.parts(items, 2, 100, i -> 1)).containsExactly(List.of(1, 2), List.of(3, 4), List.of(5));
        assertThat(SitemapPlan.parts(items, 5, 100, i -> 1)).containsExactly(items);
        assertThat(SitemapPlan.parts(items, 10, 10, i -> i)).containsExactly(List.of(1, 2, 3, 4), List.of(5));
        assertThat(SitemapPlan.parts(items, 10, 9, i -> i == 3 ? 50 : 1)).containsExactly(List.of(1, 2), List.of(3),
                List.of(4, 5));
        assertThat(SitemapPlan.parts(List.<Integer>of(), 10, 10, i -> i)).containsExactly(List.of());
        assertThat(SitemapPlan.parts(items, 10, 6, i -> 3)).containsExactly(List.of(1, 2), List.of(3, 4), List.of(5));
    }
}
