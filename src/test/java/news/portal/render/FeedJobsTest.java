package news.portal.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import news.portal.content.Article;

/** The feeds as planned: each feed's own map, its articles and its signature, without rendering (FeedPlanTest bakes). */
class FeedJobsTest {

    @TempDir
    Path dir;

    private PlanSite site(String... settings) {
        return new PlanSite(dir, settings)
                .article("a.md", "古城夜游", "2025-11-20 10:00", "category: 文旅资讯", "tags: [古城]",
                        "updated: 2025-11-22 08:30")
                .article("b.md", "非遗周", "2025-11-21 10:00", "category: 文旅资讯", "tags: [古城]")
                .article("c.md", "昆仑", "2025-11-18 10:00", "tags: [古城]")
                .file("b2.md", "---\ntitle: 链接\ndate: 2025-11-01 10:00\ncategory: 非遗传承\n---\n见[图](/images/x.svg)。\n")
                .file("images/x.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"4\" height=\"2\"/>");
    }


    @SuppressWarnings("unchecked")
    private static Map<String, Object> feed(PlanSite.Plan plan, String uri) {
        return (Map<String, Object>) plan.model(uri).get("feed");
    }

    @Test
    void the_site_feeds_carry_the_site_name_addresses_and_the_latest_change() {
        PlanSite.Plan plan = site("feed.size=2").plan();
        Map<String, Object> rss = feed(plan, "feed.xml");
        assertThat(rss).containsEntry("title", "测试文旅网").containsEntry("description", "测试文旅网")
                .containsEntry("link", "https://test.example.cn/").containsEntry("self", "https://test.example.cn/feed.xml")
                // the newest change is an update of an older article
                .containsEntry("updated_iso", "2025-11-22T08:30:00+08:00")
                .containsEntry("updated_rfc822", "Sat, 22 Nov 2025 08:30:00 +0800")
                .containsEntry("full", false).containsEntry("bodies", Map.of());
        assertThat(plan.model("feed.xml")).containsEntry("title", "测试文旅网");
        assertThat(PlanSite.titles(plan.model("feed.xml").get("posts"))).containsExactly("非遗周", "古城夜游");
        assertThat(feed(plan, "atom.xml")).containsEntry("self", "https://test.example.cn/atom.xml");
        assertThat(plan.job("atom.xml").kind()).isEqualTo("atom");
        assertThat(feed(site("site.description=山海之间").plan(), "feed.xml")).containsEntry("description", "山海之间");
    }

    @Test
    void a_section_and_a_tag_feed_are_named_after_their_page() {
        PlanSite.Plan plan = site().plan();
        assertThat(feed(plan, "sections/wen-lu-zi-xun/feed.xml")).containsEntry("title", "测试文旅网 · 文旅资讯")
                .containsEntry("description", "测试文旅网“文旅资讯”栏目的最新文章")
                .containsEntry("link", "https://test.example.cn/sections/wen-lu-zi-xun.html")
                .containsEntry("self", "https://test.example.cn/sections/wen-lu-zi-xun/feed.xml");
        assertThat(PlanSite.titles(plan.model("sections/wen-lu-zi-xun/feed.xml").get("posts"))).containsExactly("非遗周", "古城夜游");
        assertThat(feed(plan, "tags/gu-cheng/feed.xml")).containsEntry("title", "测试文旅网 · 标签：古城")
                .containsEntry("description", "测试文旅网标签“古城”下的最新文章")
                .containsEntry("link", "https://test.example.cn/tags/gu-cheng.html");
        assertThat(PlanSite.titles(plan.model("tags/gu-cheng/feed.xml").get("posts"))).containsExactly("非遗周", "古城夜游", "昆仑");
        assertThat(FeedPlan.feedOf(plan.config(), plan.model().tags().get(0).term())).isEqualTo("tags/gu-cheng/feed.xml");
    }

    @Test
    void a_feed_without_articles_is_dated_by_the_bake() {
        PlanSite.Plan plan = new PlanSite(dir)
                .file("about.md", "---\ntitle: 关于\ndate: 2025-01-01\ntype: page\n---\n关于。\n").plan();
        assertThat(feed(plan, "feed.xml")).containsEntry("updated_iso", "2026-11-21T12:00:00+08:00");
        assertThat(plan.model("feed.xml").get("posts")).isEqualTo(List.of());
        assertThat(plan.job("feed.xml").signature().get(3).toString()).startsWith("2026-11-21T12:00");
    }

    @Test
    void a_summary_feed_is_signed_by_cards_and_a_full_text_feed_by_the_articles_with_absolute_bodies() {
        PlanSite.Plan summary = site().plan();
        List<Object> signature = summary.job("feed.xml").signature();
        assertThat(signature.subList(0, 2)).containsExactly("测试文旅网", "测试文旅网");
        assertThat((List<?>) signature.get(2)).hasSize(4).allSatisfy(item -> assertThat(item).isInstanceOf(Card.class));

        PlanSite.Plan full = site("feed.content=full").plan();
        assertThat((List<?>) full.job("feed.xml").signature().get(2)).allSatisfy(item -> assertThat(item).isInstanceOf(Article.class));
        Map<String, Object> feed = feed(full, "feed.xml");
        assertThat(feed).containsEntry("full", true);
        Map<?, ?> bodies = (Map<?, ?>) feed.get("bodies");
        assertThat(List.<Object>copyOf(bodies.keySet())).containsExactly("2025/11/b.html", "2025/11/a.html", "2025/11/c.html", "2025/11/b2.html");
        assertThat(bodies.get("2025/11/b2.html").toString()).contains("href=\"https://test.example.cn/images/x.svg\"");
    }
}
