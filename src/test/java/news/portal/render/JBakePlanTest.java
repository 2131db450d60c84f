package news.portal.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import news.portal.bake.TestSites;

/**
 * A plain JBake site's pages as planned: the pages and names stock JBake 2.7.0 gives its templates, which
 * JBakeCompatibilityIT holds to the real Oven; here each is pinned without a bake.
 */
class JBakePlanTest {

    @TempDir
    Path dir;

    private static String doc(String title, String date, String type, String tags) {
        return "title=" + title + "\ndate=" + date + "\ntype=" + type + "\nstatus=published\n"
                + (tags.isEmpty() ? "" : "tags=" + tags + "\n") + "~~~~~~\n\n" + title + "的正文。\n";
    }

    /** Three posts (two tagged), a page. */
    private PlanSite site(String... settings) {
        return new PlanSite(dir, false, settings)
                .file("blog/a.md", doc("甲", "2025-11-20", "post", "古城,夜游"))
                .file("blog/b.md", doc("乙", "2025-11-19", "post", "古城"))
                .file("blog/c.md", doc("丙", "2025-11-18", "post", ""))
                .file("about.md", doc("关于", "2025-01-01", "page", ""));
    }



    @Test
    void documents_come_first_by_type_then_the_pages_jbake_renders_by_default() {
        PlanSite.Plan plan = site().plan();
        List<String> uris = plan.uris();
        assertThat(uris.subList(0, 7)).containsExactly("about.html", "blog/a.html", "blog/b.html", "blog/c.html",
                "index.html", "feed.xml", "archive.html");
        assertThat(uris.subList(7, uris.size())).containsExactlyInAnyOrder("tags/古城.html", "tags/夜游.html");
        assertThat(plan.job("about.html").kind()).isEqualTo("page");
        assertThat(plan.job("blog/a.html").kind()).isEqualTo("post");
        assertThat(plan.job("index.html").kind()).isEqualTo("index");
        assertThat(plan.job("feed.xml").kind()).isEqualTo("feed");
        assertThat(plan.job("archive.html").kind()).isEqualTo("archive");
        assertThat(plan.job("tags/古城.html").kind()).isEqualTo("tag");
        assertThat(plan.jobs()).allSatisfy(job -> assertThat(job.signature()).isNull());
    }

    @Test
    void each_render_key_adds_or_removes_its_page() {
        PlanSite.Plan none = site("render.index=false", "render.feed=false", "render.archive=false",
                "render.tags=false", "render.tagsindex=true").plan();
        assertThat(none.uris()).containsExactly("about.html", "blog/a.html", "blog/b.html", "blog/c.html");

        PlanSite.Plan all = site("render.tagsindex=true", "render.sitemap=true", "render.error404=true").plan();
        List<String> uris = all.uris();
        assertThat(uris.subList(uris.size() - 3, uris.size())).containsExactly("tags/index.html", "sitemap.xml", "404.html");
        assertThat(all.job("tags/index.html").kind()).isEqualTo("tags_index");
        assertThat(all.job("sitemap.xml").kind()).isEqualTo("sitemap");
        assertThat(all.job("404.html").kind()).isEqualTo("error404");
        assertThat(all.content("tags/index.html")).isEqualTo(Map.of("type", "tags", "rootpath", "../"));
        assertThat(all.content("sitemap.xml")).isEqualTo(Map.of("type", "sitemap", "rootpath", ""));
    }

    @Test
    void each_document_has_its_older_and_newer_neighbour_of_its_own_type() {
        PlanSite.Plan plan = site().plan();
        assertThat(plan.content("blog/a.html")).doesNotContainKey("nextContent")
                .containsEntry("previousContent", Map.of("title", "乙", "uri", "blog/b.html", "noExtensionUri", "blog/b.html"))
                .containsEntry("title", "甲").containsEntry("rootpath", "../");
        assertThat(plan.content("blog/b.html"))
                .containsEntry("previousContent", Map.of("title", "丙", "uri", "blog/c.html", "noExtensionUri", "blog/c.html"))
                .containsEntry("nextContent", Map.of("title", "甲", "uri", "blog/a.html", "noExtensionUri", "blog/a.html"));
        assertThat(plan.content("blog/c.html")).doesNotContainKey("previousContent").containsKey("nextContent");
        // the page has no neighbour among the posts
        assertThat(plan.content("about.html")).doesNotContainKeys("previousContent", "nextContent");
    }

