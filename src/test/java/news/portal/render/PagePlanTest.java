package news.portal.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import news.portal.bake.TestSites;

/** The portal's pages as planned, before any template runs: which pages, in which order, with what model. */
class PagePlanTest {

    @TempDir
    Path dir;

    /** Four published articles (one of the last two days), one scheduled, one page; lists of two. */
    private PlanSite site(String... settings) {
        // a setting given replaces the default of its key: JBake reads a key written twice as a list
        java.util.Map<String, String> keys = new java.util.LinkedHashMap<>(Map.of("index.paginate", "true",
                "index.posts_per_page", "2", "tag.posts_per_page", "2", "section.posts_per_page", "2"));
        for (String setting : settings) {
            keys.put(setting.substring(0, setting.indexOf('=')), setting.substring(setting.indexOf('=') + 1));
        }
        String[] all = keys.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toArray(String[]::new);
        return new PlanSite(dir, all)
                .article("n.md", "新闻", "2026-11-20 09:00", "category: 文旅资讯", "tags: [古城]")
                .article("a.md", "古城夜游", "2025-11-20 10:00", "category: 文旅资讯", "tags: [古城, 夜游]")
                .article("b.md", "非遗周", "2025-11-19 10:00", "category: 非遗传承", "tags: [古城]",
                        "summary: 非遗周的摘要。")
                .article("c.md", "昆仑", "2025-10-18 10:00", "tags: [古城]")
                .article("d.md", "定时", "2030-05-01 10:00", "tags: [古城]")
                .file("about.md", "---\ntitle: 关于\ndate: 2025-01-01\ntype: page\nslug: about\n---\n关于我们。\n");
    }



    private static Object title(Object map) {
        return ((Map<?, ?>) map).get("title");
    }

    @Test
    void every_page_kind_is_planned_once_in_a_fixed_order() {
        PlanSite.Plan plan = site("render.tagsindex=true", "render.sitemap=true", "render.error404=true").plan();

        assertThat(plan.uris()).containsExactly(
                "2026/11/n.html", "2025/11/a.html", "2025/11/b.html", "2025/10/c.html",
                "about.html",
                "index.html", "page/2.html",
                "tags/gu-cheng.html", "tags/gu-cheng/2.html", "tags/ye-you.html",
                "tags/index.html",
                "sections/wen-lu-zi-xun.html", "sections/fei-yi-chuan-cheng.html",
                "archive.html", "archive/2026-11.html", "archive/2025-11.html", "archive/2025-10.html",
                "404.html",
                "feed.xml", "atom.xml", "sections/wen-lu-zi-xun/feed.xml", "sections/fei-yi-chuan-cheng/feed.xml",
                "tags/gu-cheng/feed.xml", "tags/ye-you/feed.xml",
                "sitemap.xml", "news-sitemap.xml", "robots.txt");
        assertThat(plan.uris("post")).hasSize(4);
        assertThat(plan.uris("index")).containsExactly("index.html", "page/2.html");
        assertThat(plan.uris("tags_index")).containsExactly("tags/index.html");
        assertThat(plan.uris("archive_month")).hasSize(3);
        assertThat(plan.uris("error404")).containsExactly("404.html");
        assertThat(plan.uris("atom")).containsExactly("atom.xml");
        assertThat(plan.uris("news_sitemap")).containsExactly("news-sitemap.xml");
    }

    @Test
    void render_keys_switched_off_leave_their_pages_and_feeds_out() {
        PlanSite.Plan plan = site("render.tags=false", "render.archive=false", "render.sitemap=false").plan();

        assertThat(plan.uris()).containsExactly(
                "2026/11/n.html", "2025/11/a.html", "2025/11/b.html", "2025/10/c.html", "about.html",
                "index.html", "page/2.html",
                "sections/wen-lu-zi-xun.html", "sections/fei-yi-chuan-cheng.html",
                "feed.xml", "atom.xml", "sections/wen-lu-zi-xun/feed.xml", "sections/fei-yi-chuan-cheng/feed.xml",
                "robots.txt");
        assertThat(plan.model("robots.txt").get("sitemaps")).isEqualTo(List.of());
    }

    @Test
    void without_feeds_no_list_page_names_one() {
        PlanSite.Plan off = site("render.feed=false").plan();
        assertThat(off.uris()).doesNotContain("feed.xml", "atom.xml", "tags/gu-cheng/feed.xml");
        assertThat(off.model("sections/wen-lu-zi-xun.html")).doesNotContainKey("term_feed");
        assertThat(off.model("tags/gu-cheng.html")).doesNotContainKey("term_feed");
    }

