package news.portal.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import news.portal.bake.TestSites;
import news.portal.config.SiteConfig;
import news.portal.problem.Problem;
import news.portal.problem.ProblemException;

/** What deploy reads from an output folder: regular files only, never what a symbolic link points to. */
class LocalSiteTest {

    @TempDir
    Path dir;
    Path out;
    Path secret;
    DeployConfig config;

    @BeforeEach
    void setUp() throws IOException {
        Path site = TestSites.create(dir, "/fixtures/bake/site");
        config = DeployConfig.read(SiteConfig.load(site), new DeployConfig.Flags("s3://news/site", null, null, false, false, false, false, null));
        out = Files.createDirectories(dir.resolve("out"));
        TestSites.write(out.resolve("index.html"), "<html></html>");
        TestSites.write(out.resolve("css/site.css"), "body{}");
        secret = Files.writeString(Files.createDirectories(dir.resolve("elsewhere")).resolve("passwd"), "secret");
    }

    @Test
    void a_symlink_in_the_output_is_refused_with_its_target_named_whether_it_leaves_the_folder_or_not()
            throws IOException {
        Files.createSymbolicLink(out.resolve("environ.txt"), secret);
        Files.createSymbolicLink(out.resolve("etc"), secret.getParent());
        Files.createSymbolicLink(out.resolve("css/alias.css"), Path.of("site.css"));

        ProblemException refused = catchThrowableOfType(ProblemException.class, () -> LocalSite.scan(out, config));

        assertThat(refused).isNotNull();
        assertThat(refused.problems()).extracting(Problem::toString).containsExactlyInAnyOrder(
                "environ.txt: 是符号链接（指向 " + secret + "），为防止泄露文件而拒绝上传：生成的网站里不应有符号链接，请删除它后重新生成",
                "etc: 是符号链接（指向 " + secret.getParent() + "），为防止泄露文件而拒绝上传：生成的网站里不应有符号链接，请删除它后重新生成",
                "css/alias.css: 是符号链接（指向 site.css），为防止泄露文件而拒绝上传：生成的网站里不应有符号链接，请删除它后重新生成");
    }

    @Test
    void an_output_folder_that_is_itself_a_symlink_is_read_through() throws IOException {
        Path link = Files.createSymbolicLink(dir.resolve("published"), out);

        assertThat(LocalSite.scan(link, config)).extracting(LocalFile::path)
                .containsExactly("css/site.css", "index.html");
    }
}
