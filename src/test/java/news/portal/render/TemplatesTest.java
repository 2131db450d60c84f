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
}