    @Test
    void without_term_feeds_the_site_feeds_stay_and_no_list_page_names_a_feed() {
        PlanSite.Plan plan = site("feed.terms=false").plan();
        assertThat(plan.uris("feed")).containsExactly("feed.xml");
        assertThat(plan.uris("atom")).containsExactly("atom.xml");
        assertThat(plan.model("sections/fei-yi-chuan-cheng.html")).doesNotContainKey("term_feed");
    }

    @Test
    void a_tag_list_links_its_pages_both_ways_with_paths_relative_to_each_page() {
        PlanSite.Plan plan = site().plan();

        Map<String, Object> first = plan.model("tags/gu-cheng.html");
        assertThat(first).containsEntry("title", "标签：古城").containsEntry("tag", "古城")
                .containsEntry("currentPageNumber", 1).containsEntry("numberOfPages", 2)
                .containsEntry("noindex", false)
                .containsEntry("nextFileName", "../tags/gu-cheng/2.html").doesNotContainKey("previousFileName")
                .containsEntry("term_feed", Map.of("uri", "tags/gu-cheng/feed.xml", "title", "测试文旅网 · 标签：古城"));
        assertThat(first.get("pagination")).isEqualTo(Map.of("current", 1, "total", 2,
                "first_uri", "tags/gu-cheng.html", "next_uri", "tags/gu-cheng/2.html"));
        assertThat(PlanSite.titles(first.get("posts"))).containsExactly("新闻", "古城夜游");
        assertThat(first.get("tag_posts")).isEqualTo(first.get("posts"));
        assertThat(first.get("tag_ref")).isEqualTo(Map.of("name", "古城", "slug", "gu-cheng",
                "uri", "tags/gu-cheng.html", "count", 4));

        Map<String, Object> second = plan.model("tags/gu-cheng/2.html");
        assertThat(second).containsEntry("title", "标签：古城 · 第 2 页").containsEntry("currentPageNumber", 2)
                .containsEntry("numberOfPages", 2).containsEntry("previousFileName", "../../tags/gu-cheng.html")
                .doesNotContainKey("nextFileName");
        assertThat(second.get("pagination")).isEqualTo(Map.of("current", 2, "total", 2,
                "first_uri", "tags/gu-cheng.html", "prev_uri", "tags/gu-cheng.html"));
        assertThat(PlanSite.titles(second.get("posts"))).containsExactly("非遗周", "昆仑");

        Map<String, Object> single = plan.model("tags/ye-you.html");
        assertThat(single).containsEntry("numberOfPages", 1).doesNotContainKeys("nextFileName", "previousFileName");
        assertThat(PlanSite.titles(single.get("posts"))).containsExactly("古城夜游");
    }

    @Test
    void the_front_page_composes_its_blocks_on_its_first_page_only() {
        PlanSite.Plan plan = site().plan();

        Map<String, Object> first = plan.model("index.html");
        assertThat(first).containsEntry("title", "").doesNotContainKey("tag_posts");
        assertThat(PlanSite.titles(first.get("posts"))).containsExactly("新闻", "古城夜游");
        Map<?, ?> front = (Map<?, ?>) first.get("front");
        assertThat(title(front.get("lead"))).isEqualTo("新闻");
        assertThat(((List<?>) front.get("sections")).stream().map(b -> ((Map<?, ?>) ((Map<?, ?>) b).get("section")).get("name"))
                .map(Object.class::cast).toList()).containsExactly("文旅资讯", "非遗传承");
        Map<String, Object> second = plan.model("page/2.html");
        assertThat(second).containsEntry("title", "第 2 页").containsEntry("previousFileName", "../index.html")
                .doesNotContainKey("front");
        assertThat(PlanSite.titles(second.get("posts"))).containsExactly("非遗周", "昆仑");
    }

    @Test
    void without_index_pagination_the_front_page_shows_one_page_of_the_newest() {
        PlanSite.Plan plan = site("index.paginate=false").plan();
        assertThat(plan.uris("index")).containsExactly("index.html");
        assertThat(PlanSite.titles(plan.model("index.html").get("posts"))).containsExactly("新闻", "古城夜游");
        assertThat(plan.model("index.html")).containsEntry("numberOfPages", 1);
    }