    @Test
    void among_equal_dates_the_file_crawled_last_comes_first() {
        PlanSite.Plan plan = new PlanSite(dir, false)
                .file("blog/x.md", doc("X", "2025-11-20", "post", ""))
                .file("blog/y.md", doc("Y", "2025-11-20", "post", ""))
                .file("blog/w.md", doc("W", "2025-11-21", "post", ""))
                .plan();
        assertThat(plan.uris().subList(0, 3)).containsExactly("blog/w.html", "blog/y.html", "blog/x.html");
    }

    @Test
    void a_paginated_index_has_pages_in_numbered_folders_linked_as_jbake_links_them() {
        PlanSite.Plan plan = site("index.paginate=true", "index.posts_per_page=1").plan();
        assertThat(plan.uris("index")).containsExactly("index.html", "2/index.html", "3/index.html");

        Map<String, Object> first = plan.model("index.html");
        assertThat(first).containsEntry("numberOfPages", 3).containsEntry("currentPageNumber", 1)
                .containsEntry("nextFileName", "2/").doesNotContainKey("previousFileName")
                .containsEntry("content", Map.of("type", "masterindex", "rootpath", ""));
        assertThat(PlanSite.titles(first.get("published_posts"))).containsExactly("甲");
        Map<String, Object> second = plan.model("2/index.html");
        assertThat(second).containsEntry("currentPageNumber", 2).containsEntry("previousFileName", "")
                .containsEntry("nextFileName", "3/").containsEntry("content", Map.of("type", "masterindex", "rootpath", "../"));
        assertThat(PlanSite.titles(second.get("published_posts"))).containsExactly("乙");
        Map<String, Object> third = plan.model("3/index.html");
        assertThat(third).containsEntry("previousFileName", "2/").doesNotContainKey("nextFileName");
        assertThat(PlanSite.titles(third.get("published_posts"))).containsExactly("丙");

        // the other pages get JBake's zero paging names
        assertThat(plan.model("feed.xml")).containsEntry("numberOfPages", 0).containsEntry("currentPageNumber", 0)
                .containsEntry("previousFileName", "").containsEntry("nextFileName", "")
                .containsEntry("content", Map.of("type", "feed", "rootpath", ""));
        assertThat(site("index.paginate=true", "index.posts_per_page=2").plan().uris("index"))
                .containsExactly("index.html", "2/index.html");
    }

    @Test
    void without_pagination_the_index_has_no_paging_names() {
        PlanSite.Plan plan = site().plan();
        assertThat(plan.model("index.html")).isEqualTo(Map.of("content", Map.of("type", "masterindex", "rootpath", "")));
        assertThat(plan.model("archive.html")).isEqualTo(Map.of("content", Map.of("type", "archive", "rootpath", "")));
    }

    @Test
    void a_paginated_index_without_posts_is_one_page() {
        PlanSite.Plan plan = new PlanSite(dir, false, "index.paginate=true")
                .file("about.md", doc("关于", "2025-01-01", "page", "")).plan();
        assertThat(plan.uris("index")).containsExactly("index.html");
        assertThat(plan.model("index.html")).containsEntry("numberOfPages", 0);
    }

    @Test
    void a_tag_page_lists_the_posts_and_documents_of_its_tag() {
        PlanSite.Plan plan = site().plan();
        Map<String, Object> tag = plan.model("tags/古城.html");
        assertThat(tag).containsEntry("tag", "古城").containsEntry("content", Map.of("type", "tag", "rootpath", "../"));
        assertThat(PlanSite.titles(tag.get("tag_posts"))).containsExactly("甲", "乙");
        assertThat(tag.get("tagged_posts")).isEqualTo(tag.get("tag_posts"));
        assertThat(PlanSite.titles(tag.get("tagged_documents"))).containsExactly("甲", "乙");
        assertThat(PlanSite.titles(plan.model("tags/夜游.html").get("tag_posts"))).containsExactly("甲");

        PlanSite.Plan noExtension = new PlanSite(dir.resolve("n"), false, "uri.noExtension=true",
                "uri.noExtension.prefix=/blog/").file("blog/a.md", doc("甲", "2025-11-20", "post", "古城")).plan();
        assertThat(noExtension.content("tags/古城.html")).containsEntry("rootpath", "../../");
    }

