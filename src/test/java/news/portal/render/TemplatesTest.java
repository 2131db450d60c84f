package news.portal.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import news.portal.bake.TestSites;
import news.portal.config.SiteConfig;
import news.portal.problem.Problem;
import news.portal.problem.ProblemException;

/** Loading templates: links in the template folder follow the rule of every source folder. */
class TemplatesTest {

    @TempDir
    Path dir;
    Path site;

    @BeforeEach
    void setUp() {
        site = TestSites.create(dir, "/fixtures/bake/site");
    }

    @Test
    void a_link_leaving_the_template_folder_is_refused_in_chinese_before_any_template_is_loaded() throws IOException {
        Path secret = Files.writeString(Files.createDirectories(dir.resolve("elsewhere")).resolve("passwd"), "secret");
        Files.createSymbolicLink(site.resolve("templates/partials/x.ftl"), secret);
        Templates templates = new Templates(SiteConfig.load(site));

        ProblemException refused = catchThrowableOfType(ProblemException.class, () -> templates.require(List.of("post")));

        assertThat(refused).isNotNull();
        assertThat(refused.problems()).extracting(Problem::toString).containsExactly("templates/partials/x.ftl: 是指向 "
                + "templates 文件夹以外的符号链接（指向 " + secret + "），为防止泄露文件而拒绝发布：请把文件本身放进 templates 文件夹");
    }

    @Test
    void a_template_that_is_a_link_inside_the_folder_is_loaded() throws IOException {
        Files.move(site.resolve("templates/post.ftl"), site.resolve("templates/article.ftl"));
        Files.createSymbolicLink(site.resolve("templates/post.ftl"), Path.of("article.ftl"));
        Templates templates = new Templates(SiteConfig.load(site));

        templates.require(List.of("post", "index"));

        assertThat(templates.unescaped()).isEmpty();
    }
    /** A portal site of its own (no repository templates) whose templates folder holds {@code files}. */
    private Templates own(String... files) {
        Path own = new PlanSite(dir.resolve("own")).folder();
        for (int i = 0; i < files.length; i += 2) {
            TestSites.write(own.resolve("templates").resolve(files[i]), files[i + 1]);
        }
        return new Templates(SiteConfig.load(own));
    }

    private static final java.util.Date MOMENT = java.util.Date.from(java.time.Instant.parse("2025-11-20T01:05:00Z"));

    @Test
    void a_body_is_markup_in_an_html_template_and_text_to_escape_in_an_xml_one_and_strings_are_escaped() {
        Templates templates = own("post.ftl", "<#ftl output_format=\"HTML\">${body}|${title}",
                "feed.ftl", "<#ftl output_format=\"XML\">${body}|${title}",
                "page.ftl", "${body}|${title}");
        templates.require(List.of("post", "feed", "page"));
        java.util.Map<String, Object> model = java.util.Map.of("body", new Body(() -> "<p>甲 &amp; 乙</p>"), "title", "<古城>");

        assertThat(templates.render("post", model, "a.html")).isEqualTo("<p>甲 &amp; 乙</p>|&lt;古城&gt;");
        assertThat(templates.render("feed", model, "feed.xml")).isEqualTo("&lt;p&gt;甲 &amp;amp; 乙&lt;/p&gt;|&lt;古城&gt;");
        assertThat(templates.render("page", model, "b.html")).isEqualTo("<p>甲 &amp; 乙</p>|<古城>");
        assertThat(templates.unescaped()).containsExactly("templates/page.ftl");
    }

    @Test
    void numbers_booleans_dates_and_zone_print_the_portal_way_and_feeds_in_english() {
        String text = "${n} ${flag} ${when?string(\"EEEE HH:mm\")}";
        Templates templates = own("post.ftl", text, "feed.ftl", text);
        templates.require(List.of("post", "feed"));
        java.util.Map<String, Object> model = java.util.Map.of("n", 12345, "flag", true, "when", MOMENT);

        assertThat(templates.render("post", model, "a.html")).isEqualTo("12345 true 星期四 09:05");
        assertThat(templates.render("feed", model, "feed.xml")).isEqualTo("12345 true Thursday 09:05");
    }

