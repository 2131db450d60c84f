package news.portal.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import news.portal.bake.TestSites;
import news.portal.config.SiteConfig;
import news.portal.content.Article;
import news.portal.content.ContentLoader;
import news.portal.content.SiteModel;

class ModelMapsTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "yyyy-MM-dd HH:mm      | yyyy-MM-dd",
        "yyyy年M月d日 HH:mm     | yyyy年M月d日",
        "yyyy/MM/dd, hh:mm a   | yyyy/MM/dd",
        "yyyy-MM-dd'T'HH:mm    | yyyy-MM-dd",
        "yyyy-MM-dd            | yyyy-MM-dd",
        "HH:mm                 | HH:mm",
    })
    void the_day_part_of_a_display_pattern_drops_the_time(String pattern, String day) {
        assertThat(ModelMaps.dayPart(pattern)).isEqualTo(day);
    }

    private Map<String, Object> mapOf(String file, String markdown) throws IOException {
        Path site = TestSites.create(dir, "/fixtures/bake/site");
        Path article = site.resolve("content/news/2025/11").resolve(file);
        Files.writeString(article, markdown);
        SiteConfig config = SiteConfig.load(site);
        SiteModel model = new ContentLoader(config).load(TestSites.NOW, false);
        Article found = model.articles().stream().filter(a -> a.document().file().endsWith(file)).findFirst()
                .orElseThrow();
        return new ModelMaps(config, model, Map.of()).of(found);
    }

    @Test
    void an_article_map_carries_what_the_header_says_in_the_forms_templates_print() throws IOException {
        Map<String, Object> map = mapOf("desk.md", """
                ---
                title: 非遗周开幕
                date: 2025-11-20 09:05
                updated: 2025-11-21 18:30
                category: 非遗传承
                tags: [非遗, 古城]
                author: 记者 李明
                source: 新华社
                editor: 张编辑
                original_title: 原题
                source_url: https://www.news.cn/a.html
                featured: true
                pin: true
                slug: fei-yi-zhou
                summary: 开幕式在古城举行。
                ---
                正文第一段。
                """);

        assertThat(map).containsEntry("title", "非遗周开幕")
                .containsEntry("date_display", "2025-11-20 09:05")
                .containsEntry("date_iso", "2025-11-20T09:05:00+08:00")
                .containsEntry("date_rfc822", "Thu, 20 Nov 2025 09:05:00 +0800")
                .containsEntry("updated_display", "2025-11-21 18:30")
                .containsEntry("updated_iso", "2025-11-21T18:30:00+08:00")
                .containsEntry("lastmod_iso", "2025-11-21T18:30:00+08:00")
                .containsEntry("status", "published")
                .containsEntry("draft", false)
                .containsEntry("uri", "2025/11/fei-yi-zhou.html")
                .containsEntry("sourceuri", "2025/11/fei-yi-zhou.html")
                .containsEntry("rootpath", "../../")
                .containsEntry("slug", "fei-yi-zhou")
                .containsEntry("category", "非遗传承")
                .containsEntry("tags", List.of("非遗", "古城"))
                .containsEntry("author", "记者 李明")
                .containsEntry("source", "新华社")
                .containsEntry("editor", "张编辑")
                .containsEntry("original_title", "原题")
                .containsEntry("source_url", "https://www.news.cn/a.html")
                .containsEntry("featured", true)
                .containsEntry("pin", true)
                .containsEntry("summary", "开幕式在古城举行。")
                .doesNotContainKey("noExtensionUri");
        assertThat(map.get("date")).isEqualTo(Date.from(java.time.Instant.parse("2025-11-20T01:05:00Z")));
        assertThat(map.get("updated")).isEqualTo(Date.from(java.time.Instant.parse("2025-11-21T10:30:00Z")));
        assertThat(map.get("section")).isEqualTo(Map.of("name", "非遗传承", "slug", "fei-yi-chuan-cheng",
                "uri", "sections/fei-yi-chuan-cheng.html"));
        assertThat(((List<?>) map.get("tag_refs")).stream().map(t -> (Object) ((Map<?, ?>) t).get("uri")).toList())
                .containsExactly((Object) "tags/fei-yi.html", "tags/gu-cheng.html");
        assertThat(map.get("file").toString()).endsWith("desk.md");
        assertThat(String.valueOf(map.get("body"))).contains("正文第一段");
    }

    @Test
    void an_article_without_the_optional_fields_has_none_of_their_keys_and_a_day_shows_without_time()
            throws IOException {
        Map<String, Object> map = mapOf("plain.md", """
                ---
                title: 夜游
                date: 2025-11-20
                ---
                正文。
                """);

        assertThat(map).containsEntry("date_display", "2025-11-20")
                .containsEntry("lastmod_iso", "2025-11-20T00:00:00+08:00")
                .containsEntry("tags", List.of())
                .containsEntry("featured", false)
                .containsEntry("pin", false)
                .doesNotContainKeys("updated", "updated_display", "updated_iso", "category", "section", "author",
                        "source", "editor", "original_title", "source_url", "cover");
    }
    @Test
    void other_header_fields_and_the_cover_with_its_file_size_are_in_the_map() throws IOException {
        Map<String, Object> map = mapOf("cover.md", """
                ---
                title: 封面
                date: 2025-11-20 09:05
                cover: /images/cover.svg
                weather: 晴
                ---
                正文。
                """);

        assertThat(map).containsEntry("weather", "晴").containsEntry("cover", "images/cover.svg")
                .containsEntry("cover_width", 120).containsEntry("cover_height", 60)
                .doesNotContainKey("cover_image");
    }

    @Test
    void the_site_lists_and_navigation_come_from_the_model_in_its_order_and_a_reused_map_is_kept() {
        PlanSite.Plan plan = new PlanSite(dir)
                .article("a.md", "甲", "2026-11-20 09:00", "category: 文旅资讯", "tags: 古城")
                .article("b.md", "乙", "2026-11-19 09:00", "category: 非遗传承", "tags: 古城，夜游")
                .file("about.md", "---\ntitle: 关于\ndate: 2025-01-01\ntype: page\n---\n关于。\n").plan();
        ModelMaps maps = plan.maps();

        assertThat(maps.articles()).extracting(m -> m.get("title")).containsExactly("甲", "乙");
        assertThat(maps.pages()).extracting(m -> m.get("title")).containsExactly("关于");
        assertThat(maps.tags()).extracting(m -> m.get("name") + " " + m.get("count"))
                .containsExactlyInAnyOrder("古城 2", "夜游 1");
        assertThat(maps.navigation()).containsExactly("文旅资讯\nsections/wen-lu-zi-xun.html",
                "非遗传承\nsections/fei-yi-chuan-cheng.html", "关于\nabout.html");
        assertThat(maps.site()).containsEntry("name", "测试文旅网").containsEntry("host", "https://test.example.cn/")
                .containsEntry("build_year", 2026).containsEntry("build_time_iso", "2026-11-21T12:00:00+08:00");
        assertThat(maps.documents()).hasSize(3);
        Article first = plan.article("甲");
        assertThat(maps.of(first)).isSameAs(maps.articles().get(0));
        assertThat(maps.of(List.of(plan.article("乙"), first))).containsExactly(maps.articles().get(1), maps.articles().get(0));

        Map<String, Object> kept = Map.of("title", "上次的");
        ModelMaps next = new ModelMaps(plan.config(), plan.model(), Map.of(first, kept));
        assertThat(next.of(first)).isSameAs(kept);
        assertThat(next.articles().get(0)).isSameAs(kept);
        assertThat(next.documents()).containsEntry(first, kept).hasSize(3);
    }

    @Test
    void on_a_jbake_site_a_documents_own_header_values_win_and_there_is_no_desk() {
        PlanSite.Plan plan = new PlanSite(dir, false)
                .file("blog/a.md", "title=有标签\ndate=2025-11-20\ntype=post\nstatus=published\ntags=古城\n"
                        + "custom=自定义\nsummary=自写摘要\n~~~~~~\n正文。\n")
                .file("blog/b.md", "title=无标签\ndate=2025-11-19\ntype=post\nstatus=published\n~~~~~~\n正文。\n")
                .plan();

        Map<String, Object> tagged = plan.maps().of(plan.article("有标签"));
        assertThat(tagged).containsEntry("tags", List.of("古城")).containsEntry("custom", "自定义")
                .containsEntry("summary", "自写摘要").containsEntry("status", "published")
                .doesNotContainKeys("featured", "pin");
        // JBake's header reading gives every document a tags field, an empty one here
        assertThat(plan.maps().of(plan.article("无标签"))).containsEntry("tags", List.of())
                .containsEntry("tag_refs", List.of()).doesNotContainKeys("custom", "featured");
    }
}