    @Test
    void every_page_shares_the_lists_jbake_templates_read() {
        PlanSite.Plan plan = site().plan();
        Map<String, Object> shared = plan.shared();
        assertThat(PlanSite.titles(shared.get("published_posts"))).containsExactly("甲", "乙", "丙");
        assertThat(PlanSite.titles(shared.get("posts"))).containsExactly("甲", "乙", "丙");
        assertThat(PlanSite.titles(shared.get("published_pages"))).containsExactly("关于");
        assertThat(PlanSite.titles(shared.get("pages"))).containsExactly("关于");
        assertThat(PlanSite.titles(shared.get("published_content"))).containsExactly("关于", "甲", "乙", "丙");
        assertThat(PlanSite.titles(shared.get("all_content"))).containsExactly("关于", "甲", "乙", "丙");
        assertThat(shared).containsEntry("version", "v2.7.0")
                .containsEntry("published_date", Date.from(TestSites.NOW)).containsKey("db");
        assertThat(List.<Object>copyOf((Set<?>) shared.get("alltags"))).containsExactlyInAnyOrder("古城", "夜游");
        List<?> tags = (List<?>) shared.get("tags");
        assertThat(tags).hasSize(2);
        Map<?, ?> town = tags.stream().map(t -> (Map<?, ?>) t).filter(t -> t.get("name").equals("古城")).findFirst()
                .orElseThrow();
        assertThat(town.get("uri")).isEqualTo("tags/古城.html");
        assertThat(PlanSite.titles(town.get("tagged_posts"))).containsExactly("甲", "乙");
        assertThat(PlanSite.titles(town.get("tagged_documents"))).containsExactly("甲", "乙");
        // JBake lists tags in the reverse of a HashSet's order, and alltags is the reverse of that
        List<Object> names = tags.stream().map(t -> ((Map<?, ?>) t).get("name")).map(Object.class::cast).toList();
        List<Object> reversed = new java.util.ArrayList<>(names);
        java.util.Collections.reverse(reversed);
        assertThat(List.<Object>copyOf((Set<?>) shared.get("alltags"))).containsExactlyElementsOf(reversed);
    }

    @Test
    void the_version_key_of_the_site_is_the_version_templates_see() {
        assertThat(site("version=9.9").plan().shared()).containsEntry("version", "9.9");
    }

    @Test
    void a_custom_type_has_its_own_lists_and_neighbours() {
        PlanSite.Plan plan = site("template.paper.file=paper.ftl")
                .file("papers/p1.md", doc("论文一", "2025-11-10", "paper", ""))
                .file("papers/p2.md", doc("论文二", "2025-11-12", "paper", "古城"))
                .plan();
        assertThat(plan.job("papers/p1.html").kind()).isEqualTo("paper");
        assertThat(plan.uris().subList(0, 6)).containsExactly("about.html", "blog/a.html", "blog/b.html", "blog/c.html",
                "papers/p2.html", "papers/p1.html");
        assertThat(PlanSite.titles(plan.shared().get("papers"))).containsExactly("论文二", "论文一");
        assertThat(PlanSite.titles(plan.shared().get("published_papers"))).containsExactly("论文二", "论文一");
        assertThat(plan.content("papers/p1.html")).containsKey("nextContent").doesNotContainKey("previousContent");
        assertThat(PlanSite.titles(plan.model("tags/古城.html").get("tagged_documents"))).containsExactly("甲", "乙", "论文二");
        assertThat(PlanSite.titles(plan.model("tags/古城.html").get("tag_posts"))).containsExactly("甲", "乙");
    }

    @Test
    void a_portal_site_gets_no_jbake_tag_list() {
        PlanSite site = new PlanSite(dir).article("a.md", "甲", "2025-11-20 10:00", "tags: [古城]");
        PlanSite.Plan portal = site.plan();
        Map<String, Object> shared = new JBakePlan(portal.config(), portal.model(), portal.maps(), null).shared();
        assertThat(shared).doesNotContainKey("tags").containsKey("alltags");
        assertThat(PlanSite.titles(shared.get("posts"))).containsExactly("甲");
    }
}
