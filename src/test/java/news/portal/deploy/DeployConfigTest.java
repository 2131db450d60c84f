package news.portal.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import news.portal.bake.TestSites;
import news.portal.config.SiteConfig;
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
    void names_every_wrong_value() {
        assertThatThrownBy(() -> read("""
                deploy.target=news-site
                deploy.endpoint=ftp://example.cn
                deploy.gzip=maybe
                deploy.parallel=0""", DeployConfig.Flags.none()))
                .isInstanceOf(ProblemException.class)
                .hasMessageContaining("deploy.target: should be s3://BUCKET")
                .hasMessageContaining("deploy.endpoint: should be a URL")
                .hasMessageContaining("deploy.gzip: should be true or false")
                .hasMessageContaining("deploy.parallel: must be between 1 and 64");
    }

    @Test
    void a_missing_target_says_how_to_give_one() {
        assertThatThrownBy(() -> read("", DeployConfig.Flags.none()))
                .isInstanceOf(ProblemException.class)
                .hasMessageContaining("--target s3://BUCKET/PREFIX");
    }

    private static String read(Path file) {
        try {
            return java.nio.file.Files.readString(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
