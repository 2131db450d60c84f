package news.portal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import news.portal.bake.Baker;
import news.portal.bake.TestSites;

class NewCommandTest {

    @TempDir
    Path dir;
    Path site;

    @BeforeEach
    void setUp() {
        site = TestSites.create(dir, "/fixtures/bake/site");
    }

    @Test
    void prints_the_path_of_a_draft_with_complete_front_matter() throws Exception {
        CommandRun run = CommandRun.of("new", "古城夜游: \"灯光\" #1", "--site", site.toString(),
                "--section", "文旅资讯", "--tags", "夜游经济，古城, AI");

        assertThat(run.code()).isZero();
        Path file = Path.of(run.out().strip()).toAbsolutePath();
        // the run's present is TestSites.NOW, 2026-11-21 12:00 in Asia/Shanghai
        assertThat(file).isEqualTo(site.resolve("content/news/2026/11/gu-cheng-ye-you-deng-guang-1.md").toAbsolutePath());
        assertThat(Files.readString(file))
                .startsWith("---\ntitle: '古城夜游: \"灯光\" #1'\ndate: 2026-11-21 12:00\n")
                .contains("\ncategory: 文旅资讯\ntags: [夜游经济, 古城, AI]\nsummary:\n")
                .endsWith("draft: true\n---\n\n");
        assertThat(run.err()).contains("draft: true");
    }

    @Test
    void dates_the_draft_in_the_sites_zone_so_a_run_just_before_midnight_utc_is_the_next_day() {
        // 2026-12-31 16:30 UTC is 2027-01-01 00:30 in Asia/Shanghai: the file goes into the new year's folder
        CommandRun run = CommandRun.at(java.time.Clock.fixed(java.time.Instant.parse("2026-12-31T16:30:00Z"),
                java.time.ZoneOffset.UTC), "new", "新年第一篇", "--site", site.toString());

        assertThat(run.code()).isZero();
        assertThat(run.out().strip()).endsWith("content/news/2027/01/xin-nian-di-yi-pian.md");
        assertThat(TestSites.read(Path.of(run.out().strip()))).contains("\ndate: 2027-01-01 00:30\n");
    }

    @Test
    void output_bakes_without_edits_once_draft_is_removed() throws Exception {
        CommandRun run = CommandRun.of("new", "古城夜游: \"灯光\" #1", "--site", site.toString(),
                "--section", "文旅资讯", "--tags", "夜游经济,古城");
        Path file = Path.of(run.out().strip());
        Files.writeString(file, Files.readString(file).replace("draft: true\n", ""));

        Baker.Result result = new Baker(line -> { }).bake(site, dir.resolve("out"), TestSites.publishing());

        assertThat(result.articles()).isEqualTo(7);
        Path page = dir.resolve("out").resolve(site.resolve("content/news").relativize(file).toString()
                .replace(".md", ".html"));
        assertThat(Jsoup.parse(Files.readString(page)).select("h1").text()).isEqualTo("古城夜游: \"灯光\" #1");
    }

    @Test
    void refuses_to_overwrite_and_says_so_in_chinese() throws Exception {
        Path file = Path.of(CommandRun.of("new", "巍巍昆仑", "--site", site.toString()).out().strip());
        Files.writeString(file, "已经写好的正文");

        CommandRun again = CommandRun.of("new", "巍巍昆仑", "--site", site.toString());

        assertThat(again.code()).isEqualTo(1);
        assertThat(again.err()).contains("wei-wei-kun-lun.md: 文件已经存在，没有覆盖。请打开它继续写，或用 --slug 换一个文件名");
        assertThat(Files.readString(file)).isEqualTo("已经写好的正文");
    }

    @Test
    void takes_a_slug_and_refuses_a_bad_one() {
        CommandRun good = CommandRun.of("new", "巍巍昆仑", "--site", site.toString(), "--slug", "kunlun-2025");
        CommandRun bad = CommandRun.of("new", "巍巍昆仑", "--site", site.toString(), "--slug", "Kun Lun");

        assertThat(good.out().strip()).endsWith("kunlun-2025.md");
        assertThat(bad.code()).isEqualTo(1);
        assertThat(bad.err()).contains("错误：--slug 只能由小写英文字母、数字和连字符组成").contains("“Kun Lun”");
    }
}
