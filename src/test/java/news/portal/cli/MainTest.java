package news.portal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import news.portal.bake.TestSites;

class MainTest {

    @TempDir
    Path dir;
    Path site;
    Path out;
    StringWriter err = new StringWriter();

    @BeforeEach
    void setUp() {
        site = TestSites.create(dir, "/fixtures/bake/site");
        out = dir.resolve("out");
    }

    private int run(String... args) {
        err = new StringWriter();
        return Main.run(new PrintWriter(new StringWriter()), new PrintWriter(err), TestSites.CLOCK, args);
    }

    @Test
    void bake_writes_the_site_and_exits_zero() {
        int code = run("bake", site.toString(), "-o", out.toString());

        assertThat(code).isZero();
        assertThat(out.resolve("index.html")).isRegularFile();
        assertThat(err.toString()).contains("读取了 6 篇文章和 1 个页面").contains("写出");
    }

    @Test
    void bake_defaults_to_target_site_inside_the_site_folder() {
        int code = run("bake", site.toString());

        assertThat(code).isZero();
        assertThat(site.resolve("target/site/index.html")).isRegularFile();
    }

    @Test
    void bake_refuses_a_folder_that_is_not_a_site() {
        int code = run("bake", dir.resolve("nothing").toString(), "-o", out.toString());

        assertThat(code).isNotZero();
        assertThat(err.toString()).contains("站点文件夹不存在");
        assertThat(out).doesNotExist();
    }

    @ParameterizedTest
    @CsvSource({
        "bad-yaml.md,         4, '',     不是有效的 YAML",
        "missing-title.md,    1, title,  缺少必填字段 title",
        "missing-date.md,     1, date,   缺少必填字段 date",
        "bad-date.md,         3, date,   没有 13 月",
        "tags-wrong-type.md,  4, tags,   tags 应为列表",
        "no-front-matter.md,  1, '',     缺少文章头信息",
    })
    void each_front_matter_error_names_file_line_and_field_and_keeps_the_old_site(
            String fixture, int line, String field, String message) throws Exception {
        assertThat(run("bake", site.toString(), "-o", out.toString())).isZero();
        Map<String, String> before = snapshot();
        Files.copy(TestSites.fixture("/fixtures/bake/errors/" + fixture), site.resolve("content/news/" + fixture));

        int code = run("bake", site.toString(), "-o", out.toString());

        String where = "content/news/" + fixture + ":" + line + ": " + (field.isEmpty() ? "" : field + ": ");
        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains(where).contains(message).contains("原有输出未改动");
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void reports_every_problem_of_a_run_together() throws Exception {
        for (String fixture : new String[] {"bad-date.md", "missing-title.md", "slug-one.md", "slug-two.md"}) {
            Files.copy(TestSites.fixture("/fixtures/bake/errors/" + fixture), site.resolve("content/news/" + fixture));
        }

        int code = run("bake", site.toString(), "-o", out.toString());

        assertThat(code).isEqualTo(1);
        assertThat(err.toString())
                .contains("content/news/bad-date.md:3: date:")
                .contains("content/news/missing-title.md:1: title:")
                .contains("content/news/slug-two.md:4: slug:")
                .contains("共 3 个问题");
        assertThat(out).doesNotExist();
    }

    @Test
    void explicit_slugs_that_collide_fail_naming_both_files() throws Exception {
        for (String fixture : new String[] {"slug-one.md", "slug-two.md"}) {
            Files.copy(TestSites.fixture("/fixtures/bake/errors/" + fixture), site.resolve("content/news/" + fixture));
        }

        int code = run("bake", site.toString(), "-o", out.toString());

        assertThat(code).isEqualTo(1);
        assertThat(err.toString())
                .contains("content/news/slug-two.md:4: slug: slug “same-slug” 要用的地址 2025/11/same-slug.html "
                        + "已经属于更早的 content/news/slug-one.md")
                .doesNotContain("content/news/slug-one.md:");
    }

    @ParameterizedTest
    @CsvSource({"0", "-2"})
    void bake_threads_below_one_is_wrong_usage(String threads) {
        int code = run("bake", site.toString(), "-o", out.toString(), "--threads", threads);

        assertThat(code).isEqualTo(2);
        assertThat(err.toString().strip()).isEqualTo("错误：--threads 至少是 1，不能是 " + threads
                + "；不写 --threads 则按 render.threads 或处理器核数");
        assertThat(out).doesNotExist();
    }

    @Test
    void bake_refuses_the_site_folder_as_output_with_one_line_and_exit_two() {
        int code = run("bake", site.toString(), "-o", site.toString());

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("错误：输出文件夹").contains("就是网站文件夹");
        assertThat(err.toString().lines().filter(l -> l.startsWith("错误"))).hasSize(1);
        assertThat(site.resolve("jbake.properties")).isRegularFile();
        assertThat(site.resolve("content")).isDirectory();
    }

    @Test
    void deploy_refuses_an_output_folder_it_did_not_bake_before_connecting() throws Exception {
        Files.createDirectories(out);
        Files.writeString(out.resolve("secret.md"), "draft");

        int code = run("deploy", site.toString(), "-o", out.toString(), "--target", "s3://news/x",
                "--endpoint", "http://127.0.0.1:9");

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("不是本工具生成的");
    }

    private Map<String, String> snapshot() {
        Map<String, String> files = new java.util.TreeMap<>();
        try (var walk = Files.walk(out)) {
            for (Path file : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
                files.put(out.relativize(file).toString(), Files.readString(file, java.nio.charset.StandardCharsets.ISO_8859_1));
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return files;
    }
}