    @Test
    void a_section_page_is_titled_by_its_section_and_leads_with_its_story_unless_switched_off() {
        PlanSite.Plan plan = site().plan();
        Map<String, Object> section = plan.model("sections/wen-lu-zi-xun.html");
        assertThat(section).containsEntry("title", "文旅资讯")
                .containsEntry("term_feed", Map.of("uri", "sections/wen-lu-zi-xun/feed.xml", "title", "测试文旅网 · 文旅资讯"));
        assertThat(((Map<?, ?>) section.get("section_ref")).get("name")).isEqualTo("文旅资讯");
        assertThat(title(section.get("lead"))).isEqualTo("新闻");

        assertThat(site("section.lead=false").plan().model("sections/wen-lu-zi-xun.html")).doesNotContainKey("lead");
    }

    @Test
    void later_pages_of_a_long_section_say_their_number_after_the_section() {
        PlanSite.Plan plan = site("section.posts_per_page=1").plan();
        assertThat(plan.uris("section")).containsExactly("sections/wen-lu-zi-xun.html", "sections/wen-lu-zi-xun/2.html",
                "sections/fei-yi-chuan-cheng.html");
        Map<String, Object> second = plan.model("sections/wen-lu-zi-xun/2.html");
        assertThat(second).containsEntry("title", "文旅资讯 · 第 2 页").doesNotContainKey("lead");
        assertThat(PlanSite.titles(second.get("posts"))).containsExactly("古城夜游");
    }

    @Test
    void later_list_pages_can_ask_not_to_be_indexed_and_the_first_never_does() {
        PlanSite.Plan plan = site("paginate.noindex=true", "render.sitemap=true").plan();
        assertThat(plan.model("tags/gu-cheng/2.html")).containsEntry("noindex", true);
        assertThat(plan.model("page/2.html")).containsEntry("noindex", true);
        assertThat(plan.model("tags/gu-cheng.html")).containsEntry("noindex", false);
        List<Object> locs = ((List<?>) plan.model("sitemap.xml").get("urls")).stream()
                .map(url -> ((Map<?, ?>) url).get("loc")).map(Object.class::cast).toList();
        assertThat(locs).contains("https://test.example.cn/tags/gu-cheng.html")
                .doesNotContain("https://test.example.cn/tags/gu-cheng/2.html", "https://test.example.cn/page/2.html");
        assertThat(site("render.sitemap=true").plan().model("page/2.html")).containsEntry("noindex", false);
    }

    @Test
    void an_article_page_has_its_neighbours_related_articles_share_links_and_meta() {
        PlanSite.Plan plan = site().plan();

        Map<String, Object> page = plan.model("2025/11/a.html");
        assertThat(page).containsEntry("title", "古城夜游");
        Map<?, ?> content = (Map<?, ?>) page.get("content");
        assertThat(content.get("title")).isEqualTo("古城夜游");
        assertThat(content.get("scheduled")).isEqualTo(false);
        assertThat(title(content.get("previousContent"))).isEqualTo("非遗周");
        assertThat(title(content.get("nextContent"))).isEqualTo("新闻");
        // one shared tag each: the nearest in time first
        assertThat(PlanSite.titles(content.get("related"))).containsExactly("非遗周", "昆仑", "新闻");
        assertThat(((Map<?, ?>) page.get("share")).get("canonical")).isEqualTo("https://test.example.cn/2025/11/a.html");
        assertThat(((Map<?, ?>) page.get("meta")).get("url")).isEqualTo("https://test.example.cn/2025/11/a.html");

        assertThat(plan.content("2025/10/c.html")).doesNotContainKey("previousContent");
        assertThat(plan.content("2026/11/n.html")).doesNotContainKey("nextContent");
        assertThat(site("related.size=1").plan().model("2025/11/a.html").get("content"))
                .satisfies(c -> assertThat(PlanSite.titles(((Map<?, ?>) c).get("related"))).containsExactly("非遗周"));
    }

    @Test
    void a_preview_marks_a_scheduled_article_in_its_model_and_its_signature() {
        PlanSite.Plan plan = site().plan(TestSites.NOW, true);
        Job scheduled = plan.job("2030/05/d.html");
        assertThat(((Map<?, ?>) scheduled.model().get().get("content")).get("scheduled")).isEqualTo(true);
        assertThat(scheduled.signature().get(scheduled.signature().size() - 1)).isEqualTo(true);
        Job due = plan.job("2025/11/a.html");
        assertThat(due.signature().get(due.signature().size() - 1)).isEqualTo(false);
    }

    @Test
    void a_standing_page_has_share_links_only_when_pages_are_shared() {
        Map<String, Object> plain = site().plan().model("about.html");
        assertThat(plain).containsEntry("title", "关于").containsKey("meta").doesNotContainKey("share");
        assertThat(((Map<?, ?>) plain.get("content")).get("title")).isEqualTo("关于");
        assertThat(site("share.pages=true").plan().model("about.html")).containsKey("share");
    }

