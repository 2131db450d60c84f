package news.portal.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.net.URI;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import news.portal.bake.TestSites;
import news.portal.config.SiteConfig;
import news.portal.problem.Problem;
import news.portal.problem.ProblemException;

class DeployConfigTest {

    @TempDir
    Path dir;
    Path site;

    @BeforeEach
    void setUp() {
        site = TestSites.create(dir, "/fixtures/bake/site");
    }

    private DeployConfig read(String properties, DeployConfig.Flags flags) {
        Path file = site.resolve("jbake.properties");
        TestSites.write(file, read(file) + "\n" + properties + "\n");
        return DeployConfig.read(SiteConfig.load(site), flags);
    }

    @Test
    void reads_the_deploy_keys_with_their_defaults() {
        DeployConfig config = read("deploy.target=s3://news-site/www/", DeployConfig.Flags.none());

        assertThat(config.target().bucket()).isEqualTo("news-site");
        assertThat(config.target().prefix()).isEqualTo("www");
        assertThat(config.target().endpoint()).isEmpty();
        assertThat(config.target().pathStyle()).isFalse();
        assertThat(config.metadata().cache()).isEqualTo(CacheRules.defaults());
        assertThat(config.metadata().gzip()).isFalse();
        assertThat(config.run().maxDeletes()).isEqualTo(256);
        assertThat(config.run().parallel()).isEqualTo(8);
        assertThat(config.run().delete()).isTrue();
        assertThat(config.layout().feed()).isEqualTo("feed.xml");
    }

    @Test
    void flags_override_the_keys() {
        DeployConfig config = read("""
                deploy.target=s3://news-site/www
                deploy.endpoint=https://s3.oss-cn-hangzhou.aliyuncs.com
                deploy.region=cn-hangzhou
                deploy.max_deletes=10
                deploy.cache.pages=public,max-age=60
                deploy.gzip=true""",
                new DeployConfig.Flags("s3://other-bucket", "http://127.0.0.1:9000", "us-west-2", true, true, true,
                        true, 3));

        assertThat(config.target().bucket()).isEqualTo("other-bucket");
        assertThat(config.target().prefix()).isEmpty();
        assertThat(config.target().endpoint()).contains(URI.create("http://127.0.0.1:9000"));
        assertThat(config.target().region()).isEqualTo("us-west-2");
        assertThat(config.target().pathStyle()).isTrue();
        assertThat(config.run()).isEqualTo(new DeployConfig.Run(true, true, false, 3, 8, 5));
        assertThat(config.metadata().cache().pages()).isEqualTo("public, max-age=60");
        assertThat(config.metadata().gzip()).isTrue();
        assertThat(config.target().toString()).isEqualTo("s3://other-bucket");
    }

    @Test
    void names_every_wrong_value_in_chinese_at_the_line_of_its_key() {
        assertThatThrownBy(() -> read("""
                deploy.target=news-site
                deploy.endpoint=ftp://example.cn
                deploy.gzip=maybe
                deploy.parallel=0""", DeployConfig.Flags.none()))
                .isInstanceOf(ProblemException.class)
                .satisfies(e -> assertThat(((ProblemException) e).problems()).extracting(Problem::toString).containsExactly(
                        "jbake.properties:" + lineOf("deploy.target=news-site") + ": deploy.target: 应为 s3://存储桶 或"
                                + " s3://存储桶/前缀，存储桶名用小写字母，现在是“news-site”",
                        "jbake.properties:" + lineOf("deploy.endpoint=ftp://example.cn") + ": deploy.endpoint: 应为"
                                + " https://oss-cn-hangzhou.aliyuncs.com 这样的网址，现在是“ftp://example.cn”",
                        "jbake.properties:" + lineOf("deploy.gzip=maybe") + ": deploy.gzip: 应为 true 或 false，现在是“maybe”",
                        "jbake.properties:" + lineOf("deploy.parallel=0") + ": deploy.parallel: 应在 1 到 64 之间，现在是 0"));
    }

    @Test
    void an_english_site_is_told_in_english() {
        assertThatThrownBy(() -> read("""
                site.language=en
                deploy.target=news-site
                deploy.endpoint=ftp://example.cn
                deploy.gzip=maybe
                deploy.parallel=0""", DeployConfig.Flags.none()))
                .isInstanceOf(ProblemException.class)
                .hasMessageContaining("jbake.properties:" + lineOf("deploy.target=news-site") + ": deploy.target: should be s3://BUCKET")
                .hasMessageContaining("deploy.endpoint: should be a URL")
                .hasMessageContaining("deploy.gzip: should be true or false")
                .hasMessageContaining("jbake.properties:" + lineOf("deploy.parallel=0") + ": deploy.parallel: must be between 1 and 64")
                .hasMessageNotContaining("应为");
    }

    @Test
    void a_wrong_flag_is_a_problem_of_the_command_line_not_of_the_file() {
        assertThatThrownBy(() -> read("deploy.target=s3://news-site", new DeployConfig.Flags("s3://Bad_Bucket", null,
                null, false, false, false, false, -1)))
                .isInstanceOf(ProblemException.class)
                .satisfies(e -> assertThat(((ProblemException) e).problems()).extracting(Problem::file, Problem::line,
                        Problem::field).containsExactlyInAnyOrder(tuple("命令行", 0, "--target"),
                        tuple("命令行", 0, "--max-deletes")));
    }

    @Test
    void a_missing_target_says_how_to_give_one() {
        assertThatThrownBy(() -> read("", DeployConfig.Flags.none()))
                .isInstanceOf(ProblemException.class)
                .hasMessageContaining("--target s3://存储桶/前缀");
    }

    /** The 1-based line of {@code text} in the site's jbake.properties, as an editor's editor shows it. */
    private int lineOf(String text) {
        try {
            int index = java.nio.file.Files.readAllLines(site.resolve("jbake.properties")).indexOf(text);
            assertThat(index).as(text).isNotNegative();
            return index + 1;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return java.nio.file.Files.readString(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