    @Test
    void a_failing_template_is_a_problem_naming_its_file_line_and_page() {
        Templates templates = own("post.ftl", "第一行\n${missing}\n", "page.ftl", "<#assign x = \"freemarker.template.utility.Execute\"?new()>");
        templates.require(List.of("post", "page"));

        ProblemException failed = catchThrowableOfType(ProblemException.class,
                () -> templates.render("post", java.util.Map.of(), "2025/11/a.html"));
        assertThat(failed.problems()).hasSize(1);
        Problem problem = failed.problems().get(0);
        assertThat(problem.file()).isEqualTo("templates/post.ftl");
        assertThat(problem.line()).isEqualTo(2);
        assertThat(problem.message()).startsWith("渲染 2025/11/a.html 时模板出错：").contains("missing");
        // templates may not run Java classes
        ProblemException refused = catchThrowableOfType(ProblemException.class,
                () -> templates.render("page", java.util.Map.of(), "b.html"));
        assertThat(refused.problems().get(0).file()).isEqualTo("templates/page.ftl");
        assertThat(refused.problems().get(0).line()).isEqualTo(1);
    }

    @Test
    void a_body_that_cannot_be_read_is_not_blamed_on_the_template() {
        Templates templates = own("post.ftl", "<#ftl output_format=\"HTML\">${body}");
        templates.require(List.of("post"));
        java.io.UncheckedIOException gone = new java.io.UncheckedIOException(new IOException("bodies file gone"));

        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> templates.render("post",
                java.util.Map.of("body", new Body(() -> {
                    throw gone;
                })), "a.html"));
        assertThat(thrown).isSameAs(gone);
        assertThat(catchThrowableOfType(IllegalStateException.class, () -> templates.render("feed", java.util.Map.of(),
                "feed.xml"))).hasMessageContaining("feed");
    }

    @Test
    void a_missing_foreign_or_broken_template_is_named_with_its_key() {
        Templates templates = own("index.ftl", "<#if>", "tags.thyme", "<p>", "archive.html", "<p>");

        ProblemException refused = catchThrowableOfType(ProblemException.class,
                () -> templates.require(List.of("index", "tag", "archive", "post")));

        assertThat(refused.problems()).extracting(Problem::file, Problem::field).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("templates/index.ftl", ""),
                org.assertj.core.groups.Tuple.tuple("templates/tags.ftl", ""),
                org.assertj.core.groups.Tuple.tuple("templates/archive.ftl", ""),
                org.assertj.core.groups.Tuple.tuple("templates/post.ftl", ""));
        assertThat(refused.problems()).extracting(Problem::message).anyMatch(m -> m.startsWith("模板语法错误"))
                .anyMatch(m -> m.equals("缺少模板文件（template.post.file，页面类型 post）"))
                .anyMatch(m -> m.contains("只有 tags.thyme，那是 Thymeleaf 模板"))
                .anyMatch(m -> m.contains("只有 archive.html，那是 Thymeleaf 模板"));
        Problem syntax = refused.problems().stream().filter(p -> p.file().equals("templates/index.ftl")).findFirst().orElseThrow();
        assertThat(syntax.line()).isEqualTo(1);
        assertThat(Templates.key("index")).isEqualTo("template.masterindex.file");
        assertThat(Templates.key("news_sitemap")).isEqualTo("template.newssitemap.file");
        assertThat(Templates.key("post")).isEqualTo("template.post.file");
    }

    @Test
    void a_template_named_for_another_engine_is_refused_with_its_key() {
        Path own = new PlanSite(dir.resolve("own"), "template.post.file=post.peb").folder();
        TestSites.write(own.resolve("templates/post.peb"), "{{ title }}");
        Templates templates = new Templates(SiteConfig.load(own));

        ProblemException refused = catchThrowableOfType(ProblemException.class, () -> templates.require(List.of("post")));

        assertThat(refused.problems()).extracting(Problem::toString).hasSize(1).first().asString()
                .startsWith("templates/post.peb").contains("Pebble").contains("template.post.file");
    }
}