    @Test
    void the_archive_lists_each_month_with_its_count_and_each_month_its_articles() {
        PlanSite.Plan plan = site().plan();
        Map<String, Object> archive = plan.model("archive.html");
        assertThat(archive).containsEntry("title", "归档");
        assertThat((List<?>) archive.get("months")).first().isEqualTo(Map.of("year", 2026, "month", 11,
                "label", "2026年11月", "uri", "archive/2026-11.html", "count", 1));
        Map<String, Object> month = plan.model("archive/2025-11.html");
        assertThat(month).containsEntry("title", "2025年11月");
        assertThat(((Map<?, ?>) month.get("month")).get("count")).isEqualTo(2);
        assertThat(PlanSite.titles(month.get("posts"))).containsExactly("古城夜游", "非遗周");
        assertThat(plan.job("archive.html").signature()).isEqualTo(List.of(archive.get("months")));
    }

    @Test
    void the_tag_index_and_404_pages_have_their_titles() {
        PlanSite.Plan plan = site("render.tagsindex=true", "render.error404=true").plan();
        assertThat(plan.model("tags/index.html")).containsEntry("title", "标签");
        assertThat(plan.model("404.html")).containsEntry("title", "页面未找到");
        assertThat(plan.job("404.html").signature()).isEmpty();
    }

    @Test
    void a_signature_changes_with_what_a_page_shows_and_not_with_a_body_it_does_not_show() {
        PlanSite first = site();
        PlanSite.Plan before = first.plan();
        first.file("b.md", "---\ntitle: 非遗周\ndate: 2025-11-19 10:00\ncategory: 非遗传承\ntags: [古城]\n"
                + "summary: 非遗周的摘要。\n---\n改过的正文。\n");
        PlanSite.Plan bodyEdited = first.plan();
        first.file("b.md", "---\ntitle: 非遗周改题\ndate: 2025-11-19 10:00\ncategory: 非遗传承\ntags: [古城]\n"
                + "summary: 非遗周的摘要。\n---\n改过的正文。\n");
        PlanSite.Plan retitled = first.plan();

        for (String list : List.of("tags/gu-cheng/2.html", "archive/2025-11.html", "2025/11/a.html", "2025/10/c.html")) {
            assertThat(key(bodyEdited, list)).as(list).isEqualTo(key(before, list));
            assertThat(key(retitled, list)).as(list).isNotEqualTo(key(before, list));
        }
        assertThat(key(bodyEdited, "2025/11/b.html")).isNotEqualTo(key(before, "2025/11/b.html"));
        for (String untouched : List.of("archive/2025-10.html", "tags/ye-you.html", "tags/gu-cheng.html")) {
            assertThat(key(retitled, untouched)).as(untouched).isEqualTo(key(before, untouched));
        }
        assertThat(key(retitled, "index.html")).isNotEqualTo(key(before, "index.html"));
    }

    /**
     * A signature as the renderer compares it: by its key. Articles are keyed by their content, while their
     * bodies' places in the bodies file (which a fresh plan of the same site may change) are not part of it.
     */
    private static String key(PlanSite.Plan plan, String uri) {
        return news.portal.cache.Key.of(plan.job(uri).signature());
    }

    @Test
    void the_newest_change_of_a_list_is_its_latest_update_or_date_and_none_without_articles() {
        PlanSite.Plan plan = new PlanSite(dir)
                .article("a.md", "甲", "2025-11-20 10:00", "updated: 2025-11-25 08:00")
                .article("b.md", "乙", "2025-11-22 10:00")
                .plan();
        ZoneId zone = ZoneId.of("Asia/Shanghai");
        ZonedDateTime none = ZonedDateTime.of(2000, 1, 1, 0, 0, 0, 0, zone);
        assertThat(PagePlan.newest(List.of(), none)).isEqualTo(none);
        assertThat(PagePlan.newest(plan.model().articles(), none).toInstant())
                .isEqualTo(ZonedDateTime.of(2025, 11, 25, 8, 0, 0, 0, zone).toInstant());
        assertThat(PagePlan.newest(List.of(plan.article("乙")), none).toInstant())
                .isEqualTo(ZonedDateTime.of(2025, 11, 22, 10, 0, 0, 0, zone).toInstant());
    }

    @Test
    void a_stem_is_an_address_without_its_extension() {
        assertThat(PagePlan.stem("tags/gu-cheng.html", ".html")).isEqualTo("tags/gu-cheng");
        assertThat(PagePlan.stem("tags/gu-cheng", ".html")).isEqualTo("tags/gu-cheng");
    }
}
