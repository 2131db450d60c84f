package news.portal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import news.portal.bake.TestSites;

class CheckCommandTest {

    @TempDir
    Path dir;

    private Path site(String... problems) {
        Path site = TestSites.create(dir, "/fixtures/check/site");
        for (String problem : problems) {
            TestSites.copyTree(TestSites.fixture("/fixtures/check/problems/" + problem), site);
        }
        return site;
    }

    @Test
    void passes_a_good_site_and_writes_nothing() throws Exception {
        Path site = site();
        long before;
        try (var files = Files.walk(site)) {
            before = files.count();
        }

        CommandRun run = CommandRun.of("check", site.toString());

        assertThat(run.code()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("检查通过：全站 5 篇文章和页面，没有问题");
        try (var files = Files.walk(site)) {
            assertThat(files.count()).isEqualTo(before);
        }
    }

    @Test
    void passes_the_repositorys_sample_site() {
        CommandRun run = CommandRun.of("check", TestSites.repository().toString());

        assertThat(run.out()).isEmpty();
        assertThat(run.code()).isZero();
    }

    @Test
    void lists_every_problem_as_file_line_field_message_and_exits_one() {
        Path site = site("link-missing", "tag-case", "cover-missing");

        CommandRun run = CommandRun.of("check", site.toString());

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.out().lines()).containsExactly(
                "content/news/2025/12/cover-missing.md:5: cover: 封面“/images/Night-Tour.svg”找不到：assets/images/"
                        + "Night-Tour.svg 和 content/images/Night-Tour.svg 都不存在。请把图片放进 assets/images/，"
                        + "写成 /images/文件名，注意大小写和扩展名",
                "content/news/2025/12/link-missing.md:10: 正文: 链接的文章“../11/不存在的文章.md”不存在（找的是 "
                        + "content/news/2025/11/不存在的文章.md）。请核对文件名；不以 / 开头的路径从本文所在的文件夹算起，"
                        + "以 / 开头的从 content/ 算起",
                "content/news/2025/12/tag-case.md:5: tags: 标签“ai”和“AI”只差大小写，应是同一个标签。请统一写成“AI”"
                        + "（content/news/2025/11/gu-cheng-ye-you.md 等 2 篇这样写）");
        assertThat(run.err()).contains("共 3 个问题");
    }

    @Test
    void with_files_reports_only_theirs_but_still_reads_the_whole_site() {
        Path site = site("link-missing", "duplicate-slug");

        CommandRun named = CommandRun.of("check", site.toString(),
                site.resolve("content/news/2025/11/gu-cheng-ye-you.md").toString());
        CommandRun other = CommandRun.of("check", site.toString(),
                site.resolve("content/news/2025/11/kun-lun.md").toString());

        assertThat(named.code()).isEqualTo(1);
        assertThat(named.out()).startsWith("content/news/2025/11/古城夜游.md:2: slug: 地址重复")
                .doesNotContain("link-missing.md");
        assertThat(named.err()).contains("1 个文件（读了全站 7 篇文章和页面核对地址和链接）");
        assertThat(other.code()).isZero();
    }

    @Test
    void staged_outside_a_git_repository_says_so_without_checking() {
        CommandRun run = CommandRun.of("check", "--staged", site().toString());

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).contains("不在 git 仓库里，--staged 无从读起").contains("读不到暂存区，没有检查文章");
    }

    @Test
    void reports_a_broken_configuration_without_checking() throws Exception {
        Path site = site();
        Files.writeString(site.resolve("jbake.properties"), "site.host=not a url\nsite.conventions=portal\n");

        CommandRun run = CommandRun.of("check", site.toString());

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).contains("jbake.properties:1: site.host:").contains("站点配置有问题");
    }

    @Test
    void prints_editors_backups_as_a_notice_and_still_passes() throws Exception {
        Path site = site();
        Path article = site.resolve("content/news/2025/11/kun-lun.md");
        Files.copy(article, article.resolveSibling("#kun-lun.md#"));

        CommandRun run = CommandRun.of("check", site.toString());

        assertThat(run.code()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("content/news/2025/11/#kun-lun.md#：是编辑器的备份或交换文件，不会发布")
                .contains("检查通过");
    }

    @Test
    void reports_an_asset_link_leaving_the_site_as_a_problem() throws Exception {
        Path site = site();
        Path secret = Files.writeString(dir.resolve("passwd"), "secret");
        Files.createSymbolicLink(site.resolve("assets/x.txt"), secret);

        CommandRun run = CommandRun.of("check", site.toString());

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.out().lines()).containsExactly("assets/x.txt: 是指向 assets 文件夹以外的符号链接（指向 " + secret
                + "），为防止泄露文件而拒绝发布：请把文件本身放进 assets 文件夹");
    }
}
