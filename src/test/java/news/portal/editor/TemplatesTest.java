package news.portal.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import news.portal.bake.TestSites;
import news.portal.config.SiteConfig;

class TemplatesTest {

    @TempDir
    Path site;

    @Test
    void a_template_without_an_output_format_is_named_and_one_that_escapes_is_not() {
        TestSites.write(site.resolve("jbake.properties"), "site.host=http://example.org\n");
        TestSites.write(site.resolve("content/a.md"), "title=A\ndate=2024-01-01\ntype=post\nstatus=published\n~~~~~~\nx\n");
        TestSites.write(site.resolve("templates/post.ftl"), "<h1>${content.title}</h1>");
        TestSites.write(site.resolve("templates/page.ftl"), "<#ftl output_format=\"HTML\">\n<h1>${content.title}</h1>");
        TestSites.write(site.resolve("templates/nested/feed.ftl"), "<#ftl encoding=\"UTF-8\" output_format=\"XML\"><rss/>");

        assertThat(Templates.unescaped(SiteConfig.load(site)))
                .singleElement().asString().startsWith("警告：templates/post.ftl 没有声明输出格式");
    }
}
