package news.portal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import news.portal.bake.TestSites;

/** {@code bake}'s build cache: by default under the site's target/, moved by --cache, left out by --no-cache. */
class BakeCacheOptionsTest {

    @TempDir
    Path dir;

    private Path site;
    private Path out;

    @BeforeEach
    void site() {
        site = TestSites.create(dir, "/fixtures/bake/site");
        out = dir.resolve("out");
    }

    @Test
    void bake_keeps_its_cache_under_the_sites_target_folder_and_uses_it_next_time() {
        assertThat(CommandRun.of("bake", site.toString(), "-o", out.toString()).code()).isZero();
        assertThat(site.resolve("target/news-portal-cache/content.bin")).isRegularFile();
        CommandRun again = CommandRun.of("bake", site.toString(), "-o", out.toString());
        assertThat(again.code()).isZero();
        assertThat(again.err()).contains("渲染 0 个页面");
    }

    @Test
    void cache_moves_the_cache() {
        Path cache = dir.resolve("elsewhere");
        assertThat(CommandRun.of("bake", site.toString(), "-o", out.toString(), "--cache", cache.toString()).code())
                .isZero();
        assertThat(cache.resolve("content.bin")).isRegularFile();
        assertThat(site.resolve("target/news-portal-cache")).doesNotExist();
    }

    @Test
    void no_cache_bakes_everything_and_writes_no_cache() {
        assertThat(CommandRun.of("bake", site.toString(), "-o", out.toString(), "--no-cache").code()).isZero();
        CommandRun again = CommandRun.of("bake", site.toString(), "-o", out.toString(), "--no-cache");
        assertThat(again.code()).isZero();
        assertThat(again.err()).doesNotContain("沿用上次的");
        assertThat(site.resolve("target/news-portal-cache")).doesNotExist();
    }

    @Test
    void cache_and_no_cache_together_are_wrong_usage() {
        CommandRun run = CommandRun.of("bake", site.toString(), "-o", out.toString(), "--no-cache", "--cache",
                dir.resolve("c").toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("--no-cache");
    }

    @Test
    void a_cache_inside_the_output_is_wrong_usage() {
        CommandRun run = CommandRun.of("bake", site.toString(), "-o", out.toString(), "--cache",
                out.resolve("cache").toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("--cache");
    }
}
