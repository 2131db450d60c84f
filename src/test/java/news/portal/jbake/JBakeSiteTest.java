package news.portal.jbake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import news.portal.bake.Baker;
import news.portal.bake.TestSites;
import news.portal.problem.ProblemException;

/** Plain JBake sites, written here file by file: what this project does where stock JBake would go wrong. */
class JBakeSiteTest {

    private static final Instant NOW = Instant.parse("2026-03-01T00:00:00Z");

    @TempDir
    Path dir;
    Path site;
    Path out;

    @BeforeEach
    void a_small_jbake_site() {
        site = dir.resolve("site");
        out = dir.resolve("out");
        write("jbake.properties", "site.host=http://example.org\nrender.feed=true\nrender.archive=false\n"
                + "render.tags=false\nsite.language=de\n");
        write("templates/post.ftl", "<#ftl output_format=\"HTML\"><h1>${content.title}</h1>${content.body}"
                + "<p>${content.date?string(\"EEEE\")}</p>");
        write("templates/plain.ftl", "<h1>${content.title}</h1>${content.body}");
        write("templates/index.ftl", "<#list published_posts as p>${p.title};</#list>");
        write("templates/feed.ftl", "<rss><#list published_posts as p><pubDate>${p.date?string(\"EEE, d MMM yyyy\")}"
                + "</pubDate><d><#escape x as x?xml>${p.body}</#escape></d></#list></rss>");
        write("content/blog/first.md", "title=Fish & <Chips>\ndate=2024-03-04\ntype=post\nstatus=published\n"
                + "~~~~~~\nLine one\nline *two*\n");
        Files.exists(site);
    }

    @Test
    void a_template_that_escapes_gets_the_body_as_html_and_the_title_escaped() {
        bake();
        String page = TestSites.read(out.resolve("blog/first.html"));
        assertThat(page).contains("<h1>Fish &amp; &lt;Chips&gt;</h1>")
                .contains("<p>Line one<br />\nline <em>two</em></p>");
    }

    @Test
    void a_template_without_output_format_runs_as_under_jbake() {
        write("jbake.properties", TestSites.read(site.resolve("jbake.properties")) + "template.post.file=plain.ftl\n");
        bake();
        assertThat(TestSites.read(out.resolve("blog/first.html"))).contains("<h1>Fish & <Chips></h1>")
                .contains("<em>two</em>");
        assertThat(TestSites.read(out.resolve("feed.xml"))).contains("&lt;em&gt;two&lt;/em&gt;");
    }

    @Test
    void feeds_print_english_dates_whatever_the_site_language() {
        bake();
        assertThat(TestSites.read(out.resolve("feed.xml"))).contains("<pubDate>Mon, 4 Mar 2024</pubDate>");
        assertThat(TestSites.read(out.resolve("blog/first.html"))).contains("<p>Montag</p>");
    }

    @Test
    void a_page_kind_that_is_on_needs_its_template_named_by_its_key() {
        write("jbake.properties", TestSites.read(site.resolve("jbake.properties")) + "render.sitemap=true\n");
        assertThatThrownBy(this::bake).isInstanceOf(ProblemException.class)
                .hasMessageContaining("templates/sitemap.ftl").hasMessageContaining("template.sitemap.file");
        assertThat(out).doesNotExist();
    }

    @Test
    void a_template_of_another_engine_is_an_error_naming_the_file() {
        write("templates/feed.gsp", "<rss/>");
        write("jbake.properties", TestSites.read(site.resolve("jbake.properties")) + "template.feed.file=feed.gsp\n");
        assertThatThrownBy(this::bake).isInstanceOf(ProblemException.class)
                .hasMessageContaining("templates/feed.gsp").hasMessageContaining("Groovy");
    }

    @Test
    void a_file_with_a_header_and_a_foreign_extension_is_never_copied_out() {
        write("content/blog/secret.txt", "title=Draft notes\nstatus=draft\n~~~~~~\nnot for readers\n");
        assertThatThrownBy(this::bake).isInstanceOf(ProblemException.class)
                .hasMessageContaining("content/blog/secret.txt");
        assertThat(out).doesNotExist();
    }

    @Test
    void an_unknown_type_a_misspelt_status_and_two_files_on_one_address_are_errors() {
        write("content/blog/paper.md", "title=P\ndate=2024-03-05\ntype=paper\nstatus=published\n~~~~~~\nx\n");
        write("content/blog/typo.md", "title=T\ndate=2024-03-05\ntype=post\nstatus=darft\n~~~~~~\nx\n");
        write("content/blog/first.html", "title=Twin\ndate=2024-03-05\ntype=post\nstatus=published\n~~~~~~\n<p>x</p>\n");
        assertThatThrownBy(this::bake).isInstanceOf(ProblemException.class)
                .hasMessageContaining("content/blog/paper.md:3: type:").hasMessageContaining("template.paper.file")
                .hasMessageContaining("content/blog/typo.md:4: status:")
                .hasMessageContaining("blog/first.html");
    }

    @Test
    void drafts_are_never_written_and_custom_types_render_with_their_template() {
        write("templates/paper.ftl", "<#ftl output_format=\"HTML\">paper ${content.title} ${content.extra.lang}"
                + " <#list published_papers as p>${p.title}</#list>");
        write("jbake.properties", TestSites.read(site.resolve("jbake.properties")) + "template.paper.file=paper.ftl\n");
        write("content/papers/tides.html", "title=Tides\ndate=2024-03-05\ntype=paper\nstatus=published\n"
                + "extra={\"lang\":\"en\"}\n~~~~~~\n<p>x</p>\n");
        write("content/blog/wip.md", "title=Wip\ntype=post\nstatus=draft\n~~~~~~\nsecret\n");
        bake();
        assertThat(TestSites.read(out.resolve("papers/tides.html"))).isEqualTo("paper Tides en Tides");
        assertThat(out.resolve("blog/wip.html")).doesNotExist();
        assertThat(out.resolve("blog/wip-draft.html")).doesNotExist();
        assertThat(TestSites.read(out.resolve("index.html"))).isEqualTo("Fish & <Chips>;");
    }

    private void bake() {
        new Baker(line -> { }).bake(site, out, new Baker.Options(NOW, false));
    }

    private void write(String path, String text) {
        TestSites.write(site.resolve(path), text);
    }
}
